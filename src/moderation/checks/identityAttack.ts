import type { Analysis } from '../analyse';
import { hitSpan, isName } from '../analyse';
import { BE, FILLERS, negatedBetween } from '../grammar';
import { milder } from '../address';
import { originalSpan } from '../normalise';
import { FindingList, type Finding } from '../types';

/** "you people", "these people": a group addressed or pointed at as a whole. */
const GROUP_POINTERS = new Set(['they', 'them', 'their', 'theyre', 'these', 'those', 'you', 'ur', 'your', 'yall', 'all']);

/**
 * Policy clauses "personal_attacks" and "inappropriate_material", aimed at a group: slurs, and
 * dehumanising words said of a people ("you people are animals", "subhuman vermin"). A neutral mention
 * of a nation or faith ("The Azerbaijani army fired on the positions") is not a finding: only the slur
 * or dehumanising word is.
 */
export function identityAttack(a: Analysis): Finding[] {
  const findings = new FindingList();
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    for (const hit of a.hits[i]!) {
      if (hit.entry.list === 'slur') {
        if ((negatedBetween(a, i - 2, i) && !answerBefore(a, i)) || isName(a, i, hit.form)) break;
        findings.add({
          rule: 'slur',
          category: 'identity_attack',
          severity: hit.how === 'misspelt' ? milder(hit.entry.severity) : hit.entry.severity,
          ...hitSpan(a, i, hit),
          explanation: `"${hit.entry.term}" is a slur${hit.how === 'misspelt' ? ' (misspelt)' : ''}`,
        });
        break;
      }
      if (hit.entry.list === 'dehumanising') {
        const group = groupContext(a, i, hit.entry.severity === 'high');
        if (!group || negatedBetween(a, Math.min(group.at, i) - 1, i)) break;
        const from = Math.min(group.at, i);
        const to = Math.max(group.at, i);
        findings.add({
          rule: 'dehumanising-group',
          category: 'identity_attack',
          severity: group.strong ? hit.entry.severity : milder(hit.entry.severity),
          ...originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne),
          explanation: `"${hit.entry.term}" is said of a group of people`,
        });
        break;
      }
    }
  }
  return findings.items;
}

/**
 * "No nigga", "@USER Never, dyke": a "no" or "never" opening the reply answers it; the slur after it is
 * said to someone, not denied of them.
 */
function answerBefore(a: Analysis, i: number): boolean {
  const p = a.tokens[i - 1];
  const before = a.tokens[i - 2];
  if (!p || (p.key !== 'no' && p.key !== 'never' && p.key !== 'nah')) return false;
  return !before || before.mention || before.sentence !== p.sentence;
}

/**
 * A pronoun points at the group only when nothing but "be" and fillers stand between it and the word:
 * "they are animals", "you people are vermin", "these animals", but not "you eat hot dogs" or "they
 * partner up with Snoop Dog".
 */
function pointsAt(a: Analysis, from: number, to: number): boolean {
  const [lo, hi] = from < to ? [from, to] : [to, from];
  for (let k = lo + 1; k < hi; k++) {
    const key = a.tokens[k]!.key;
    if (!(BE.has(key) || FILLERS.has(key) || key === 'people' || key === '')) return false;
  }
  return true;
}

/** The group a dehumanising word is said of, in the same sentence: a named people is strong, a pronoun weak. */
function groupContext(a: Analysis, i: number, unmistakable: boolean): { at: number; strong: boolean } | null {
  const t = a.tokens[i]!;
  let weak: number | null = null;
  for (let k = Math.max(0, i - 8); k < a.tokens.length && k <= i + 4; k++) {
    if (k === i) continue;
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) continue;
    const hits = a.hits[k]!;
    if (hits.some((h) => h.entry.list === 'group' || h.entry.list === 'dehumanising' || h.entry.list === 'slur')) {
      return { at: k, strong: true };
    }
    // An ambiguous word ("dogs", "animals") needs the pronoun to point at it; "vermin" does not.
    if (GROUP_POINTERS.has(p.key) && weak === null && (unmistakable || pointsAt(a, k, i))) weak = k;
  }
  return weak === null ? null : { at: weak, strong: false };
}
