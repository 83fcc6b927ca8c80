import type { Policy } from './policySchema';

/** Every category, in the order verdicts list them. */
export const CATEGORIES = [
  'profanity',
  'personal_attack',
  'identity_attack',
  'threat',
  'incivility',
  'spam',
  'author_blocked',
] as const;

export type Decision = 'approve' | 'flag' | 'reject';
export type Category =
  | 'profanity'
  | 'personal_attack'
  | 'identity_attack'
  | 'threat'
  /** Name-calling not aimed at a participant (a public figure, no one in particular). */
  | 'incivility'
  | 'spam'
  | 'author_blocked';
export type Severity = 'low' | 'medium' | 'high';

/**
 * Why a comment was held or rejected. `start`/`end` are UTF-16 offsets into the ORIGINAL text and
 * `excerpt === text.slice(start, end)`, so a moderator can see exactly what matched.
 */
export interface Reason {
  rule: string;
  category: Category;
  /** The id of the policy clause the rule enforces (policy.clauses[].id). */
  clause: string;
  severity: Severity;
  excerpt: string;
  start: number;
  end: number;
  /** One sentence for the moderator: what matched and why it counts. */
  explanation?: string;
}

export interface Verdict {
  decision: Decision;
  /** Distinct categories of `reasons`, in the order of CATEGORIES. */
  categories: Category[];
  reasons: Reason[];
  policyVersion: string;
}

export interface AuthorFacts {
  activeBlock?: { id: string; reason: string; expiresAt: Date | null } | null;
}

/** Optional facts about the conversation; the engine stays pure, the caller supplies them. */
export interface ConversationFacts {
  /** Display names of people taking part in the thread ("Sirvart is a liar" then addresses a participant). */
  participants?: readonly string[];
}

export interface Engine {
  readonly policy: Policy;
  moderate(text: string, author?: AuthorFacts, conversation?: ConversationFacts): Verdict;
}

/** What a check returns: a finding before the policy turns it into an action. Offsets into the original text. */
export interface Finding {
  rule: string;
  category: Exclude<Category, 'author_blocked'>;
  severity: Severity;
  start: number;
  end: number;
  explanation: string;
}

/** A spam finding over what a pattern matched ("claim it now", "DM me"), held for a moderator (sales.ts, links.ts). */
export function spamOver(rule: string, match: RegExpExecArray, explanation: string): Finding {
  return { rule, category: 'spam', severity: 'medium', start: match.index, end: match.index + match[0].length, explanation };
}

/**
 * What a check collects. After MAX_FINDINGS_PER_CHECK findings only a more severe one is still taken: a
 * moderator needs the first few dozen spans, not thousands, and the cap keeps a pathological
 * 100,000-character comment as cheap as a normal one, without letting 25 mild words hide a strong one.
 */
export const MAX_FINDINGS_PER_CHECK = 25;
const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

export class FindingList {
  readonly items: Finding[] = [];
  private top = -1;

  /** Would a finding of this severity still be kept? (Checks ask before building the explanation.) */
  wants(severity: Severity): boolean {
    return this.items.length < MAX_FINDINGS_PER_CHECK || RANK[severity] > this.top;
  }

  add(f: Finding): void {
    if (!this.wants(f.severity)) return;
    this.items.push(f);
    if (RANK[f.severity] > this.top) this.top = RANK[f.severity];
  }
}
