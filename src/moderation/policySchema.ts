import { z } from 'zod';
import { PolicyError } from './policyError';

/**
 * The policy as data. A policy file (policies/<id>.yaml) is validated against this schema at start-up;
 * a broken policy must stop the process with a message that names the bad field, never moderate with
 * half a rule set.
 */

// Categories and the error type live in zod-free modules, so that loading a cached policy (see
// src/policy/loadPolicy.ts) does not load zod.
export { CATEGORIES } from './types';
export { PolicyError } from './policyError';

const decision = z.enum(['approve', 'flag', 'reject']);
const severity = z.enum(['low', 'medium', 'high']);
const term = z.string().trim().min(1);
const termList = z.array(term).default([]);

/** A list of terms grouped by severity, the shape every lexicon file shares. */
const bySeverity = z
  .object({ high: termList, medium: termList, low: termList })
  .strict()
  .default({ high: [], medium: [], low: [] });

const actions = z.object({ low: decision, medium: decision, high: decision }).strict();

const categoryRule = z
  .object({
    clause: z.string().min(1),
    description: z.string().min(1),
    actions,
  })
  .strict();

/** policies/lexicons/profanity.yaml */
export const profanityLexiconSchema = z
  .object({
    terms: bySeverity,
    /** Terms that also count inside a longer word ("fuckwit", "bullshit"), unless that word is allowed. */
    embedded: termList,
    /** Abbreviations that swear only as an intensifier right after a word in small letters ("cute af"). */
    intensifiers: termList,
    /** Words that contain a listed term but are not profane (Scunthorpe, assassin, cocktail ...). */
    allow: termList,
    /** Listed words that are also names: not profane when capitalised next to another capitalised word ("Dick Cheney"). */
    names: termList,
    /**
     * Words of another language that look like English swearing (Swedish "slut", "end"), not profane in a sentence
     * with at least two other function words of that language ("det är slut nu").
     */
    foreign: z
      .array(z.object({ language: z.string().min(1), words: termList, functionWords: termList }).strict())
      .default([]),
    /** The bad-words package list, used as a base. */
    badWords: z
      .object({
        include: z.boolean(),
        /** Severity of a bad-words entry the policy does not grade itself. */
        severity,
        /** Entries dropped from the bad-words list (the deny-override list; see policies/README.md). */
        exclude: termList,
      })
      .strict(),
  })
  .strict();

/** policies/lexicons/insults.yaml */
export const insultLexiconSchema = z
  .object({
    /** Insulting nouns: "you idiot", "you are a moron". */
    nouns: bySeverity,
    /** Nouns that insult only when said straight at someone ("you dick", "you are a tool"), not nearby. */
    directOnly: bySeverity,
    /** Insulting adjectives: "you are stupid", "your pathetic excuse". */
    adjectives: bySeverity,
    /** Multi-word abuse aimed at the reader: "shut up", "get lost", "fuck you". */
    phrases: bySeverity,
    /**
     * Insults made by compounding, so the lists need not spell every one: a vulgar stem and a head
     * ("dick" + "face", "douche" + "nozzle"), or an ending that insults whatever it is glued to
     * ("lib" + "tard", "Hanni" + "turd"). `except` lists real words with those endings ("mustard").
     */
    compounds: z
      .object({ stems: termList, heads: termList, endings: termList, except: termList })
      .strict()
      .default({ stems: [], heads: [], endings: [], except: [] }),
    /**
     * Praise of a person's mind or worth ("smart", "bright", "welcome"): denied to the reader it insults
     * ("you are not very bright", "you aren't the sharpest"), granted it does not ("you are smart").
     */
    praise: termList,
    /**
     * Praise and names of great minds that mock when they address someone after mock praise ("nice job,
     * genius", "well done, Einstein", "no shit, Sherlock"); said of someone ("Einstein was a genius") or
     * with "you" ("you crazy genius") they are praise.
     */
    sarcastic: termList,
    /** Words that look like insults but are not when they stand alone. */
    allow: termList,
  })
  .strict();

/** policies/lexicons/identity.yaml */
export const identityLexiconSchema = z
  .object({
    /** Slurs: an attack on their own. */
    slurs: bySeverity,
    /** Dehumanising words: an attack when said of a group ("subhuman vermin", "you people are animals"). */
    dehumanising: bySeverity,
    /** Words naming a group of people (political camps, "people", countries as context). */
    groups: termList,
    /**
     * Words naming a people (a nation, ethnic group, faith, race, orientation, migrants): groups too, and
     * the only ones a degrading word or a call to expel or destroy is an identity attack against.
     */
    peoples: termList,
    /** Words that degrade a people said of it as a whole ("Armenians are inferior", "filthy Turks"). */
    degrading: termList,
    /**
     * Verbs of expelling or destroying a people ("deport", "kick out"): a call to do it to a people is an
     * identity attack. Later words of an entry (its particle) may follow the object: "kick them all out".
     */
    expulsions: termList,
    /** Verbs of hatred: the writer's hatred of a people ("I hate Armenians") is an identity attack. */
    hatred: termList,
    /** Words of humanity: denied to a people ("Azeris are not human", "less than human") they dehumanise it. */
    humanity: termList,
    /**
     * Verbs of vermin: with a people as subject and a comparison or a place taken ("Muslims breed like
     * rabbits", "immigrants infest our cities"), or in the passive by a people ("infested with Turks"),
     * they liken it to vermin.
     */
    verminVerbs: termList,
    /** Phrases in which a listed word means something else: "Homo sapiens", "a chink in the armour". */
    idioms: termList,
  })
  .strict();

/** policies/lexicons/threats.yaml */
export const threatLexiconSchema = z
  .object({
    /** Verbs of violence: "kill", "shoot", "annihilate". */
    violentVerbs: termList,
    /** Harm wished on a person: "die", "rot", "burn". */
    harmWishes: termList,
    /** Fixed threatening phrases: "kill yourself", "watch your back". */
    phrases: bySeverity,
    /**
     * Verbs of defeat as much as violence ("destroy", "crush", "bury"): a threat only when said to the
     * reader or done to a body ("we will destroy them in the debate" is politics).
     */
    contestVerbs: termList,
    /** Harm that befalls a person, wished with "get" or "catch": "I hope you get cancer". */
    harmOutcomes: termList,
    /** Weapons: a threat when the writer's is aimed at the reader ("my AK is loaded and waiting for you"). */
    weapons: termList,
  })
  .strict();

const lexicons = z
  .object({
    profanity: profanityLexiconSchema,
    insults: insultLexiconSchema,
    identity: identityLexiconSchema,
    threats: threatLexiconSchema,
  })
  .strict();

const rateLimit = z
  .object({ points: z.number().int().positive(), durationSeconds: z.number().positive() })
  .strict();

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a lower-case id'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as "1.0.0"'),
    name: z.string().min(1),
    /** The published policy, verbatim. */
    text: z.string().min(1),
    clauses: z.array(z.object({ id: z.string().min(1), text: z.string().min(1) }).strict()).min(1),
    categories: z
      .object({
        profanity: categoryRule,
        personal_attack: categoryRule,
        identity_attack: categoryRule,
        threat: categoryRule,
        incivility: categoryRule,
        spam: categoryRule,
        author_blocked: categoryRule,
      })
      .strict(),
    limits: z
      .object({
        maxTextLength: z.number().int().positive(),
        maxLinks: z.number().int().nonnegative(),
        /** Shouting: at least this many letters ... */
        shoutingMinLetters: z.number().int().positive().default(40),
        /** ... of which at least this share are capitals. */
        shoutingCapsRatio: z.number().gt(0).lte(1).default(0.7),
        /** Flooding: the same character this many times in a row. */
        repeatedCharRun: z.number().int().min(3).default(12),
        /** Flooding: the same word this many times in a row. */
        repeatedWordRun: z.number().int().min(2).default(5),
        /** Flooding: the same sentence (two words or more) this many times in a row. */
        repeatedSentenceRun: z.number().int().min(2).default(3),
      })
      .strict(),
    rateLimits: z.object({ perKey: rateLimit, perAuthor: rateLimit }).strict(),
    sanctions: z
      .object({
        windowDays: z.number().int().positive(),
        ladder: z
          .array(
            z
              .object({
                rejections: z.number().int().positive(),
                blockHours: z.number().positive(),
              })
              .strict(),
          )
          .min(1),
        repeatOffenceBlockHours: z.number().positive(),
      })
      .strict(),
    /** File names of the lexicons, relative to the policy file; the loader inlines them into `lexicons`. */
    lexiconFiles: z
      .object({ profanity: z.string(), insults: z.string(), identity: z.string(), threats: z.string() })
      .strict()
      .optional(),
    lexicons,
  })
  .strict()
  .superRefine((policy, ctx) => {
    const clauseIds = new Set(policy.clauses.map((c) => c.id));
    for (const [name, rule] of Object.entries(policy.categories)) {
      if (!clauseIds.has(rule.clause)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', name, 'clause'],
          message: `unknown clause "${rule.clause}", expected one of ${[...clauseIds].join('|')}`,
        });
      }
    }
    // Other inappropriate material (links, shouting, flooding) is held for a moderator, never rejected.
    for (const sev of ['low', 'medium', 'high'] as const) {
      if (policy.categories.spam.actions[sev] === 'reject') {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', 'spam', 'actions', sev],
          message: 'spam may flag but never reject',
        });
      }
    }
    const ladder = policy.sanctions.ladder;
    for (let i = 1; i < ladder.length; i++) {
      if (ladder[i]!.rejections <= ladder[i - 1]!.rejections) {
        ctx.addIssue({
          code: 'custom',
          path: ['sanctions', 'ladder', i, 'rejections'],
          message: 'ladder steps must have increasing rejection counts',
        });
      }
    }
  });

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

function formatPath(path: readonly PropertyKey[]): string {
  return ['policy', ...path.map(String)].join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `expected one of ${issue.values.map(String).join('|')}`;
  }
  if (issue.code === 'unrecognized_keys' && 'keys' in issue) {
    return `unknown field(s) ${issue.keys.join(', ')}`;
  }
  return issue.message;
}

/** Validates raw (parsed YAML) data as a policy; throws PolicyError naming every bad field. */
export function parsePolicy(raw: unknown): Policy {
  const result = policySchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue),
  }));
  throw new PolicyError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}
