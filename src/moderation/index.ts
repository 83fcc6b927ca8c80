import { Filter } from 'bad-words';
import { analyse, type Analysis } from './analyse';
import { flooding } from './checks/flooding';
import { identityAttack } from './checks/identityAttack';
import { incivility } from './checks/incivility';
import { links } from './checks/links';
import { personalAttack } from './checks/personalAttack';
import { profanity } from './checks/profanity';
import { sales } from './checks/sales';
import { shouting } from './checks/shouting';
import { threat } from './checks/threat';
import { decide } from './decide';
import { compileLexicon } from './lexicon';
import type { Policy } from './policySchema';
import type { AuthorFacts, ConversationFacts, Engine, Finding, Verdict } from './types';

export type {
  AuthorFacts,
  Category,
  ConversationFacts,
  Decision,
  Engine,
  Reason,
  Severity,
  Verdict,
} from './types';
export { CATEGORIES } from './types';
export { PolicyError } from './policyError';
export type { Policy, PolicyInput } from './policySchema';
export { normalise } from './normalise';

/**
 * Validates raw (parsed YAML) data as a policy (policySchema.ts). Required on first use: the schema
 * loads zod (~40 ms), which a process that loads a cached, already validated policy never needs.
 */
export function parsePolicy(raw: unknown): Policy {
  return (require('./policySchema') as typeof import('./policySchema')).parsePolicy(raw);
}

type Check = (a: Analysis, policy: Policy) => Finding[];

/**
 * The policy's table of contents, in order. Each check reads the shared analysis and returns findings;
 * `decide` turns them into one verdict as the policy's category actions say.
 */
const CHECKS: readonly Check[] = [
  // "comments that include profanity ..."
  profanity,
  // "... personal attacks ..."
  personalAttack,
  identityAttack,
  threat,
  // "... or other inappropriate material will not be permitted."
  incivility,
  links,
  sales,
  shouting,
  flooding,
];

export interface EngineOptions {
  /**
   * Skip the full analysis of comments in which no rule can fire (prefilter.ts). On by default; off
   * only to check that it changes no verdict (scripts/check-prefilter.ts, tests).
   */
  prefilter?: boolean;
}

/** Compiles every matcher once; `moderate` is then a pure function of its arguments. */
export function createEngine(policy: Policy, options: EngineOptions = {}): Engine {
  // The bad-words list is read once; its isProfane/clean are never called (slow, and clean() is stateful).
  const badWords = policy.lexicons.profanity.badWords.include ? new Filter().list : [];
  const lexicon = compileLexicon(policy, badWords);
  if (options.prefilter === false) lexicon.cues.always = true;
  const findingsOf = (text: string, conversation?: ConversationFacts): Finding[] => {
    const analysis = analyse(text, lexicon, conversation, policy.limits.repeatedWordRun);
    const findings: Finding[] = [];
    for (const check of CHECKS) {
      const found = check(analysis, policy);
      for (let k = 0; k < found.length; k++) findings.push(found[k]!);
    }
    return findings;
  };
  return {
    policy,
    moderate(text: string, author?: AuthorFacts, conversation?: ConversationFacts): Verdict {
      // Clause "blocking": a blocked author's comments are rejected without being read.
      const block = author?.activeBlock;
      if (block) return blockedVerdict(policy, block);
      const findings = findingsOf(text, conversation);
      // A right-to-left override shows the letters after it backwards ("\u202ekcuf" shows "fuck"), and the
      // normaliser reads them as shown. The letters as typed are read too, with the override as the
      // invisible character it also is ("\u202efuck"): a bidi control hides no word either way. The
      // stand-in is one code unit, so every offset still points into the comment.
      // decide() keeps one finding per span.
      if (text.indexOf('\u202e') >= 0) for (const f of findingsOf(text.replace(/\u202e/g, '\u200b'), conversation)) findings.push(f);
      // Most comments give no finding at all: their verdict is a plain approval.
      if (findings.length === 0) return { decision: 'approve', categories: [], reasons: [], policyVersion: policy.version };
      return decide(policy, text, findings);
    },
  };
}

function blockedVerdict(policy: Policy, block: NonNullable<AuthorFacts['activeBlock']>): Verdict {
  const until = block.expiresAt ? `until ${block.expiresAt.toISOString()}` : 'indefinitely';
  return {
    decision: policy.categories.author_blocked.actions.high,
    categories: ['author_blocked'],
    reasons: [
      {
        rule: 'author-blocked',
        category: 'author_blocked',
        clause: policy.categories.author_blocked.clause,
        severity: 'high',
        excerpt: '',
        start: 0,
        end: 0,
        explanation: `author is blocked ${until} (block ${block.id}): ${block.reason}`,
      },
    ],
    policyVersion: policy.version,
  };
}

export interface PublicPolicy {
  id: string;
  version: string;
  name: string;
  text: string;
  clauses: Policy['clauses'];
  categories: Policy['categories'];
  limits: Policy['limits'];
}

/** What GET /v1/policy shows: the policy a reader agreed to, without the lexicon bulk. */
export function publicPolicy(policy: Policy): PublicPolicy {
  const { id, version, name, text, clauses, categories, limits } = policy;
  return { id, version, name, text, clauses, categories, limits };
}
