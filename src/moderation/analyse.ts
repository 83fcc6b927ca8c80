import type { Hit, Lexicon, ListName, PhraseMatch } from './lexicon';
import { PHRASE } from './prefilter';
import { normalise, originalSpan, type NormalisedText } from './normalise';
import { squeeze, tokenise, type Token } from './tokens';
import type { ConversationFacts } from './types';

/**
 * What every check reads: the normalised text, its tokens, and each token's lexicon hits, computed once
 * per comment so that no check re-scans the text.
 */
export interface Analysis {
  readonly original: string;
  readonly norm: NormalisedText;
  readonly tokens: readonly Token[];
  /** hits[i]: lexicon entries token i matches (a spaced-out word is attached to its first letter). */
  readonly hits: readonly (readonly Hit[])[];
  /** phrases[i]: listed phrases starting at token i. */
  readonly phrases: readonly (readonly PhraseMatch[])[];
  readonly lexicon: Lexicon;
  readonly participants: ReadonlySet<string>;
  /** Profane words that are also names (policy.lexicons.profanity.names). */
  readonly names: ReadonlySet<string>;
  /** The text has quotation marks (so quoted speech is worth looking for). */
  readonly quoted: boolean;
}

const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb]/;

const NO_HITS: readonly Hit[] = [];
const NO_PHRASES: readonly PhraseMatch[] = [];
/** Longest word read from spaced-out letters. */
const MAX_SPACED = 20;

const NONE: readonly never[] = [];
const NO_PARTICIPANTS: ReadonlySet<string> = new Set();

/**
 * `floodRun` is policy.limits.repeatedWordRun. A comment in which no listed word, disguise or phrase can
 * be (prefilter.ts) gets an analysis without tokens: only the spam checks have anything to read.
 */
export function analyse(text: string, lexicon: Lexicon, conversation: ConversationFacts | undefined, floodRun: number): Analysis {
  const norm = normalise(text);
  const lookAlikes = I_FOR_L.test(text);
  if (!lookAlikes && !lexicon.cues.needsAnalysis(norm.text, floodRun)) {
    return { original: text, norm, tokens: NONE, hits: NONE, phrases: NONE, lexicon, participants: NO_PARTICIPANTS, names: lexicon.names, quoted: false };
  }
  const tokens = tokenise(norm, lexicon.tokenPool);
  const hits: (readonly Hit[])[] = new Array<readonly Hit[]>(tokens.length);
  for (let i = 0; i < tokens.length; i++) hits[i] = lexicon.lookup(tokens[i]!);
  if (lookAlikes) readLookAlikeIAndL(norm, tokens, hits, lexicon);
  joinSpacedLetters(tokens, hits, lexicon);
  joinHyphenated(tokens, hits, lexicon);
  const phrases = matchPhrases(tokens, hits, lexicon);
  dropIdioms(hits, phrases);
  const participants = new Set<string>();
  for (const name of conversation?.participants ?? []) {
    for (const t of tokenise(normalise(name))) if (t.wordLike && t.key.length >= 2) participants.add(t.key);
  }
  for (const t of tokens) if (isHandle(t)) participants.add(t.key);
  return { original: text, norm, tokens, hits, phrases, lexicon, participants, names: lexicon.names, quoted: QUOTE_MARK.test(norm.text) };
}

/** A screen name: three letters or more, then digits ("atm55", "Kachina2"). */
const HANDLE = /^[a-z]{3,}\d{1,4}$/;

/** A screen name in the comment names a participant of the thread, as a mention does. */
function isHandle(t: Token): boolean {
  const last = t.raw.charCodeAt(t.raw.length - 1);
  return last >= 48 && last <= 57 && HANDLE.test(t.raw);
}

/**
 * I and l look alike: a capital I after a small letter ("fooI") stands for "l", and a small l beside
 * two capitals ("BlTCH", "DlRTY") stands for "I".
 */
const I_FOR_L = /[a-z]I|[A-Z]l[A-Z]/;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * "you fooI", "YOU DlRTY BlTCH": a plain word that is no listed word, read with its look-alike I or l
 * swapped (lower-cased, "fooi" and "bltch" are no words; the disguise shows only in the original).
 */
function readLookAlikeIAndL(norm: NormalisedText, tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (hits[i]!.length > 0 || t.key !== t.raw) continue;
    const { start, end } = originalSpan(norm, t.ns, t.ne);
    if (end - start !== t.key.length) continue;
    const original = norm.original.slice(start, end);
    if (!I_FOR_L.test(original)) continue;
    let form = '';
    for (let k = 0; k < original.length; k++) {
      const before = k > 0 ? original.charCodeAt(k - 1) : 0;
      const after = k + 1 < original.length ? original.charCodeAt(k + 1) : 0;
      if (original[k] === 'I' && before >= 97 && before <= 122) form += 'l';
      else if (original[k] === 'l' && isUpper(before) && isUpper(after)) form += 'i';
      else form += t.key[k];
    }
    const entries = lexicon.lookupKey(form);
    if (!entries) continue;
    hits[i] = entries.map((entry) => ({ entry, how: 'leet' as const, form, rs: 0, re: -1 }));
    t.cue = ~0;
  }
}

/** "Homo sapiens", "a chink in the armour": the listed words inside an idiom (identity.idioms) are no finding. */
function dropIdioms(hits: (readonly Hit[])[], phrases: (readonly PhraseMatch[])[]): void {
  for (let i = 0; i < phrases.length; i++) {
    for (const { entry, last } of phrases[i]!) {
      if (entry.list !== 'idiom') continue;
      for (let k = i; k <= last; k++) hits[k] = NO_HITS;
    }
  }
}

/**
 * Listed phrases starting at each token. A phrase contains its cue word (prefilter.ts), so it is only
 * looked for in the few tokens before a cue word, or before a token only a full lookup could read.
 */
function matchPhrases(tokens: readonly Token[], hits: readonly (readonly Hit[])[], lexicon: Lexicon): (readonly PhraseMatch[])[] {
  const n = tokens.length;
  const phrases = new Array<readonly PhraseMatch[]>(n);
  // Right to left: a cue lets the maxPhrase words ending with it start a phrase (letters absorbed into a
  // spaced-out word are not words); `starts` counts down how many more may.
  let starts = 0;
  for (let k = n - 1; k >= 0; k--) {
    if ((tokens[k]!.cue & PHRASE) !== 0 || hits[k]!.length > 0) starts = lexicon.maxPhrase;
    if (tokens[k]!.key === '' || starts === 0) {
      phrases[k] = NO_PHRASES;
      continue;
    }
    starts--;
    phrases[k] = lexicon.matchPhrases(tokens, hits, k);
  }
  return phrases;
}

/**
 * "f u c k", "f.u.c.k", "f-u-c-k": runs of single letters separated by one space, dot, dash or
 * underscore are read as one word; the longest listed word inside the run wins.
 */
function joinSpacedLetters(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isSingleLetter(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isSingleLetter(tokens[j]!) && tokens[j]!.tightSep) j++;
    if (j - i >= 3) {
      let a = i;
      while (a + 3 <= j) {
        // The longest listed word starting at letter a, walked in the lexicon's letter trie.
        const joined = lexicon.longestSpelled(tokens, a, j, MAX_SPACED);
        if (joined === '') {
          a++;
          continue;
        }
        const best = joined.length;
        const bestEntries = lexicon.lookupKey(joined)!;
        const first = tokens[a]!;
        const last = tokens[a + best - 1]!;
        // Tokens are this analysis's own objects, so they are updated in place.
        first.key = joined;
        first.raw = joined;
        first.squeezed = squeeze(joined);
        first.ne = last.ne;
        first.cue = ~0;
        hits[a] = lexicon.joinedHits(joined, bestEntries);
        // The other letters now belong to that word: "f u c k" must not read "u" as "you".
        for (let k = a + 1; k < a + best; k++) {
          const absorbed = tokens[k]!;
          absorbed.key = '';
          absorbed.squeezed = '';
          absorbed.alt = null;
          absorbed.wordLike = false;
          hits[k] = NO_HITS;
        }
        a += best;
      }
    }
    i = j;
  }
}

/**
 * "douche-bag", "a-hole", "half wit", "as shole": parts joined by a hyphen (or, when neither part is a
 * listed word, by one space) that together spell a listed word.
 */
function joinHyphenated(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!;
    if (tokens[i]!.key === '' || next.key === '') continue;
    const spaced = !next.hyphenated && next.tightSep && next.ns - tokens[i]!.ne === 1 && hits[i]!.length === 0 && hits[i + 1]!.length === 0;
    if (!next.hyphenated && !spaced) continue;
    // "a" and "I" are words on their own: "has a hole" is an article and a noun, not "ahole".
    if (spaced && (SINGLE_LETTER_WORDS.has(tokens[i]!.key) || !lexicon.cues.joins(tokens[i]!.key, next.key))) continue;
    let joined = tokens[i]!.key;
    const maxParts = spaced ? 2 : 4;
    for (let j = i + 1; j < tokens.length && j - i < maxParts && (tokens[j]!.hyphenated || (spaced && j === i + 1)) && tokens[j]!.key !== ''; j++) {
      joined += tokens[j]!.key;
      const listed = lexicon.lookupKey(joined);
      // Hyphen-joined parts may also make a compound insult ("dick-face", "shit-stain").
      const compound = listed || spaced ? undefined : lexicon.compoundKey(tokens[i]!.key, tokens[j]!.key, joined);
      const entries = listed ?? compound;
      // Two spaced parts join into a word of five letters or more, or into a strong four-letter one ("fu ck").
      if (!entries || (spaced && (joined.length < (entries.some((e) => e.severity === 'high' && e.list === 'profanity') ? 4 : 5) || !entries.some((e) => e.list !== 'group')))) continue;
      const first = tokens[i]!;
      const last = tokens[j]!;
      first.key = joined;
      first.raw = joined;
      first.squeezed = squeeze(joined);
      first.ne = last.ne;
      first.cue = ~0;
      // A compound keeps its stem's own reading too, as "shithole" written as one word does.
      hits[i] = compound ? [...lexicon.joinedHits(joined, entries), ...hits[i]!] : lexicon.joinedHits(joined, entries);
      for (let k = i + 1; k <= j; k++) {
        const absorbed = tokens[k]!;
        absorbed.key = '';
        absorbed.squeezed = '';
        absorbed.alt = null;
        absorbed.wordLike = false;
        hits[k] = NO_HITS;
      }
      i = j;
      break;
    }
  }
}

const SINGLE_LETTER_WORDS = new Set(['a', 'i']);

function isSingleLetter(t: Token): boolean {
  return t.key.length === 1 && t.wordLike;
}

/** Original-text span of a hit on token i. */
export function hitSpan(a: Analysis, i: number, hit: Hit): { start: number; end: number } {
  const t = a.tokens[i]!;
  return originalSpan(a.norm, t.ns + hit.rs, hit.re < 0 ? t.ne : t.ns + hit.re);
}

export function hasList(hits: readonly Hit[], list: ListName): Hit | undefined {
  return hits.find((h) => h.entry.list === list);
}

/** Address and person words are not names: "You Dick" is said to someone. */
const NOT_NAMES = new Set(['you', 'your', 'youre', 'u', 'ur', 'i', 'im', 'my', 'he', 'she', 'his', 'her', 'they', 'what', 'hey', 'oh']);

/**
 * "Dick Cheney", "Dick Van Dyke", "Mr. Dick": a listed word that is also a name
 * (policy.lexicons.profanity.names), capitalised beside another capitalised word.
 */
export function isName(a: Analysis, i: number, form: string): boolean {
  const t = a.tokens[i]!;
  if (!t.capitalised || !a.names.has(form)) return false;
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const nameLike = (p: Token | undefined) => p !== undefined && p.capitalised && p.sentence === t.sentence && !NOT_NAMES.has(p.key);
  return (nameLike(next) && !next!.clauseBreak) || (nameLike(prev) && !t.clauseBreak);
}
