import type { Policy } from './policySchema';
import { CATEGORIES, type Category, type Decision, type Finding, type Reason, type Verdict } from './types';

const STRICTNESS: Record<Decision, number> = { approve: 0, flag: 1, reject: 2 };

/**
 * Findings become a verdict as the policy says: each finding's category and severity map to an action
 * (policy.categories.<category>.actions.<severity>) and the strictest action wins.
 *
 * Findings whose action is "approve" (e.g. a mild "damn" where the policy tolerates it) are dropped: they
 * did not drive the decision, and `categories` lists only what a moderator has to look at.
 */
export function decide(policy: Policy, text: string, findings: readonly Finding[]): Verdict {
  let decision: Decision = 'approve';
  const reasons: Reason[] = [];
  for (const f of dedupe(findings)) {
    const rule = policy.categories[f.category];
    const action = rule.actions[f.severity];
    if (action === 'approve') continue;
    if (STRICTNESS[action] > STRICTNESS[decision]) decision = action;
    reasons.push({
      rule: f.rule,
      category: f.category,
      clause: rule.clause,
      severity: f.severity,
      excerpt: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      explanation: f.explanation,
    });
  }
  reasons.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
  return { decision, categories: categoriesOf(reasons), reasons, policyVersion: policy.version };
}

export function categoriesOf(reasons: readonly Reason[]): Category[] {
  const present = new Set(reasons.map((r) => r.category));
  return CATEGORIES.filter((c) => present.has(c));
}

/** One reason per category and span: two rules seeing the same words say it once, the stronger one. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  const rank = { low: 0, medium: 1, high: 2 } as const;
  for (const f of findings) {
    const key = `${f.category}:${f.start}:${f.end}`;
    const prev = best.get(key);
    if (!prev || rank[f.severity] > rank[prev.severity]) best.set(key, f);
  }
  return [...best.values()];
}
