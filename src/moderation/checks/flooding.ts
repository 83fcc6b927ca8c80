import type { Analysis } from '../analyse';
import { originalSpan } from '../normalise';
import type { Policy } from '../policySchema';
import type { Finding } from '../types';

/** Separator lines ("--------", "........") are layout, not flooding. */
const LAYOUT = new Set([' ', '\n', '\r', '\t', '.', '-', '_', '=', '*', '~', '#']);

/**
 * Policy clause "inappropriate_material": flooding, the same character or word over and over
 * ("!!!!!!!!!!!!!!!!", "spam spam spam spam spam"). Held for a moderator, never rejected.
 */
export function flooding(a: Analysis, policy: Policy): Finding[] {
  const { repeatedCharRun, repeatedWordRun } = policy.limits;
  const findings: Finding[] = [];
  const text = a.norm.text;
  let runStart = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) === text.charCodeAt(runStart)) continue;
    if (i - runStart >= repeatedCharRun && !LAYOUT.has(text[runStart]!)) {
      findings.push({
        rule: 'repeated-characters',
        category: 'spam',
        severity: 'low',
        ...originalSpan(a.norm, runStart, i),
        explanation: `"${text[runStart]}" repeated ${i - runStart} times`,
      });
      break;
    }
    runStart = i;
  }
  const tokens = a.tokens;
  let wordStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.key === tokens[wordStart]!.key) continue;
    // A reply to many people ("@a @b @c ...") is not a flood.
    if (i - wordStart >= repeatedWordRun && !tokens[wordStart]!.mention) {
      findings.push({
        rule: 'repeated-words',
        category: 'spam',
        severity: 'low',
        ...originalSpan(a.norm, tokens[wordStart]!.ns, tokens[i - 1]!.ne),
        explanation: `"${tokens[wordStart]!.key}" repeated ${i - wordStart} times`,
      });
      break;
    }
    wordStart = i;
  }
  return findings;
}
