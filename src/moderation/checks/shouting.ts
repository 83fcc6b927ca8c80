import type { Analysis } from '../analyse';
import type { Policy } from '../policySchema';
import type { Finding } from '../types';

/**
 * Capitals that are not the author raising their voice: placeholders some sources put in text (@USER,
 * URL), and hashtags and handles, which are tags ("#MAGA", "#USA", "@CNN") rather than prose.
 */
const PLACEHOLDER = /@USER|\bURL\b|[#@][\p{L}\p{N}_]+/gu;

/**
 * Policy clause "inappropriate_material": shouting, a long comment written mostly in capitals.
 * Held for a moderator, never rejected.
 */
export function shouting(a: Analysis, policy: Policy): Finding[] {
  const { shoutingMinLetters, shoutingCapsRatio } = policy.limits;
  const text = a.original;
  const n = text.length;
  if (n < shoutingMinLetters) return [];
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    // Every 64 characters: could the rest of the text, all capitals, still make it shouting? Most
    // comments are answered within their first half. (The same test as below, so rounding agrees.)
    if ((i & 63) === 63) {
      const most = upper + n - i - 1;
      if (most < shoutingMinLetters || most / (most + lower) < shoutingCapsRatio) return [];
    }
  }
  if (upper < shoutingMinLetters) return [];
  for (const m of text.matchAll(PLACEHOLDER)) upper -= m[0].replace(/[^A-Z]/g, '').length;
  const letters = upper + lower;
  if (upper < shoutingMinLetters || upper < shoutingCapsRatio * letters) return [];
  return [
    {
      rule: 'shouting',
      category: 'spam',
      severity: 'low',
      start: 0,
      end: text.length,
      explanation: `${Math.round((100 * upper) / letters)}% of ${letters} letters are capitals`,
    },
  ];
}
