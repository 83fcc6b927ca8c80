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
  const n = text.length;
  // A run of repeatedCharRun characters or more covers one of every repeatedCharRun positions: only
  // those are looked at, each widened to its whole run (runs are disjoint, so they are met in order).
  for (let j = repeatedCharRun - 1; j < n; j += repeatedCharRun) {
    const c = text.charCodeAt(j);
    let start = j;
    while (start > 0 && text.charCodeAt(start - 1) === c) start--;
    let end = j + 1;
    while (end < n && text.charCodeAt(end) === c) end++;
    if (end - start >= repeatedCharRun && !LAYOUT.has(text[start]!)) {
      findings.push({
        rule: 'repeated-characters',
        category: 'spam',
        severity: 'low',
        ...originalSpan(a.norm, start, end),
        explanation: `"${text[start]}" repeated ${end - start} times`,
      });
      break;
    }
    // The next position to look at lies past this run.
    j += Math.floor((end - 1 - j) / repeatedCharRun) * repeatedCharRun;
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
