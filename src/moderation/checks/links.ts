import type { Analysis } from '../analyse';
import type { Policy } from '../policySchema';
import type { Finding } from '../types';

const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9][a-z0-9-]{1,62}\.(?:com|net|org|info|biz|ru|io|ly|co|me|tk|xyz|top|am|az|us|uk|de|fr)\b(?:\/[^\s<>"]*)?/gi;

/**
 * Policy clause "inappropriate_material": link spam. More links than `limits.maxLinks` hold the
 * comment for a moderator (never a rejection: a reader may cite several sources).
 */
export function links(a: Analysis, policy: Policy): Finding[] {
  const max = policy.limits.maxLinks;
  const found: { start: number; end: number }[] = [];
  for (const m of a.original.matchAll(LINK)) found.push({ start: m.index, end: m.index + m[0].length });
  if (found.length <= max) return [];
  return [
    {
      rule: 'too-many-links',
      category: 'spam',
      severity: 'medium',
      start: found[max]!.start,
      end: found[found.length - 1]!.end,
      explanation: `${found.length} links; the policy allows ${max}`,
    },
  ];
}
