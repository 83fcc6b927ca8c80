import type { Analysis } from '../analyse';
import { isAddress, isPossessiveAddress } from '../grammar';
import { insultEntry, insultTarget, milder, type InsultPattern } from '../address';
import { originalSpan } from '../normalise';
import { FindingList, type Finding, type Severity } from '../types';

/**
 * Policy clause "personal_attacks": an insult aimed at a participant of the conversation, i.e. the
 * insult is addressed to the reader ("you idiot", "you are a complete idiot", "@USER moron",
 * "Arthur, you ..."), or abuse is shouted at them ("shut up", "fuck you", "go back to your cave").
 *
 * Not attacks: negated ("you are not an idiot for asking"), about the writer ("I was stupid to believe
 * it"), reported ("the minister called the statement ridiculous"), about someone outside the
 * conversation (see the incivility check), or praise ("you are my hero").
 */
export function personalAttack(a: Analysis): Finding[] {
  const findings = new FindingList();
  let addressed: boolean | undefined;
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    const entry = insultEntry(a, i);
    if (entry) {
      const target = insultTarget(a, i);
      if (target.pattern === 'vocative') addressed ??= hasAddress(a);
      const severity = severityFor(target.pattern, entry.severity, addressed ?? false);
      if (severity && findings.wants(severity)) {
        const from = target.addressAt >= 0 && target.addressAt < i ? target.addressAt : i;
        const to = target.addressAt > i ? target.addressAt : i;
        findings.add({
          rule: RULE[target.pattern],
          category: 'personal_attack',
          severity,
          ...originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne),
          explanation: `"${entry.term}" ${EXPLAIN[target.pattern]}`,
        });
      }
    }
    for (const { entry: phrase, last: lastIndex } of a.phrases[i]!) {
      if (phrase.list !== 'insult' || !findings.wants(phrase.severity)) continue;
      const last = a.tokens[lastIndex]!;
      findings.add({
        rule: 'abusive-phrase',
        category: 'personal_attack',
        severity: phrase.severity,
        ...originalSpan(a.norm, a.tokens[i]!.ns, last.ne),
        explanation: `"${phrase.phrase}" is abuse aimed at the reader`,
      });
    }
  }
  return findings.items;
}

function hasAddress(a: Analysis): boolean {
  for (const t of a.tokens) if (isAddress(a, t) || isPossessiveAddress(t)) return true;
  return false;
}

function severityFor(pattern: InsultPattern, word: Severity, addressed: boolean): Severity | null {
  switch (pattern) {
    case 'direct':
    case 'comparison':
      // Even a mild word said straight at someone ("you're naive") is held for a moderator.
      return word === 'low' ? 'medium' : word;
    case 'vocative':
      // "Shut up, idiot." in a comment that speaks to someone is as direct as "you idiot".
      return addressed ? word : milder(word);
    // Inferred targets are held for a moderator, never rejected.
    case 'possessive':
    case 'near':
      return word === 'low' ? null : 'medium';
    case 'excused':
    case 'elsewhere':
      return null;
  }
}

const RULE: Record<InsultPattern, string> = {
  direct: 'second-person-insult',
  comparison: 'insulting-comparison',
  possessive: 'possessive-insult',
  vocative: 'vocative-insult',
  near: 'insult-near-address',
  excused: 'insult',
  elsewhere: 'insult',
};

const EXPLAIN: Record<InsultPattern, string> = {
  direct: 'is said of the person addressed',
  comparison: 'compares the person addressed',
  possessive: "describes the addressee's words or mind",
  vocative: 'is used to address someone',
  near: 'appears next to an address of the reader',
  excused: 'is an insult',
  elsewhere: 'is an insult',
};
