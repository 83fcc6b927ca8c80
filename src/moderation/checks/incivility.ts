import type { Analysis } from '../analyse';
import { insultEntry, insultTarget, milder } from '../address';
import { originalSpan } from '../normalise';
import type { Finding } from '../types';

/**
 * Policy clause "inappropriate_material": name-calling that is not aimed at a participant ("the
 * minister is a moron", "what idiots") is not a personal attack, but strong insults are still held
 * for a moderator. Milder words ("silly", "naive") and reported or negated insults pass.
 */
export function incivility(a: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const entry = insultEntry(a, i);
    if (!entry || entry.severity === 'low') continue;
    const target = insultTarget(a, i);
    if (target.pattern !== 'elsewhere') continue;
    findings.push({
      rule: 'name-calling',
      category: 'incivility',
      severity: milder(entry.severity),
      ...originalSpan(a.norm, a.tokens[i]!.ns, a.tokens[i]!.ne),
      explanation: `"${entry.term}" is name-calling`,
    });
  }
  return findings;
}
