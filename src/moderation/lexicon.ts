import type { Policy } from './policySchema';
import { normalise } from './normalise';
import { ADVERB, CueIndex, GROUP, GROUP_SQUEEZED, NEEDS_GROUP, NEEDS_SECOND, PAIR_WORD, PEOPLE, PHRASE, PREFIX, SECOND, SKELETON, SQUEEZED, START, STEM, WORD } from './prefilter';
import { SPELLED_DIGITS, squeeze, tokenise, type Token, type TokenPool } from './tokens';
import type { Severity } from './types';

/**
 * Every word list of the policy (and the bad-words list) compiled ONCE into one matcher.
 *
 * Matching is whole-word: each token is looked up in a hash of normalised forms (terms plus their
 * inflections), so "assassin", "Scunthorpe" and "cocktail" never match "ass", "cunt" or "cock". Evasions
 * are separate, cheap readings of the same token (leet, repeated letters, masked letters, misspelt
 * vowels); only the few `embedded` profanity terms are searched inside longer words, and the allow-list
 * wins over them. Cost per token is a handful of hash lookups plus one Aho-Corasick pass over the
 * token for the embedded terms, so the whole match is linear in the text length.
 */

export type ListName =
  | 'profanity'
  | 'insultNoun'
  | 'insultDirect'
  | 'insultAdj'
  | 'slur'
  | 'dehumanising'
  | 'group'
  | 'degrading'
  | 'expulsion'
  | 'hatred'
  | 'humanity'
  | 'verminVerb'
  | 'contestVerb'
  | 'harmOutcome'
  | 'weapon'
  | 'violentVerb'
  | 'harmWish'
  | 'praise'
  | 'sarcastic';

/**
 * Lists whose words mean something only in context ("Armenians", "end", "deport", "dead"): their hits do
 * not make a token a listed word when parts of a split word are joined ("brain dead", "bell ends").
 */
const CONTEXT_LISTS = new Set<ListName>(['group', 'degrading', 'expulsion', 'hatred', 'humanity', 'verminVerb', 'contestVerb', 'harmOutcome', 'weapon']);

/** Lists whose words are a finding only beside a people's name: the prefilter wants both (NEEDS_GROUP). */
const NEEDS_GROUP_LISTS = new Set<ListName>(['degrading', 'expulsion', 'hatred', 'humanity', 'verminVerb']);
/**
 * Lists whose words are a finding only with the reader named (a weapon aimed at "you" or brought to
 * "your" door: checks/threat.ts): the prefilter wants both (SECOND_PERSON and SECOND_POSSESSIVE words).
 */
const NEEDS_SECOND_LISTS = new Set<ListName>(['weapon']);

/** Has a listed word other than context: what a joined reading must spell, and what keeps a part unjoined. */
export function listedWord(entries: readonly Entry[]): boolean {
  for (let k = 0; k < entries.length; k++) if (!CONTEXT_LISTS.has(entries[k]!.list)) return true;
  return false;
}

export function listedHit(hits: readonly Hit[]): boolean {
  for (let k = 0; k < hits.length; k++) if (!CONTEXT_LISTS.has(hits[k]!.entry.list)) return true;
  return false;
}

/** `idiom`: a phrase in which a listed word means something else (its words are no finding). */
export type PhraseList = 'profanity' | 'insult' | 'threat' | 'idiom';

export interface Entry {
  list: ListName;
  /** The term as the policy (or bad-words) lists it. */
  term: string;
  severity: Severity;
  /**
   * A profanity intensifier ("af"): swearing only right after a word (profanity.ts decides). Every entry
   * has the field, so that all entries share one object shape (a second shape appearing mid-run made the
   * optimised checks start over).
   */
  intensifier: boolean;
}

/** How a token came to match: the evasion it used, if any. */
export type MatchHow = 'exact' | 'leet' | 'repeated' | 'masked' | 'embedded' | 'misspelt' | 'spaced' | 'compound';

export interface Hit {
  entry: Entry;
  how: MatchHow;
  /** The listed form the token was read as ("f*ck" -> "fuck"). */
  form: string;
  /** Normalised offsets of the match relative to the token's start; `re` -1 means the token's end. */
  rs: number;
  re: number;
}

export interface PhraseEntry {
  list: PhraseList;
  phrase: string;
  severity: Severity;
  length: number;
  /** The phrase names someone outside the conversation ("shame on {them}"): never said of the reader. */
  aboutOthers: boolean;
  /**
   * The phrase compares something with the reader ("more brains than {you}", "a brain unlike {you}"), or
   * puts something in or out of the reader's mouth ("dick out of {your} mouth"): it is said of the reader
   * whoever its subject is ("my cat has more brains than you", "I have a job, unlike you"). Other
   * phrases naming the reader inside take their subject's part ("we need people like you" is the writer's).
   */
  namesReader: boolean;
}

interface PhraseNode {
  next: Map<string, PhraseNode>;
  /** The placeholder edges of `next` ("{you}"), with their token tests, for quick iteration. */
  placeholders: [(t: Token, h: readonly Hit[], prev: Token | undefined) => boolean, PhraseNode][] | null;
  entries: PhraseEntry[];
}
/** A phrase found in a text: the entry and the index of its last token. */
export interface PhraseMatch {
  entry: PhraseEntry;
  last: number;
}
const NO_PHRASES: PhraseMatch[] = [];

/** Words that make a phrase ending in "{you}" a comparison with the reader. */
const COMPARING = new Set(['than', 'unlike']);
/** Words that put something in or out of the reader's mouth: "in {your} mouth", "out of {your} mouth". */
const INTO_OUT_OF = new Set(['in', 'into', 'of', 'outta']);

/** See PhraseEntry.namesReader. */
function namesReader(parts: readonly string[]): boolean {
  if (parts.at(-1) === '{you}') return parts.some((p) => COMPARING.has(p));
  return parts.at(-1) === 'mouth' && parts.at(-2) === '{your}' && INTO_OUT_OF.has(parts.at(-3) ?? '');
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** Closed-class words: grammar, not policy. */
export const SECOND_PERSON = new Set([
  'you', 'u', 'ya', 'yah', 'ye', 'thou', 'thee', 'youre', 'yore', 'ur', 'yall', 'youse', 'yourself',
  'yourselves', 'youve', 'youll', 'youd', 'yu', 'yoo',
]);
export const SECOND_POSSESSIVE = new Set(['your', 'ur', 'yer', 'yur', 'yours', 'thy', 'yr', 'youre']);
const PERSON_OBJECT = new Set(['him', 'her', 'them', 'ya', 'yall', 'u', 'you', 'yourself', 'yourselves', 'themselves', 'himself', 'herself']);
const YOURSELF = new Set(['yourself', 'urself', 'yourselves', 'yaself', 'yourselfs', 'youself', 'uself']);

/**
 * Adverbs a phrase is read through ("you clearly can't read"): they change no one's part in it. So are the
 * adjectives that only stress a noun of the phrase ("your complete lack of", "you lack basic logic").
 */
const PHRASE_ADVERBS = new Set([
  'really', 'just', 'clearly', 'obviously', 'so', 'truly', 'totally', 'seriously', 'honestly', 'literally',
  'simply', 'definitely', 'certainly', 'actually', 'still', 'even', 'apparently', 'evidently',
  // Round 15: a guess at the reader read through like an adverb ("you must have the IQ of a potato", "you
  // probably have the brains of a gnat", "you surely have no idea").
  'probably', 'surely', 'must',
  'complete', 'total', 'utter', 'obvious', 'apparent', 'basic', 'sheer',
]);

/** What a placeholder of a phrase stands for: any of these words, and an "@name" where `mention`. */
interface Placeholder {
  words: ReadonlySet<string>;
  mention: boolean;
}
/**
 * Abbreviations of profane names, read only when written in capitals ("a cocky SOB", "indict this SOB"), as the
 * listed word they stand for; in small letters they are words of their own ("a sob story"; Round 16, olidr).
 */
export const CAPITAL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sob', 'bitch'],
  ['sobs', 'bitches'],
]);

const PLACEHOLDER_WORDS: Record<string, Placeholder> = {
  '{you}': { words: SECOND_PERSON, mention: true },
  '{your}': { words: new Set([...SECOND_POSSESSIVE, 'you']), mention: false },
  '{yourself}': { words: YOURSELF, mention: false },
  '{person}': { words: new Set([...SECOND_PERSON, ...PERSON_OBJECT]), mention: true },
  // Someone talked about, not addressed: "shame on them", "he has no shame".
  '{them}': { words: new Set(['he', 'him', 'she', 'her', 'they', 'them', 'hes', 'shes', 'theyre', 'himself', 'herself', 'themselves']), mention: false },
  // Having, however it is said: "you have the IQ of a rock", "you've got the IQ of", "u got the memory of",
  // "you possess an IQ of".
  '{have}': { words: new Set(['have', 'has', 'got', 'haz', 'possess', 'possesses']), mention: false },
  // A child's age, in digits or words: "you sound like a {age} year old", "what are you, {age}?" (5 to 14).
  '{age}': {
    words: new Set([
      '5', '6', '7', '8', '9', '10', '11', '12', '13', '14',
      'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
    ]),
    mention: false,
  },
  // A possessive typed for "you're" ("your a piece of work"): only in the phrases youreAsYour makes.
  '{youre}': { words: new Set(['your', 'ur', 'yur', 'yer', 'yr']), mention: false },
  // An order to go away or be quiet: "do us all a favour and {begone}" ("shut up", "leave", "stop typing").
  '{begone}': {
    words: new Set(['shut', 'stop', 'leave', 'go', 'die', 'disappear', 'vanish', 'quit', 'delete', 'log', 'get', 'crawl', 'jump', 'keep', 'stfu', 'kys', 'unplug', 'piss', 'fuck', 'bugger', 'sod', 'emigrate', 'move']),
    mention: false,
  },
};
/**
 * A group named in the plural ("liberals", "the Dems", "these socialists"): someone talked about, as "they"
 * is ("liberals are mentally ill", "democrats should be in jail", "leftists have no shame"). Not "people",
 * "men" or "women", which are said of anyone ("people should be in bed by ten").
 */
function pluralGroup(t: Token, h: readonly Hit[]): boolean {
  if (t.key.length < 4 || t.key.charCodeAt(t.key.length - 1) !== 115 /* s */) return false;
  for (let k = 0; k < h.length; k++) if (h[k]!.entry.list === 'group') return true;
  return false;
}

/**
 * A name inside its sentence ("@USER Holder should be in prison", "Eric Holder has no shame"): someone
 * talked about, as "he" is. Not a capitalised word that opens its sentence, nor a word that is no name
 * ("@USER THIS makes me sick" in capitals); and only as the subject a phrase opens with (`prev` is
 * undefined later in it): "nobody likes Mondays", "no one likes Ankara's plan" name no one.
 */
function namedPerson(t: Token, prev: Token | undefined): boolean {
  return t.capitalised && t.wordLike && !t.mention && prev !== undefined && prev.sentence === t.sentence && !t.clauseBreak && !NOT_NAMES.has(t.key);
}
const NOT_NAMES = new Set([
  'i', 'im', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'what', 'which', 'who', 'everyone', 'everybody',
  'everything', 'nobody', 'noone', 'nothing', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything', 'we',
  'the', 'a', 'an', 'and', 'or', 'but', 'so', 'all', 'some', 'many', 'most', 'people', 'he', 'she', 'they',
]);

const PLACEHOLDERS: Record<string, (t: Token, h: readonly Hit[], prev: Token | undefined) => boolean> = Object.fromEntries(
  Object.entries(PLACEHOLDER_WORDS).map(([name, p]) => [
    name,
    name === '{them}'
      ? (t: Token, h: readonly Hit[], prev: Token | undefined) => p.words.has(t.key) || pluralGroup(t, h) || namedPerson(t, prev)
      : (t: Token) => p.words.has(t.key) || (p.mention && t.mention),
  ]),
);
/** Every word some placeholder stands for: a token with none of them (and no mention or group) fills none. */
const PLACEHOLDER_KEYS = new Set(Object.values(PLACEHOLDER_WORDS).flatMap((p) => [...p.words]));

function mayFillPlaceholder(t: Token, h: readonly Hit[]): boolean {
  return t.mention || t.capitalised || PLACEHOLDER_KEYS.has(t.key) || (h.length > 0 && pluralGroup(t, h));
}

/**
 * Words too common to stand for a phrase in the prefilter ("{you} have no idea" is found by "idea"): the
 * most frequent English words. A phrase's cue is its longest word not in this list, so that a comment
 * with "will" or "people" in it is not analysed in full for "{you} will pay" or "people like {you}".
 */
const COMMON = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'up', 'my', 'me', 'no', 'go', 'get', 'are', 'is', 'have', 'has', 'be',
  'and', 'or', 'for', 'this', 'that', 'it', 'so', 'just', 'really', 'i', 'as', 'at', 'by', 'do', 'if', 'not',
  'with', 'will', 'would', 'should', 'could', 'can', 'cant', 'dont', 'was', 'were', 'what', 'where', 'when',
  'who', 'why', 'how', 'all', 'some', 'one', 'out', 'off', 'over', 'back', 'like', 'know', 'make', 'take',
  'need', 'people', 'nothing', 'about', 'more', 'than', 'then', 'them', 'they', 'there', 'their', 'from',
  'been', 'into', 'only', 'also', 'your', 'you', 'good', 'time', 'think', 'want', 'right', 'even', 'well',
]);

/** Words that follow "you're" but never "your": "your a piece of work", "ur the problem", "your dead to me". */
const AFTER_YOURE = new Set(['a', 'an', 'the', 'so', 'such', 'full', 'dead', 'nothing']);

/**
 * "{you} are a piece of work" as it is often typed, "your a piece of work": the insult phrase with "{youre}" (a
 * possessive typed for "you're") when the word after it is one "your" never takes (AFTER_YOURE), or null.
 * Not threats: "{you} are dead" would be "your dead grandad".
 */
function youreAsYour(phrase: string): string | null {
  const parts = phrase.trim().split(/\s+/);
  if (parts.length < 3 || parts[0] !== '{you}' || (parts[1] !== 'are' && parts[1] !== 're') || !AFTER_YOURE.has(parts[2]!)) return null;
  return ['{youre}', ...parts.slice(2)].join(' ');
}

/** Inflected forms of a term, so the lists can stay in dictionary form. */
export function inflect(term: string, kind: 'noun' | 'adj' | 'verb' | 'any' | 'none'): string[] {
  const out = new Set<string>([term]);
  if (kind === 'none' || term.length < 3) return [...out];
  const last = term[term.length - 1]!;
  const vowel = /[aeiou]/;
  const stem = term.slice(0, -1);
  const add = (s: string) => out.add(s);
  const plural = () => {
    if (last === 'y' && !vowel.test(term[term.length - 2] ?? '')) add(stem + 'ies');
    else if (/(s|x|z|ch|sh)$/.test(term)) add(term + 'es');
    else add(term + 's');
    // "cockroachs", "bitchs": the plural misspelt with the plain "s" (no other word ends in "chs" or "shs")
    if (/(ch|sh)$/.test(term)) add(term + 's');
    add(term + 'z');
  };
  const verbal = () => {
    add(term + 's');
    // "punches", "lynches", "smashes" (Round 13: only "punchs" was generated)
    if (/(s|x|z|ch|sh)$/.test(term)) add(term + 'es');
    if (last === 'e') {
      add(term + 'd');
      add(stem + 'ing');
      add(stem + 'in');
      add(term + 'r');
      add(term + 'rs');
    } else if (last === 'y') {
      add(stem + 'ied');
      add(term + 'ing');
    } else {
      const doubled = /[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(term) ? term + last : term;
      for (const base of new Set([term, doubled])) {
        add(base + 'ed');
        add(base + 'ing');
        add(base + 'in');
        add(base + 'er');
        add(base + 'ers');
        add(base + 'y');
      }
    }
  };
  switch (kind) {
    case 'noun':
      plural();
      break;
    case 'adj':
      if (last === 'e') {
        add(term + 'r');
        add(term + 'st');
      } else if (last === 'y') {
        add(stem + 'ier');
        add(stem + 'iest');
      } else {
        add(term + 'er');
        add(term + 'est');
      }
      add(term + 'ly');
      add(term + 'ness');
      break;
    case 'verb':
      verbal();
      break;
    case 'any':
      plural();
      verbal();
      break;
  }
  return [...out];
}

const PLAIN_WORD = /^[a-z]+$/;

/** A term's normalised lookup key(s): the same normalisation and leet decoding comments get. */
function keysOf(term: string): string[][] {
  // Most terms are one plain lower-case word, which normalises and tokenises to itself.
  if (PLAIN_WORD.test(term)) return [[term]];
  const tokens = tokenise(normalise(term));
  return [tokens.map((t) => t.key)];
}

export interface FormEntry {
  form: string;
  entries: Entry[];
}

interface CharNode {
  next: Map<string, CharNode>;
  /** The listed form the path to this node spells, or null. */
  word: string | null;
}
const NO_HITS: readonly Hit[] = [];
/** Distinct raw tokens remembered; cleared when full (a comment stream reuses a small vocabulary). */
const MEMO_SIZE = 200_000;

const FUZZY_LISTS = new Set<ListName>(['insultNoun', 'insultAdj', 'slur', 'dehumanising']);
const MASKABLE_LISTS = new Set<ListName>(['profanity', 'insultNoun', 'insultAdj', 'slur', 'violentVerb']);
const VOWELS = /[aeiouy]/g;
/** Tokens longer than this are not words; only the embedded search looks at them. */
const MAX_WORD = 40;

/** A word of letters with a contraction after an apostrophe ("who're", "Dumas's", "he'll"). */
const CONTRACTED = /^([a-z]+)'(?:s|re|ve|ll|d|m)$/;

/**
 * A word in Japanese romanisation, every syllable a vowel, a consonant and a vowel, or "n" ("Fukuda",
 * "Fukuyama's", "Yamashita", "Kinoshita"): its "fuk" or "shit" is no embedded swear word. No English swear
 * word is spelled in syllables of that kind; the glides ("kyo") are left out, as "fukyou" is "fuck you".
 */
const ROMANISED_JAPANESE = /^(?:(?:[kgsztdnhbpmrwyfj]|sh|ch|ts)?[aeiou]|n(?![aeiouy]))+(?:'s)?$/;

/**
 * Letters with the same sign, once or twice, between every two ("f+u+c+k", "f|u|c|k", "f!u!c!k",
 * "f$u$c$k", "f**u**c**k"): the signs separate the letters rather than stand for them.
 */
const PLUS_SPELLED = /^[a-z]([+|!$@*#%]{1,2})[a-z](?:\1[a-z])+$/;

/**
 * `key` with every run of three or more of one letter (not of masks: "**" hides two letters) made one
 * letter (`to` '$1': "fuuu**ing" -> "fu**ing") or two ('$1$1': "sh*ttttty" -> "sh*tty").
 */
function squeezeLetters(key: string, to: '$1' | '$1$1'): string {
  return key.replace(/([a-z])\1\1+/g, to);
}

/**
 * A grawlix after a letter ("f@#$ing", "sh!%#t"): two signs or more in a row, one of them a mask ('*', '#',
 * '%'), read as masks throughout (its "@" and "$" are no "a" and "s"); null when the token has none.
 */
const GRAWLIX = /([a-z])([@$!*#%]{2,4})/g;
function grawlixKey(raw: string): string | null {
  let found = false;
  const key = raw.replace(GRAWLIX, (run: string, letter: string, signs: string) => {
    if (!/[*#%]/.test(signs) || !/[@$!]/.test(signs)) return run;
    found = true;
    return letter + '*'.repeat(signs.length);
  });
  return found && /^[a-z*]+$/.test(key) ? key : null;
}

/**
 * `key` with its one run of three masks or more cut to `n` masks ("f***k" -> "f**k" at 2): a long run of
 * masks is drawn, not counted. null when the key has no such run, other masks besides it, or fewer than two letters.
 */
function shortenedMasks(key: string, n: number): string | null {
  const first = key.indexOf('*');
  const last = key.lastIndexOf('*');
  // Two letters shown at least ("f***k", not the withheld name "J***").
  if (first < 0 || last - first < 2 || n > last - first || key.length - (last - first + 1) < 2 || /[^*]/.test(key.slice(first, last + 1))) return null;
  return key.slice(0, first) + '*'.repeat(n) + key.slice(last + 1);
}

/** How likely a masked form is the one meant: a swear word or insult by severity, a violent verb last. */
function maskRank(c: FormEntry): number {
  return Math.max(...c.entries.map((e) => (e.list === 'violentVerb' ? -1 : severityRank(e.severity) * 2 + (e.list === 'profanity' ? 1 : 0))));
}

/** A leet sign after a letter ("f@ck"), and every such sign, when it may stand for a masked letter. */
const SIGN_AFTER_LETTER = /[a-z][@$!]/;
const SIGNS = /[@$!]/g;

/**
 * `term` masked at `at` in `key` ("sh*t" at 0 in "sh*tshow"): its letters shown or '*', two shown at
 * least and one hidden, and the rest of the key two letters or more shown.
 */
function masksAt(key: string, at: number, term: string): boolean {
  const n = term.length;
  if (at < 0 || key.length < n + 2 || (at !== 0 && at + n !== key.length)) return false;
  const rest = at === 0 ? key.slice(n) : key.slice(0, at);
  // Round 16 (mix7): the rest may be masked too ("cl*sterf*ck", "sh*tsh*w"), two of its letters shown.
  if (!/^[a-z*]+$/.test(rest) || rest.length - countMasks(rest) < 2) return false;
  let shown = 0;
  for (let i = 0; i < n; i++) {
    const ch = key[at + i]!;
    if (ch === term[i]) shown++;
    else if (ch !== '*') return false;
  }
  return shown >= 2 && shown < n;
}

/** How many masks ('*') `s` holds. */
function countMasks(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '*') n++;
  return n;
}

/**
 * `term` masked inside `key`, two letters or more on either side ("shutthef*ckup", "gof*ckyourself"):
 * every mask of the key falls inside the term, whose letters are shown or '*' as in `masksAt`, its first
 * letter shown (so the term starts where the author's word does; "con**ntration" holds no "cunt").
 */
function masksInside(key: string, term: string): boolean {
  const n = term.length;
  const first = key.indexOf('*');
  const last = key.lastIndexOf('*');
  if (first < 0 || last - first >= n) return false;
  for (let at = Math.max(2, last - n + 1); at <= first && at + n <= key.length - 2; at++) {
    if (key[at] !== term[0]) continue;
    let shown = 0;
    let fits = true;
    for (let i = 0; i < n && fits; i++) {
      const ch = key[at + i]!;
      if (ch === term[i]) shown++;
      else if (ch !== '*') fits = false;
    }
    if (fits && shown >= 2 && shown < n && /^[a-z]+$/.test(key.slice(0, at)) && /^[a-z]+$/.test(key.slice(at + n))) return true;
  }
  return false;
}

/** The word at `node` if it beats `best`: three letters or more; with digits, four or more and two real letters. */
function spelledBetter(node: CharNode, from: number, b: number, digits: number, best: string): string {
  const length = b - from + 1;
  if (node.word === null || length <= best.length || length < 3) return best;
  return digits === 0 || (length >= 4 && length - digits >= 2) ? node.word : best;
}

export class Lexicon {
  private readonly words = new Map<string, Entry[]>();
  private readonly squeezed = new Map<string, Entry[]>();
  private readonly skeletons = new Map<string, FormEntry[]>();
  private readonly transposed = new Map<string, Entry[]>();
  /** Insults and slurs of 7+ letters with one vowel left out ("retrded"), and the form they stand for. */
  private readonly dropped = new Map<string, FormEntry[]>();
  private readonly soundAlike = new Map<string, Entry[]>();
  /** Swear words and slurs respelt with a "v" for a "u" ("cvnt"): the spelling, and the form it stands for. */
  private readonly respelt = new Map<string, FormEntry>();
  private readonly maskable = new Map<string, FormEntry[]>();
  /** Embedded profane terms (searched by the cue index's automaton) and their entries. */
  private readonly embedded = new Map<string, Entry>();
  private readonly allow = new Set<string>();
  /** The allowed words squeezed ("shiite" -> "shite"): they excuse a squeezed reading, not a listed word. */
  private readonly allowSqueezed = new Set<string>();
  /** Allowed words that contain an embedded term ("scunthorpe", "matsushita"): they excuse it inside longer tokens too. */
  private allowInside: string[] = [];
  /** isInsideAllowed's answers, by listed form (bounded by the number of listed forms). */
  private readonly insideAllowed = new Map<string, boolean>();
  private readonly memo = new Map<string, readonly Hit[]>();
  /** Hits of words joined from spaced-out letters or parts, by listed form (so bounded by the lexicon). */
  private readonly joinedMemo = new Map<string, readonly Hit[]>();
  /** unmask() answers: the same split ("sh.t") comes back in comment after comment. */
  private readonly unmasked = new Map<string, FormEntry | null>();
  private readonly wordTrie: CharNode = { next: new Map(), word: null };
  private readonly phraseRoot: PhraseNode = { next: new Map(), placeholders: null, entries: [] };
  /** Longest phrase, in tokens. */
  maxPhrase = 0;
  private readonly scratch: [PhraseNode[], PhraseNode[]] = [[], []];
  /** The next words of a phrase node grouped by length, and by length and first letter (`maskedPhraseWord`). */
  private readonly maskGroups = new WeakMap<PhraseNode, Map<string, [string, PhraseNode][]>>();
  /** Token objects analyse() reuses from one comment to the next (tokens.ts, TokenPool). */
  readonly tokenPool: TokenPool = [];
  /** Every form this lexicon can match, for the cheap first look (prefilter.ts). */
  readonly cues = new CueIndex();
  /** Profane words that are also names ("Dick Cheney"). */
  readonly names = new Set<string>();
  /** Languages whose words look like English swearing (policy profanity.foreign): the words and the language's function words, as keys. */
  readonly foreign: { words: Set<string>; functionWords: Set<string> }[] = [];
  /** Compound insults (policy insults.compounds): stem + head, or anything + ending. */
  private readonly stems: string[] = [];
  private readonly heads = new Set<string>();
  private readonly endings: string[] = [];
  private readonly notCompounds = new Set<string>();
  private compounds = false;

  addCompounds(c: { stems: string[]; heads: string[]; endings: string[]; except: string[] }): void {
    this.compounds = true;
    for (const stem of c.stems) {
      const k = keysOf(stem)[0]![0];
      if (k === undefined) continue;
      this.stems.push(k);
      this.cues.add(k, STEM);
    }
    for (const head of c.heads) for (const k of keysOf(head)[0]!) for (const f of inflect(k, 'noun')) this.heads.add(f);
    for (const ending of c.endings) {
      const k = keysOf(ending)[0]![0];
      if (k === undefined) continue;
      this.endings.push(k);
      this.cues.addEmbedded(k);
    }
    for (const w of c.except) for (const k of keysOf(w)[0]!) for (const f of inflect(k, 'noun')) this.notCompounds.add(f);
  }

  /**
   * The compound insult that parts joined by hyphens read as ("dick-face", "lib-tard"), as lookupKey gives
   * entries: the first part must be the stem, or the last part the ending ("but-that" is no "butt"+"hat").
   */
  compoundKey(first: string, last: string, key: string): Entry[] | undefined {
    if (!this.compounds || key.length > MAX_WORD || this.notCompounds.has(key)) return undefined;
    const stem = this.stems.includes(first) && this.heads.has(key.slice(first.length));
    const ending = this.endings.includes(last.replace(/(?<=..)[sz]$/, '')) || this.endings.includes(last);
    return stem || ending ? [{ list: 'insultNoun', term: key, severity: 'high', intensifier: false }] : undefined;
  }

  /** "dickface", "douchenozzle", "libtard", "Hanniturds": a compound insult, or null. */
  private compound(key: string): Entry | null {
    if (!this.compounds || key.length < 5 || this.notCompounds.has(key)) return null;
    for (const stem of this.stems) {
      if (key.length > stem.length + 2 && key.startsWith(stem) && this.heads.has(key.slice(stem.length))) {
        return { list: 'insultNoun', term: key, severity: 'high', intensifier: false };
      }
    }
    for (const ending of this.endings) {
      const at = key.lastIndexOf(ending);
      // The ending closes the word (a plural "s"/"z" may follow) after a stem of two letters or more.
      if (at >= 2 && (at + ending.length === key.length || (at + ending.length === key.length - 1 && /[sz]$/.test(key)))) {
        return { list: 'insultNoun', term: key, severity: 'high', intensifier: false };
      }
    }
    return null;
  }

  private addRespelt(spelling: string, form: string, entry: Entry): void {
    const found = this.respelt.get(spelling);
    if (found) {
      if (found.form === form && !found.entries.includes(entry)) found.entries.push(entry);
      return;
    }
    this.respelt.set(spelling, { form, entries: [entry] });
    this.cues.add(spelling, WORD);
  }

  /**
   * `own`: words listed in their own right ("pissed", graded low), which no other term's generated forms
   * may take ("piss", graded medium, would make "pissed" medium).
   */
  addWord(term: string, entry: Entry, kind: Parameters<typeof inflect>[1], own?: ReadonlySet<string>): void {
    const keys = keysOf(term)[0]!;
    if (keys.length !== 1) return;
    // A group name alone ("Armenians") is never a finding: it only gives other words their context; and
    // some words are a finding only beside a group's name ("hate", "deport").
    // A people's name (a group of medium severity) is also what those words need (PEOPLE).
    const people = entry.list === 'group' && entry.severity === 'medium' ? PEOPLE : 0;
    const needs = NEEDS_GROUP_LISTS.has(entry.list) ? NEEDS_GROUP : NEEDS_SECOND_LISTS.has(entry.list) ? NEEDS_SECOND : 0;
    const flag = entry.list === 'group' ? GROUP | people : needs || WORD;
    const squeezedFlag = entry.list === 'group' ? GROUP_SQUEEZED | people : needs || SQUEEZED;
    for (const form of inflect(keys[0]!, kind)) {
      if (form !== keys[0] && own?.has(form)) continue;
      push(this.words, form, entry);
      const sq = squeeze(form);
      push(this.squeezed, sq, entry);
      this.cues.add(form, flag);
      this.cues.add(sq, squeezedFlag);
      if (FUZZY_LISTS.has(entry.list) && form.length >= 5) {
        // Misspelt vowels ("mongruls"), for the listed word and its plural only: other generated
        // forms collide with names ("bastardy" ~ "Bastardi").
        const base = keys[0]!;
        if (form.length >= 7 && (form === base || form === base + 's')) {
          pushForm(this.skeletons, form.replace(VOWELS, '*'), form, entry);
          this.cues.add(form.replace(VOWELS, '*'), SKELETON);
          // One vowel left out ("retrded", "ignornt"), never the first letter.
          for (let i = 1; i < form.length; i++) {
            if (!'aeiou'.includes(form[i]!) || form[i - 1] === form[i]) continue;
            const dropped = form.slice(0, i) + form.slice(i + 1);
            pushForm(this.dropped, dropped, form, entry);
            this.cues.add(dropped, WORD);
          }
        }
        // Swapped letters ("idoit"), only for the listed word itself and never the first letter:
        // swaps of generated forms spell real words ("fater" -> "after").
        for (let i = 1; form === keys[0] && i + 1 < form.length; i++) {
          if (form[i] === form[i + 1]) continue;
          const t = form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2);
          push(this.transposed, t, entry);
          this.cues.add(t, WORD);
        }
      }
      // "phuck", "phaggot": "ph" sounds like the "f" it replaces (swearing and slurs only: "phat" is not "fat").
      if ((entry.list === 'profanity' || entry.list === 'slur') && form.startsWith('f') && form.length >= 3) {
        push(this.soundAlike, 'ph' + form.slice(1), entry);
        this.cues.add('ph' + form.slice(1), WORD);
      }
      // "cvnt", "fvck": a "v" for a "u", as in Latin capitals. (Swapped letters in four-letter words were
      // tried and left out: "fukn" swapped is "funk", "paki" is "Paik", "stfu" is "stuf".)
      if ((entry.list === 'profanity' || entry.list === 'slur') && severityRank(entry.severity) >= 1) {
        if (form.includes('u')) this.addRespelt(form.replace(/u/g, 'v'), form, entry);
        // "niqqa", "faqqot": "qq" for "gg"; "bytch", "dyck": a "y" for an "i", as "shyt" is spelled.
        if (form.includes('gg')) this.addRespelt(form.replace(/gg/g, 'qq'), form, entry);
        if (form.includes('i')) this.addRespelt(form.replace(/i/g, 'y'), form, entry);
      }
      // A form with no vowel ("dck", "fkn") is already a disguise: masked, its few letters are a withheld name ("D**").
      if (MASKABLE_LISTS.has(entry.list) && severityRank(entry.severity) >= 1 && /[aeiouy]/.test(form)) {
        pushForm(this.maskable, `${form.length}:${form[0]}`, form, entry);
      }
    }
  }

  addEmbedded(term: string, entry: Entry): void {
    const keys = keysOf(term)[0]!;
    if (keys.length === 1 && /^[a-z]+$/.test(keys[0]!)) {
      this.embedded.set(keys[0]!, entry);
      this.cues.addProfaneEmbedded(keys[0]!);
    }
  }

  addAllowed(word: string): void {
    const keys = keysOf(word)[0]!;
    if (keys.length !== 1) return;
    for (const form of inflect(keys[0]!, 'noun')) {
      this.allow.add(form);
      this.allowSqueezed.add(squeeze(form));
    }
  }

  addPhrase(phrase: string, list: PhraseList, severity: Severity): void {
    const parts = phrase
      .trim()
      .split(/\s+/)
      .flatMap((p) => (PLACEHOLDERS[p] ? [p] : keysOf(p)[0]!));
    if (parts.length === 0) return;
    // A phrase can only match where its words are, next to each other: two adjacent words of it
    // ("people like" for "people like {you}") send a comment to analysis, or else its rarest word.
    // The analysis looks for phrases around the rarer word of the pair.
    const rarity = (w: string) => (COMMON.has(w) ? 0 : 1000) + w.length;
    let pair = '';
    let pairWord = '';
    for (let k = 0; k + 1 < parts.length; k++) {
      const [a, b] = [parts[k]!, parts[k + 1]!];
      if (!PLAIN_WORD.test(a) || !PLAIN_WORD.test(b)) continue;
      const w = rarity(a) >= rarity(b) ? a : b;
      if (pairWord === '' || rarity(w) > rarity(pairWord)) [pair, pairWord] = [`${a} ${b}`, w];
    }
    let cue = '';
    for (const p of parts) if (!PLACEHOLDERS[p] && !COMMON.has(p) && p.length >= cue.length) cue = p;
    if (cue === '') for (const p of parts) if (!PLACEHOLDERS[p] && p.length >= cue.length) cue = p;
    if (pair !== '') {
      this.cues.add(pair, PHRASE);
      this.cues.add(pairWord, PAIR_WORD);
    } else if (cue === '') this.cues.always = true;
    else this.cues.add(cue, PHRASE);
    let node = this.phraseRoot;
    for (const p of parts) {
      let nxt = node.next.get(p);
      if (!nxt) {
        nxt = { next: new Map(), placeholders: null, entries: [] };
        node.next.set(p, nxt);
        const test = PLACEHOLDERS[p];
        if (test) (node.placeholders ??= []).push([test, nxt]);
      }
      node = nxt;
    }
    node.entries.push({ list, phrase, severity, length: parts.length, aboutOthers: parts.includes('{them}'), namesReader: namesReader(parts) });
    this.maxPhrase = Math.max(this.maxPhrase, parts.length);
  }

  build(): void {
    for (const adverb of PHRASE_ADVERBS) this.cues.add(adverb, ADVERB);
    // The capital abbreviations are read by the analysis (readCapitalAbbreviations): the prefilter must send them on.
    for (const abbreviation of CAPITAL_ABBREVIATIONS.keys()) this.cues.add(abbreviation, WORD);
    this.cues.build();
    // An allowed word ending in "e" covers its stem before a suffix too ("Scunthorpians", "Dickensian").
    const stems = [...this.allow].filter((w) => w.length >= 6 && w.endsWith('e')).map((w) => w.slice(0, -1));
    this.allowInside = [...this.allow, ...stems].filter((w) => this.cues.findEmbedded(w) !== null);
    // The words a phrase can start with, so the phrase search can skip a plain word at a glance.
    for (const word of this.phraseRoot.next.keys()) {
      const placeholder = PLACEHOLDER_WORDS[word];
      for (const w of placeholder ? placeholder.words : [word]) if (PLAIN_WORD.test(w)) this.cues.add(w, START);
    }
    for (const form of this.words.keys()) {
      let node = this.wordTrie;
      for (const ch of form) {
        let nxt = node.next.get(ch);
        if (!nxt) {
          nxt = { next: new Map(), word: null };
          node.next.set(ch, nxt);
        }
        node = nxt;
      }
      node.word = form;
    }
  }

  /**
   * An allowed word, as written or squeezed ("Shiiite"). A listed word as written is not excused by an
   * allowed word it squeezes into ("shite" is swearing, though "shiite" squeezes to it).
   */
  isAllowed(t: Token): boolean {
    return this.allow.has(t.key) || (this.allowSqueezed.has(t.squeezed) && !this.words.has(t.key));
  }

  /**
   * The first embedded term in `key` that no allowed word around it excuses: a hashtag, a handle or
   * words run together keep the allowed words inside them ("#ScunthorpeUnited", "@Matsushita_Corp",
   * "ScunthorpeUtd"), while "#scunthorpefuck" still has its swear word.
   */
  private embeddedNotAllowed(key: string): { term: string; end: number } | null {
    let found = this.cues.findEmbedded(key);
    while (found !== null) {
      const { term, end } = found;
      const cover = this.allowInside.find((w) => {
        for (let at = key.indexOf(w); at >= 0 && at <= end - term.length; at = key.indexOf(w, at + 1)) if (at + w.length >= end) return true;
        return false;
      });
      if (cover === undefined) return found;
      // Read on past the allowed word (blanked out, so the offsets stay those of `key`).
      const from = key.indexOf(cover, Math.max(0, end - cover.length));
      key = key.slice(0, from) + '-'.repeat(cover.length) + key.slice(from + cover.length);
      found = this.cues.findEmbedded(key);
    }
    return null;
  }

  /** Is this (lookup key) an allowed word as written? */
  isAllowedKey(key: string): boolean {
    return this.allow.has(key);
  }

  /** Is this listed form part of some longer allowed word ("ass" of "class")? Answered once per form. */
  isInsideAllowed(form: string): boolean {
    let inside = this.insideAllowed.get(form);
    if (inside === undefined) {
      inside = false;
      for (const w of this.allow) if (w.length > form.length && w.includes(form)) inside = true;
      this.insideAllowed.set(form, inside);
    }
    return inside;
  }

  /** The entries of the listed forms that squeeze into this key (a stretched "fuuuck" squeezed is "fuck"). */
  lookupSqueezed(key: string): Entry[] | undefined {
    return this.squeezed.get(key);
  }

  /** A head noun of the compound insults ("face" of "dickface", "brain"), in any of its forms. */
  isCompoundHead(key: string): boolean {
    return this.heads.has(key);
  }

  /** Is this (lookup key) an exact listed form? */
  lookupKey(key: string): Entry[] | undefined {
    return this.words.get(key);
  }

  /** Every list entry this token matches, with the evasion used; [] for allowed words. */
  lookup(t: Token): readonly Hit[] {
    if (!t.wordLike) return NO_HITS;
    if (t.key === t.raw && !t.longRun) {
      // A plain word: one walk of the trie says whether the lexicon has anything for it at all.
      t.cue = this.cues.classify(t.key);
      if ((t.cue & ~(START | PREFIX)) === 0 && (t.key.length < 5 || !this.cues.containsEmbedded(t.key))) return NO_HITS;
    }
    if (t.raw.length > MAX_WORD) return this.compute(t);
    // Words repeat across comments: remember each raw token's reading (hits are token-relative).
    let memo = this.memo.get(t.raw);
    if (memo === undefined) {
      memo = this.compute(t);
      if (memo.length === 0) memo = NO_HITS;
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      this.memo.set(t.raw, memo);
    }
    return memo;
  }

  /**
   * The hits of a listed word read from spaced-out letters or joined parts ("f u c k", "douche-bag"):
   * `form` is the joined key and `entries` its lookupKey(). Shared between tokens, like `lookup`'s.
   */
  joinedHits(form: string, entries: Entry[], how: 'spaced' | 'masked' = 'spaced'): readonly Hit[] {
    const memoKey = how === 'spaced' ? form : `*${form}`;
    let hits = this.joinedMemo.get(memoKey);
    if (hits === undefined) {
      hits = whole(entries, how, form);
      this.joinedMemo.set(memoKey, hits);
    }
    return hits;
  }

  /** The listed word a key with masked letters ('*') stands for ("sh*t" -> "shit"), or null. */
  unmask(key: string): FormEntry | null {
    let found = this.unmasked.get(key);
    if (found === undefined) {
      found = this.maskedLookup(key);
      if (this.unmasked.size >= MEMO_SIZE) this.unmasked.clear();
      this.unmasked.set(key, found);
    }
    return found;
  }

  /**
   * The longest listed word (of three letters or more) spelled by the one-character tokens from..to-1
   * starting at `from`, or ''. One token per letter: its length is the number of tokens it takes. A
   * leet digit spells its letter ("s h 1 t"; "1" as i or l) when the word has four letters or more, at
   * least two of them written as letters.
   */
  longestSpelled(tokens: readonly Token[], from: number, to: number, maxLetters: number): string {
    return this.spell(this.wordTrie, tokens, from, from, Math.min(to, from + maxLetters), 0, '');
  }

  /**
   * "f u u u c k", "a s s s s h o l e": a listed word spelled out with one letter stretched (three times
   * or more), read as a stretched word is, squeezed. The word, its entries and the last token it takes,
   * the longest from `from` on; null when no letter is stretched or nothing is listed.
   */
  stretchedSpelled(tokens: readonly Token[], from: number, to: number, maxTokens: number): { form: string; entries: Entry[]; last: number } | null {
    let squeezed = '';
    /** lastOf[k]: the last token of the k-th squeezed letter; stretched[k]: a run of 3+ up to it. */
    const lastOf: number[] = [];
    const stretched: boolean[] = [];
    let run = 0;
    let any = false;
    for (let b = from; b < to && b - from < maxTokens; b++) {
      const key = tokens[b]!.key;
      if (key.length !== 1 || key < 'a' || key > 'z') break;
      if (squeezed.endsWith(key)) {
        run++;
        lastOf[lastOf.length - 1] = b;
      } else {
        run = 1;
        squeezed += key;
        lastOf.push(b);
      }
      if (run >= 3) any = true;
      stretched[squeezed.length - 1] = any;
    }
    for (let k = squeezed.length; k >= 3; k--) {
      if (!stretched[k - 1]) break;
      const entries = this.squeezed.get(squeezed.slice(0, k));
      if (entries) return { form: squeezed.slice(0, k), entries, last: lastOf[k - 1]! };
    }
    return null;
  }

  private spell(node: CharNode, tokens: readonly Token[], from: number, b: number, end: number, digits: number, best: string): string {
    for (; b < end; b++) {
      const key = tokens[b]!.key;
      const letters = SPELLED_DIGITS.get(key);
      let child: CharNode | undefined;
      if (letters !== undefined) {
        // A dollar sign is a letter, not a digit, for the count: no number is written with one inside.
        if (key !== '$') digits++;
        // Only "1" has two readings: the second is followed here, the first by the loop.
        for (let k = 1; k < letters.length; k++) {
          const other = node.next.get(letters[k]!);
          if (other) best = this.spell(other, tokens, from, b + 1, end, digits, spelledBetter(other, from, b, digits, best));
        }
        child = node.next.get(letters[0]!);
      } else child = node.next.get(key);
      if (!child) break;
      node = child;
      best = spelledBetter(node, from, b, digits, best);
    }
    return best;
  }

  private compute(t: Token): readonly Hit[] {
    if (this.isAllowed(t)) return [];
    // "who're", "Dumas's": a word and its contraction are read as that word, not as the letters joined
    // ("whore", "dumass"); "bitch's" is still "bitch".
    const contracted = CONTRACTED.exec(t.raw);
    if (contracted !== null) return this.lookup(tokenise(normalise(contracted[1]!))[0]!);
    if (t.key.length <= MAX_WORD) {
      const exact = this.words.get(t.key);
      if (exact) return whole(exact, t.key === t.raw ? 'exact' : 'leet', t.key);
      if (t.alt !== null) {
        const alt = this.words.get(t.alt);
        if (alt) return whole(alt, 'leet', t.alt);
      }
      const ph = this.soundAlike.get(t.key);
      if (ph) return whole(ph, 'leet', 'f' + t.key.slice(2));
      const re = this.respelt.get(t.key);
      if (re) return whole(re.entries, 'misspelt', re.form);
      if (t.squeezed !== t.key && (t.longRun || t.squeezed.length >= 4)) {
        const sq = this.squeezed.get(t.squeezed);
        if (sq) return whole(sq, 'repeated', t.squeezed);
        if (t.alt !== null) {
          const sqAlt = this.squeezed.get(squeeze(t.alt));
          if (sqAlt) return whole(sqAlt, 'repeated', squeeze(t.alt));
        }
      }
      if (t.masked) {
        // "f@#$ing", "f@#$k": a run of signs with a mask among them is a grawlix, every sign of it a mask.
        const grawlix = grawlixKey(t.raw);
        const g = grawlix === null ? null : this.maskedLoose(grawlix);
        if (g) return whole(g.entries, 'masked', g.form);
        const m = this.maskedLoose(t.key);
        if (m) return whole(m.entries, 'masked', m.form);
        // "fuuuu*king", "biiii*ch": stretched letters around a mask are read squeezed (the mask kept whole).
        if (t.longRun) {
          const sq = this.maskedLookup(squeezeLetters(t.key, '$1')) ?? this.maskedLookup(squeezeLetters(t.key, '$1$1'));
          if (sq) return whole(sq.entries, 'masked', sq.form);
        }
        // "f*u*c*k": a mark between every letter separates rather than hides them.
        if (/^(?:[a-z]\*)+[a-z]$/.test(t.key)) {
          const form = t.key.replace(/\*/g, '');
          const joined = this.words.get(form);
          if (joined) return whole(joined, 'spaced', form);
        }
        const part = this.maskedPart(t.key);
        if (part) return [part];
      }
    }
    // "f+u+c+k", "f|u|c|k", "f!u!c!k": a sign between every letter separates them (it is no "t", "l" or "i" there).
    if (PLUS_SPELLED.test(t.raw)) {
      const form = t.raw.replace(/[+|!$@*#%]/g, '');
      const joined = this.words.get(form);
      if (joined) return whole(joined, 'spaced', form);
    }
    // A compound insult ("dickface") is an insult; the profane word inside it is profanity too.
    const compound = t.key.length <= MAX_WORD && !t.masked ? this.compound(t.key) : null;
    if (this.embedded.size > 0 && t.key.length >= 5 && !(t.key.length <= MAX_WORD && ROMANISED_JAPANESE.test(t.raw))) {
      const at = this.embeddedNotAllowed(t.key) ?? (t.longRun ? this.embeddedNotAllowed(t.squeezed) : null);
      const found = at ? { term: at.term, end: at.end, entry: this.embedded.get(at.term)! } : null;
      if (found) {
        // Offsets: exact inside the token when the key is letter-for-letter the raw text, else the token.
        const aligned = t.key.length === t.raw.length && t.key.length === t.ne - t.ns && found.end <= t.key.length;
        const hit: Hit = {
          entry: found.entry,
          how: 'embedded',
          form: found.term,
          rs: aligned ? found.end - found.term.length : 0,
          re: aligned ? found.end : -1,
        };
        return compound ? [{ entry: compound, how: 'compound', form: t.key, rs: 0, re: -1 }, hit] : [hit];
      }
    }
    if (compound) return whole([compound], 'compound', t.key);
    if (t.key.length >= 5 && t.key.length <= MAX_WORD && !t.masked) {
      const f = this.fuzzyLookup(t.key);
      if (f) return whole(f.entries, 'misspelt', f.form);
    }
    // "f@ck", "f$ck", "f!ck": a sign after a letter that reads as no listed word as leet may be a mask.
    if (t.raw.length <= MAX_WORD && SIGN_AFTER_LETTER.test(t.raw)) {
      const m = this.maskedLookup(t.raw.replace(SIGNS, '*'));
      if (m) return whole(m.entries, 'masked', m.form);
    }
    return [];
  }

  /** Phrases starting at token i, read through each token's lexicon reading (`readings`, "f*ck" -> "fuck"). */
  matchPhrases(tokens: readonly Token[], hits: readonly (readonly Hit[])[], i: number): readonly PhraseMatch[] {
    const first = tokens[i]!;
    // Most tokens start no phrase: answer that without allocating.
    const root = this.phraseRoot;
    // A plain word (classified, cue not ~0) says in its cue whether a phrase starts with it.
    // (A group's name in the plural stands for "{them}", which the cue does not know of.)
    const firstStretched = stretchedTerm(first, hits[i]!);
    if (first.cue !== ~0 && (first.cue & START) === 0 && (hits[i]!.length === 0 || (!root.next.has(readingOf(first, hits[i]!)) && !pluralGroup(first, hits[i]!) && (firstStretched === null || !root.next.has(firstStretched)))) && !namedPerson(first, tokens[i - 1])) {
      return NO_PHRASES;
    }
    if (
      !root.next.has(first.key) &&
      (hits[i]!.length === 0 || !root.next.has(readingOf(first, hits[i]!))) &&
      (first.alt === null || !root.next.has(first.alt)) &&
      (!first.longRun || !root.next.has(first.squeezed)) &&
      (firstStretched === null || !root.next.has(firstStretched)) &&
      (!first.masked || this.maskedPhraseWord(root, first.key) === undefined) &&
      !this.startsWithPlaceholder(first, hits[i]!, tokens[i - 1])
    ) {
      return NO_PHRASES;
    }
    let found: PhraseMatch[] | null = null;
    // The trie nodes reached so far and after this token: two scratch lists, swapped at each step.
    // (Their lengths are counted here: resetting an array's length costs more than the step itself.)
    let nodes = this.scratch[0];
    let nextNodes = this.scratch[1];
    nodes[0] = root;
    let count = 1;
    for (let k = 0, used = 0, skipped = 0; used < this.maxPhrase && i + k < tokens.length; k++) {
      const t = tokens[i + k]!;
      if (t.sentence !== first.sentence) break;
      used++;
      let nextCount = 0;
      const reading = readingOf(t, hits[i + k]!);
      const filler = mayFillPlaceholder(t, hits[i + k]!);
      for (let n = 0; n < count; n++) {
        const node = nodes[n]!;
        const direct =
          node.next.get(t.key) ??
          (reading !== t.key ? node.next.get(reading) : undefined) ??
          (t.alt !== null ? node.next.get(t.alt) : undefined) ??
          (t.longRun ? node.next.get(t.squeezed) ?? stretchedNext(node, t, hits[i + k]!) : undefined);
        if (direct) nextNodes[nextCount++] = direct;
        // "what the h*ll": a masked word fills the phrase's word it fits ("hell" itself is no masked swear word).
        else if (t.masked) {
          const fits = this.maskedPhraseWord(node, t.key);
          if (fits) nextNodes[nextCount++] = fits;
        }
        const placeholders = node.placeholders;
        if (placeholders && filler) {
          for (let p = 0; p < placeholders.length; p++) if (placeholders[p]![0](t, hits[i + k]!, k === 0 ? tokens[i - 1] : undefined)) nextNodes[nextCount++] = placeholders[p]![1];
        }
      }
      for (let n = 0; n < nextCount; n++) {
        for (const entry of nextNodes[n]!.entries) (found ??= []).push({ entry, last: i + k });
      }
      // "you clearly can't read", "you really suck": an adverb inside a phrase may be read through.
      if (k > 0 && skipped < 2 && PHRASE_ADVERBS.has(t.key)) {
        skipped++;
        used--;
        for (let n = 0; n < count; n++) nextNodes[nextCount++] = nodes[n]!;
      }
      if (nextCount === 0) break;
      const reached = nextNodes;
      nextNodes = nodes;
      nodes = reached;
      count = nextCount;
    }
    return found ?? NO_PHRASES;
  }

  /** The phrase trie's next word after `node` that the masked key fits letter for letter, two letters shown at least. */
  private maskedPhraseWord(node: PhraseNode, key: string): PhraseNode | undefined {
    if (key.length < 3 || !/^[a-z*]+$/.test(key) || key.replace(/\*/g, '').length < 2) return undefined;
    // Only the next words of the key's length (and first letter, when shown) can fit: the trie's root has
    // thousands, so they are grouped once per node (in their order, so the first that fits is the same).
    let groups = this.maskGroups.get(node);
    if (!groups) {
      groups = new Map();
      for (const entry of node.next) {
        for (const g of [String(entry[0].length), `${entry[0].length}:${entry[0][0]!}`]) {
          const list = groups.get(g);
          if (list) list.push(entry);
          else groups.set(g, [entry]);
        }
      }
      this.maskGroups.set(node, groups);
    }
    const candidates = groups.get(key[0] === '*' ? String(key.length) : `${key.length}:${key[0]!}`);
    if (!candidates) return undefined;
    for (const [word, child] of candidates) {
      let fits = true;
      for (let k = 0; k < key.length && fits; k++) fits = key[k] === '*' || key[k] === word[k];
      if (fits) return child;
    }
    return undefined;
  }

  private startsWithPlaceholder(t: Token, h: readonly Hit[], prev: Token | undefined): boolean {
    const ps = this.phraseRoot.placeholders;
    if (ps === null || !mayFillPlaceholder(t, h)) return false;
    for (let k = 0; k < ps.length; k++) if (ps[k]![0](t, h, prev)) return true;
    return false;
  }

  /** maskedLookup, or else with a run of three masks or more read as fewer ("f***k", "sh***t"), the longest that fits. */
  private maskedLoose(key: string): FormEntry | null {
    let best = this.maskedLookup(key);
    for (let n = key.length - 1; n >= 1; n--) {
      const shorter = shortenedMasks(key, n);
      if (shorter === null) continue;
      const m = this.maskedLookup(shorter);
      // "f***k" fits "freak" letter for letter, but a swear word is what a writer masks.
      if (m && (!best || maskRank(m) > maskRank(best))) best = m;
    }
    return best;
  }

  private maskedLookup(key: string): FormEntry | null {
    if (!/^[a-z]/.test(key)) return null;
    const revealed = key.replace(/\*/g, '').length;
    if (revealed < 2 && key.length > 3) return null;
    const candidates = this.maskable.get(`${key.length}:${key[0]}`);
    if (!candidates) return null;
    let best: FormEntry | null = null;
    let bestRank = -2;
    for (const c of candidates) {
      let ok = true;
      for (let i = 0; i < key.length; i++) {
        const ch = key[i]!;
        if (ch !== '*' && ch !== c.form[i]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // A violent verb is read only when no swear word or insult fits: "sh*t" is "shit", not "shot";
      // "k*ll" is "kill".
      const rank = maskRank(c);
      if (rank > bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * "sh*tshow", "dumbf*ck", "shutthef*ckup": an embedded swear word masked at the start, the end or inside
   * a longer word, the rest of it letters; "tw*tface", "c*ckwomble": a compound insult with its stem masked. Two letters of
   * the masked part at least are shown, as for a masked word on its own.
   */
  private maskedPart(key: string): Hit | null {
    for (const [term, entry] of this.embedded) {
      if (masksAt(key, 0, term)) return { entry, how: 'masked', form: term, rs: 0, re: -1 };
      if (masksAt(key, key.length - term.length, term)) return { entry, how: 'masked', form: term, rs: 0, re: -1 };
    }
    for (const [term, entry] of this.embedded) {
      if (masksInside(key, term)) return { entry, how: 'masked', form: term, rs: 0, re: -1 };
    }
    for (const stem of this.stems) {
      if (!masksAt(key, 0, stem)) continue;
      const entry = this.compound(stem + key.slice(stem.length));
      if (entry) return { entry, how: 'masked', form: entry.term, rs: 0, re: -1 };
    }
    return null;
  }

  private fuzzyLookup(key: string): FormEntry | null {
    const t = this.transposed.get(key);
    if (t) return { form: key, entries: t };
    const d = this.dropped.get(key);
    if (d) return d[0]!;
    if (key.length < 7) return null;
    const candidates = this.skeletons.get(key.replace(VOWELS, '*'));
    if (!candidates) return null;
    for (const c of candidates) {
      let diff = 0;
      for (let i = 0; i < key.length && diff <= 1; i++) if (key[i] !== c.form[i]) diff++;
      if (diff === 1) return c;
    }
    return null;
  }
}

/**
 * The listed word a stretched token squeezes into when the word has a double letter of its own ("heeeell"
 * squeezes to "hel", which is "hell"): a phrase's word ("hell yes", "what the hell") read through the stretch.
 */
function stretchedTerm(t: Token, hits: readonly Hit[]): string | null {
  if (!t.longRun) return null;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.how === 'repeated' && hit.entry.term !== hit.form && isLetters(hit.entry.term)) return hit.entry.term;
  }
  return null;
}

/** The phrase trie's next node after `node` for a stretched token read as its listed word, or undefined. */
function stretchedNext(node: PhraseNode, t: Token, hits: readonly Hit[]): PhraseNode | undefined {
  const term = stretchedTerm(t, hits);
  return term === null ? undefined : node.next.get(term);
}

/** A single lower-case word (a-z only). */
export function isLetters(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The form a token was read as ("f*ck" -> "fuck"), or its key. */
export function readingOf(t: Token, hits: readonly Hit[]): string {
  return hits.length > 0 ? hits[0]!.form : t.key;
}

function whole(entries: Entry[], how: MatchHow, form: string): Hit[] {
  const hits: Hit[] = [];
  for (const entry of entries) hits.push({ entry, how, form, rs: 0, re: -1 });
  return hits;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.list === entry.list && e.term === entry.term)) list.push(entry);
}

function pushForm(map: Map<string, FormEntry[]>, key: string, form: string, entry: Entry): void {
  const list = map.get(key);
  const existing = list?.find((f) => f.form === form);
  if (existing) {
    if (!existing.entries.some((e) => e.list === entry.list && e.term === entry.term)) existing.entries.push(entry);
  } else if (list) list.push({ form, entries: [entry] });
  else map.set(key, [{ form, entries: [entry] }]);
}

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

/** Compiles the policy's lexicons (and the bad-words base list) into one Lexicon. */
export function compileLexicon(policy: Policy, badWordsList: readonly string[]): Lexicon {
  const lex = new Lexicon();
  const { profanity, insults, identity, threats } = policy.lexicons;

  // Policy-graded profanity first, so its severity wins over the bad-words default; a graded word keeps
  // its own grade against the forms of another ("pissed" is low, though "piss" is medium).
  const graded = new Set<string>();
  const gradedWords = new Set(SEVERITIES.flatMap((sev) => profanity.terms[sev].flatMap((t) => keysOf(t).filter((k) => k.length === 1).map((k) => k[0]!))));
  for (const sev of SEVERITIES) {
    for (const term of profanity.terms[sev]) {
      if (/\s/.test(term.trim())) lex.addPhrase(term, 'profanity', sev);
      else lex.addWord(term, { list: 'profanity', term, severity: sev, intensifier: false }, 'any', gradedWords);
      for (const k of keysOf(term)) graded.add(k.join(' '));
    }
  }
  // Known words, low until the profanity check finds them used as an intensifier.
  for (const term of profanity.intensifiers) lex.addWord(term, { list: 'profanity', term, severity: 'low', intensifier: true }, 'none');
  if (profanity.badWords.include) {
    const excluded = new Set(profanity.badWords.exclude.flatMap((t) => keysOf(t).map((k) => k.join(' '))));
    for (const rawTerm of badWordsList) {
      // bad-words entries carry stray wildcards and semicolons ("*fuck*", "nigger;"); they are literal there.
      const term = rawTerm.replace(/[*;]/g, '').trim();
      if (!term) continue;
      const k = keysOf(term)[0]!;
      const joined = k.join(' ');
      // Two-letter leftovers of symbol-laden entries ("sh!+" -> "sh", "Fu(*" -> "fu") are not words.
      if (k.length === 0 || joined.length < 3 || excluded.has(joined) || graded.has(joined)) continue;
      const sev = profanity.badWords.severity;
      // Multi-token entries ("blow job", "son-of-a-bitch") match as phrases.
      if (k.length > 1) lex.addPhrase(joined, 'profanity', sev);
      else lex.addWord(joined, { list: 'profanity', term: rawTerm, severity: sev, intensifier: false }, 'noun');
    }
  }
  for (const term of profanity.embedded) {
    lex.addEmbedded(term, { list: 'profanity', term, severity: severityOf(profanity.terms, term) ?? 'high', intensifier: false });
  }
  for (const w of profanity.allow) lex.addAllowed(w);
  for (const w of profanity.names) for (const k of keysOf(w)) if (k.length === 1) lex.names.add(k[0]!);
  for (const language of profanity.foreign) {
    const keys = (list: readonly string[]) => new Set(list.flatMap((w) => keysOf(w).filter((k) => k.length === 1).map((k) => k[0]!)));
    lex.foreign.push({ words: keys(language.words), functionWords: keys(language.functionWords) });
  }
  for (const w of insults.allow) lex.addAllowed(w);
  lex.addCompounds(insults.compounds);

  for (const sev of SEVERITIES) {
    for (const term of insults.nouns[sev]) lex.addWord(term, { list: 'insultNoun', term, severity: sev, intensifier: false }, 'noun');
    for (const term of insults.directOnly[sev]) lex.addWord(term, { list: 'insultDirect', term, severity: sev, intensifier: false }, 'noun');
    for (const term of insults.adjectives[sev]) lex.addWord(term, { list: 'insultAdj', term, severity: sev, intensifier: false }, 'adj');
    for (const p of insults.phrases[sev]) {
      lex.addPhrase(p, 'insult', sev);
      const youre = youreAsYour(p);
      if (youre) lex.addPhrase(youre, 'insult', sev);
    }
    for (const term of identity.slurs[sev]) lex.addWord(term, { list: 'slur', term, severity: sev, intensifier: false }, 'noun');
    for (const term of identity.dehumanising[sev]) lex.addWord(term, { list: 'dehumanising', term, severity: sev, intensifier: false }, 'noun');
    for (const p of threats.phrases[sev]) lex.addPhrase(p, 'threat', sev);
  }
  for (const p of identity.idioms) lex.addPhrase(p, 'idiom', 'low');
  // A people's name is a group whose severity is medium: only a people can suffer an identity attack.
  for (const term of identity.groups) lex.addWord(term, { list: 'group', term, severity: 'low', intensifier: false }, 'noun');
  for (const term of identity.peoples) lex.addWord(term, { list: 'group', term, severity: 'medium', intensifier: false }, 'noun');
  for (const term of identity.degrading) lex.addWord(term, { list: 'degrading', term, severity: 'medium', intensifier: false }, 'noun');
  for (const term of identity.hatred) lex.addWord(term, { list: 'hatred', term, severity: 'medium', intensifier: false }, 'verb');
  for (const term of identity.humanity) lex.addWord(term, { list: 'humanity', term, severity: 'high', intensifier: false }, 'noun');
  for (const term of identity.verminVerbs) lex.addWord(term, { list: 'verminVerb', term, severity: 'medium', intensifier: false }, 'verb');
  // "kick out": the verb carries the entry, its particle is looked for by the check.
  for (const term of identity.expulsions) {
    lex.addWord(term.split(' ')[0]!, { list: 'expulsion', term, severity: 'medium', intensifier: false }, 'verb');
  }
  for (const term of insults.praise) lex.addWord(term, { list: 'praise', term, severity: 'medium', intensifier: false }, 'adj');
  for (const term of insults.sarcastic) lex.addWord(term, { list: 'sarcastic', term, severity: 'medium', intensifier: false }, 'noun');
  for (const term of threats.violentVerbs) lex.addWord(term, { list: 'violentVerb', term, severity: 'high', intensifier: false }, 'verb');
  for (const term of threats.harmWishes) lex.addWord(term, { list: 'harmWish', term, severity: 'high', intensifier: false }, 'verb');
  for (const term of threats.contestVerbs) lex.addWord(term, { list: 'contestVerb', term, severity: 'medium', intensifier: false }, 'verb');
  for (const term of threats.harmOutcomes) lex.addWord(term, { list: 'harmOutcome', term, severity: 'high', intensifier: false }, 'noun');
  for (const term of threats.weapons) lex.addWord(term, { list: 'weapon', term, severity: 'medium', intensifier: false }, 'noun');
  for (const word of [...SECOND_PERSON, ...SECOND_POSSESSIVE]) lex.cues.add(word, SECOND);
  // "even my dog knows more than you": a comparison with the reader is read only when the reader is named.
  lex.cues.add('than', NEEDS_SECOND);
  // Round 15 (ti8): "never trust a Turk" (identityAttack.ts's distrust) is read only with a people named, and
  // "those people are barely human" names its people by pointing: "people" stands for a name there.
  lex.cues.add('trust', NEEDS_GROUP);
  lex.cues.add('people', PEOPLE);
  lex.build();
  return lex;
}

function severityOf(terms: Record<Severity, string[]>, term: string): Severity | undefined {
  return SEVERITIES.find((s) => terms[s].includes(term));
}
