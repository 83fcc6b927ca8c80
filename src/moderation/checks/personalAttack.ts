import type { Analysis } from '../analyse';
import { insultEntry, insultTarget, milder, type InsultPattern } from '../address';
import { originalSpan } from '../normalise';
import type { Finding, Severity } from '../types';

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
  const findings: Finding[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const entry = insultEntry(a, i);
    if (entry) {
      const target = insultTarget(a, i);
      const severity = severityFor(target.pattern, entry.severity);
      if (severity) {
        const from = target.addressAt >= 0 && target.addressAt < i ? target.addressAt : i;
        const to = target.addressAt > i ? target.addressAt : i;
        findings.push({
          rule: RULE[target.pattern],
          category: 'personal_attack',
          severity,
          ...originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne),
          explanation: `"${entry.term}" ${EXPLAIN[target.pattern]}`,
        });
      }
    }
    for (const phrase of a.lexicon.matchPhrases(a.tokens, i)) {
      if (phrase.list !== 'insult') continue;
      const last = a.tokens[i + phrase.length - 1]!;
      findings.push({
        rule: 'abusive-phrase',
        category: 'personal_attack',
        severity: phrase.severity,
        ...originalSpan(a.norm, a.tokens[i]!.ns, last.ne),
        explanation: `"${phrase.phrase}" is abuse aimed at the reader`,
      });
    }
  }
  return findings;
}

function severityFor(pattern: InsultPattern, word: Severity): Severity | null {
  switch (pattern) {
    case 'direct':
    case 'comparison':
      return word;
    case 'possessive':
    case 'near':
    case 'vocative':
      return milder(word);
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
