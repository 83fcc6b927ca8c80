import type { Analysis } from '../analyse';
import { BE, FILLERS } from '../grammar';
import { insultEntry, insultTarget } from '../address';
import { originalSpan } from '../normalise';
import { FindingList, type Finding } from '../types';

/**
 * Policy clause "inappropriate_material": name-calling that is not aimed at a participant ("the
 * minister is a moron", "what idiots") is not a personal attack, but strong insults are still held
 * for a moderator. Milder words ("silly", "naive") and reported or negated insults pass.
 */
export function incivility(a: Analysis): Finding[] {
  const findings = new FindingList();
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    const entry = insultEntry(a, i);
    if (!entry) continue;
    // "Liberals are nuts", "these people are evil": even a mild word said of a whole group is held.
    const group = entry.severity === 'low' || entry.list === 'insultAdj' ? groupSubject(a, i) : false;
    if (entry.severity === 'low' && !group) continue;
    const target = insultTarget(a, i);
    if (target.pattern !== 'elsewhere') continue;
    findings.add({
      rule: group ? 'group-name-calling' : 'name-calling',
      category: 'incivility',
      severity: group && entry.severity === 'low' ? 'medium' : entry.severity,
      ...originalSpan(a.norm, a.tokens[i]!.ns, a.tokens[i]!.ne),
      explanation: `"${entry.term}" is name-calling`,
    });
  }
  return findings.items;
}

const GROUP_SUBJECTS = new Set(['they', 'these', 'those', 'theyre']);

/** Is the word at i said of a group: "<group> are (so) X", "they're X"? */
function groupSubject(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  let sawBe = false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    if (BE.has(p.key) || p.key === 'theyre') sawBe = true;
    if (sawBe && (GROUP_SUBJECTS.has(p.key) || a.hits[k]!.some((h) => h.entry.list === 'group'))) return true;
    if (!(BE.has(p.key) || FILLERS.has(p.key) || p.key === 'really' || p.key === 'all')) return false;
  }
  return false;
}
