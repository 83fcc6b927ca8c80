import type { Entry, Hit, Lexicon, ListName, PhraseMatch } from './lexicon';
import { CAPITAL_ABBREVIATIONS, SECOND_PERSON, SECOND_POSSESSIVE, isLetters, listedHit, listedWord, severityRank } from './lexicon';
import { MASK_RANGE, MAX_MASK_GAP, MAX_PART, PHRASE, PREFIX, bracketBefore, maskedLettersAt, spacedMaskAt } from './prefilter';
import { normalise, originalSpan, type NormalisedText } from './normalise';
import { MAX_LOOSE_SEP, SPELLED_DIGITS, hasLongRun, isLooseSepCode, squeeze, tokenise, upsideDown, type Token } from './tokens';
import type { ConversationFacts } from './types';
import { BE } from './grammar';

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
  if (!lookAlikes && !lexicon.cues.needsAnalysis(norm.text, floodRun, (conversation?.participants?.length ?? 0) > 0)) {
    return { original: text, norm, tokens: NONE, hits: NONE, phrases: NONE, lexicon, participants: NO_PARTICIPANTS, names: lexicon.names, quoted: false };
  }
  const tokens = tokenise(norm, lexicon.tokenPool);
  const hits: (readonly Hit[])[] = new Array<readonly Hit[]>(tokens.length);
  for (let i = 0; i < tokens.length; i++) hits[i] = lexicon.lookup(tokens[i]!);
  if (lookAlikes) readLookAlikeIAndL(norm, tokens, hits, lexicon);
  if (NON_LATIN_LETTER.test(norm.text)) readUpsideDown(tokens, hits, lexicon);
  readCapitalAbbreviations(norm, tokens, hits, lexicon);
  joinSpacedLetters(norm.text, tokens, hits, lexicon);
  joinHyphenated(tokens, hits, lexicon);
  joinMaskedSplit(norm.text, tokens, hits, lexicon);
  joinSpacedMasked(norm.text, tokens, hits, lexicon);
  readBracketC(norm.text, tokens, hits, lexicon);
  readLeetOtherVowel(tokens, hits, lexicon);
  // The letters a joined word absorbed are gone from what the checks read: "I will k i l l you" has
  // "you" right after the verb, as "I will kill you" does.
  if (absorbedAny(tokens)) dropAbsorbed(tokens, hits);
  const phrases = matchPhrases(norm.text, tokens, hits, lexicon);
  dropIdioms(hits, phrases);
  dropMentions(tokens, hits);
  dropProducts(norm.text, tokens, hits);
  if (lexicon.foreign.length > 0) dropForeign(tokens, hits, lexicon);
  const participants = new Set<string>();
  for (const name of conversation?.participants ?? []) {
    for (const t of tokenise(normalise(name))) if (t.wordLike && t.key.length >= 2) participants.add(t.key);
  }
  for (const t of tokens) if (isHandle(t) || originalPoster(norm, t)) participants.add(t.key);
  return { original: text, norm, tokens, hits, phrases, lexicon, participants, names: lexicon.names, quoted: QUOTE_MARK.test(norm.text) };
}

/** "OP" (in capitals: "photo op" is no one) is the original poster, a participant of the thread: "OP is a tool". */
function originalPoster(norm: NormalisedText, t: Token): boolean {
  if (t.key !== 'op' || !t.capitalised) return false;
  const { start, end } = originalSpan(norm, t.ns, t.ne);
  return norm.original.slice(start, end) === 'OP';
}

/** Only the letters a joined word absorbed have an empty key (`absorb`). */
function absorbedAny(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.key === '') return true;
  return false;
}

/**
 * Drops the letters absorbed into a joined word (key '', see `absorb`) from the tokens and their hits,
 * in place. A dot between the letters ("k.i.l.l") ended no sentence: later sentences are renumbered.
 */
function dropAbsorbed(tokens: Token[], hits: (readonly Hit[])[]): void {
  let kept = 0;
  let removed = 0;
  let prevSentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sentence = t.sentence;
    if (t.key === '') {
      removed += sentence - prevSentence;
    } else {
      t.sentence = sentence - removed;
      tokens[kept] = t;
      hits[kept] = hits[i]!;
      kept++;
    }
    prevSentence = sentence;
  }
  tokens.length = kept;
  hits.length = kept;
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
    // Built by push, as the lexicon builds every hit list: Array.prototype.map makes a holey array,
    // another shape that made the optimised checks start over when the first one came.
    const read: Hit[] = [];
    for (const entry of entries) read.push({ entry, how: 'leet', form, rs: 0, re: -1 });
    hits[i] = read;
    t.cue = ~0;
  }
}

/** Written in capitals, with a small plural "s" allowed ("SOB", "SOBs"). */
const CAPITALS = /^[A-Z]+s?$/;

/** Words after a noun that ends its phrase ("this SOB who lied", "an SOB and a liar"); not "SOB stories". */
const AFTER_NAME = new Set([
  'who', 'that', 'and', 'but', 'or', 'is', 'was', 'are', 'has', 'had', 'in', 'of', 'with', 'like', 'for', 'to', 'from', 'already', 'again', 'now', 'too',
]);
/** Words before a symptom's abbreviation, not a name for anyone ("presented with SOB", "no SOB on exertion", "complains of SOB"). */
const BEFORE_SYMPTOM = new Set(['with', 'of', 'no', 'and', 'or', 'without', 'denies', 'reports', 'worsening', 'increased', 'mild', 'severe', 'some']);

/**
 * "a cocky SOB", "indict this SOB!": an abbreviation of a profane name (CAPITAL_ABBREVIATIONS) written in capitals
 * among words that are not, ending its noun phrase, read as the word it stands for. Not a shouted "SHE WILL SOB",
 * an acronym before its noun ("the SOB act") or a symptom ("presented with SOB").
 */
function readCapitalAbbreviations(norm: NormalisedText, tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  const written = (k: number) => {
    const span = originalSpan(norm, tokens[k]!.ns, tokens[k]!.ne);
    return norm.original.slice(span.start, span.end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const form = hits[i]!.length === 0 ? CAPITAL_ABBREVIATIONS.get(t.key) : undefined;
    if (form === undefined || !CAPITALS.test(written(i))) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev !== undefined && prev.sentence === t.sentence && prev.wordLike && !prev.mention && written(i - 1) === written(i - 1).toUpperCase()) continue;
    if (prev !== undefined && prev.sentence === t.sentence && BEFORE_SYMPTOM.has(prev.key)) continue;
    if (next !== undefined && next.sentence === t.sentence && !next.clauseBreak && !AFTER_NAME.has(next.key)) continue;
    const entries = lexicon.lookupKey(form);
    if (entries) readAs(t, i, hits, lexicon, form, entries);
  }
}

/** A character past Latin-1 (a letter the normaliser left outside a-z, among others). */
const NON_LATIN_LETTER = /[\u0100-\uffff]/;

/** "ʞɔnɟ you": a word of upside-down letters that is no word as it stands, read turned back. */
function readUpsideDown(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (hits[i]!.length > 0) continue;
    const form = upsideDown(t.key);
    const entries = form === null ? undefined : lexicon.lookupKey(form);
    if (!entries || !listedWord(entries)) continue;
    readAs(t, i, hits, lexicon, form!, entries);
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

/** One letter, a mask, one letter: "f*g" is a masked three-letter word, or two variables multiplied. */
const PRODUCT = /^[a-z]\*[a-z]$/;
/** One-letter words: "a", "I" and the chat "u" standing alone are no variables. */
const ONE_LETTER_WORDS = new Set(['a', 'i', 'u']);

/**
 * "the convolution f*g of f and g", "(f*g)(x)", "let h = f*g": two one-letter variables multiplied, no
 * masked word, when one of the letters also stands alone in the comment (a variable named by itself) or an
 * equals sign or a bracket is beside the product. "you f*g" has neither and stays the slur it masks.
 */
function dropProducts(text: string, tokens: readonly Token[], hits: (readonly Hit[])[]): void {
  // The letters standing alone as variables, collected once (null until a product is seen).
  let variables: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (hits[i]!.length === 0 || !t.masked || !PRODUCT.test(t.key)) continue;
    if (variables === null) {
      variables = new Set();
      for (const v of tokens) if (v.key.length === 1 && v.wordLike && !ONE_LETTER_WORDS.has(v.key)) variables.add(v.key);
    }
    const named = variables.has(t.key[0]!) || variables.has(t.key[2]!);
    if (named || FORMULA_BEFORE.test(text.slice(Math.max(0, t.ns - 3), t.ns)) || FORMULA_AFTER.test(text.slice(t.ne, t.ne + 3))) hits[i] = NO_HITS;
  }
}
/** An equals sign or an opening bracket right before a product ("= f*g", "(f*g"). */
const FORMULA_BEFORE = /[=(]\s*$/;
/** An equals sign or a closing bracket right after it ("f*g)", "f*g ="). */
const FORMULA_AFTER = /^\s*[=)]/;

/**
 * "Vi kom till slut fram", "det är slut nu", "Das ist sehr dick": a word of another language that looks like
 * English swearing (policy profanity.foreign) is that language's word when its sentence holds at least two other
 * function words of the language ("till" and "det", "das" and "ist"). "you dick" and "der dick is here" (one
 * stray "der") keep their hits.
 */
function dropForeign(tokens: readonly Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (const language of lexicon.foreign) {
    // The function words of each sentence, gathered once when the language's first word is met (a scan of
    // the sentence for every such word would be quadratic: 20,000 "dick" took 2 s).
    let bySentence: Map<number, Set<string>> | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (hits[i]!.length === 0 || !language.words.has(t.key)) continue;
      if (bySentence === null) {
        bySentence = new Map();
        for (const u of tokens) {
          if (!language.functionWords.has(u.key)) continue;
          let seen = bySentence.get(u.sentence);
          if (seen === undefined) bySentence.set(u.sentence, (seen = new Set()));
          seen.add(u.key);
        }
      }
      // Other function words than the word itself ("slut" is no function word of Swedish; a word in both lists
      // does not count for itself).
      const seen = bySentence.get(t.sentence);
      if (seen !== undefined && seen.size - (seen.has(t.key) ? 1 : 0) >= 2) hits[i] = NO_HITS;
    }
  }
}

/** Nouns that introduce a word as a word: "the word 'idiot'", "the term moron". */
export const MENTION_NOUNS = new Set(['word', 'words', 'term', 'terms', 'phrase', 'expression', 'label', 'slur', 'insult', 'epithet']);
/** Plural nouns of words that give examples after "like" or "such as": "insults like clown and idiot". */
const MENTION_KINDS = new Set(['words', 'terms', 'insults', 'names', 'labels', 'slurs', 'epithets', 'phrases', 'expressions']);
const TERM_NOUNS = new Set(['word', 'term', 'label', 'expression', 'insult']);
const IS_WAS = new Set(['is', 'was']);

/**
 * "The word 'idiot' comes from Greek", "the term moron was once medical": a word mentioned, not used,
 * insults no one. Profanity and slurs stay what they are however they are meant ("the word 'fuck'" is
 * still held).
 */
function dropMentions(tokens: readonly Token[], hits: (readonly Hit[])[]): void {
  // The last word found mentioned: "the words idiot and moron" mentions the second word too.
  let last = -3;
  for (let i = 0; i < tokens.length; i++) {
    if (hits[i]!.length === 0) continue;
    const opens = i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
    if (wordDefined(tokens, i, opens) || (!opens && (MENTION_NOUNS.has(tokens[i - 1]!.key) || exampleWord(tokens, i) || (last === i - 2 && joinedMention(tokens, i))))) {
      dropHits(hits, i);
      last = i;
    }
  }
}

/** "the words idiot and moron", "the term moron or idiot": a word joined by "and"/"or" to the word mentioned before it. */
function joinedMention(tokens: readonly Token[], i: number): boolean {
  const and = tokens[i - 1]!;
  return (and.key === 'and' || and.key === 'or') && and.sentence === tokens[i]!.sentence && tokens[i - 2]!.sentence === and.sentence && !and.clauseBreak;
}

function dropHits(hits: (readonly Hit[])[], i: number): void {
  const kept: Hit[] = [];
  for (const h of hits[i]!) if (h.entry.list === 'profanity' || h.entry.list === 'slur') kept.push(h);
  hits[i] = kept.length > 0 ? kept : NO_HITS;
}

/**
 * "insults like clown and idiot", "words such as moron or dunce": words given as examples of words, after
 * "like" or "such as" and joined by "and", "or" or commas (at most six words on).
 */
function exampleWord(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 1 && k >= i - 6; k--) {
    const p = tokens[k]!;
    if (p.sentence !== s) return false;
    if (p.key === 'like' || (p.key === 'as' && tokens[k - 1]!.key === 'such')) {
      const kind = tokens[p.key === 'like' ? k - 1 : k - 2];
      return kind !== undefined && kind.sentence === s && MENTION_KINDS.has(kind.key);
    }
    // An example before this one: "clown and", "moron,".
    const after = tokens[k + 1]!;
    if (p.key !== 'and' && p.key !== 'or' && after.key !== 'and' && after.key !== 'or' && !after.clauseBreak) return false;
  }
  return false;
}

/**
 * "idiot was a medical term", "moron is an ugly word": a bare noun (no determiner before it) said to be a word
 * or term is the word itself.
 */
function wordDefined(tokens: readonly Token[], i: number, opens: boolean): boolean {
  const t = tokens[i]!;
  if (wordHistory(tokens, i)) return true;
  const be = tokens[i + 1];
  // "Is insane the right word?", "why is loser such a popular insult?": asked, "is" opens the question.
  const asked = !opens && IS_WAS.has(tokens[i - 1]!.key) && questionOpens(tokens, i - 1);
  // It must open its clause: "Calling Turks animals is an insult to animals" uses the word.
  if (!asked && (!(opens || t.clauseBreak) || be === undefined || be.sentence !== t.sentence || !(IS_WAS.has(be.key) || be.key === 'as'))) return false;
  for (let k = asked ? i + 1 : i + 2; k < tokens.length && k <= i + 5; k++) {
    const n = tokens[k]!;
    if (n.sentence !== t.sentence || n.clauseBreak) return false;
    if (TERM_NOUNS.has(n.key)) return !appliedAfter(tokens, k);
  }
  return false;
}

/**
 * "Moron was coined in 1910", "the dictionary says scumbag originally meant a condom": a bare word (no determiner
 * or possessive before it) whose coining or first meaning is told is the word itself (Round 15). "Meant" needs
 * a word of its history before it ("the idiot meant well" is no history).
 */
function wordHistory(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (p !== undefined && p.sentence === t.sentence && !t.clauseBreak && (DETERMINERS_OF_USE.has(p.key) || SECOND_PERSONS.has(p.key))) return false;
  let k = i + 1;
  if (tokens[k] !== undefined && IS_WAS.has(tokens[k]!.key)) k++;
  const history = tokens[k] !== undefined && HISTORY.has(tokens[k]!.key);
  if (history) k++;
  const v = tokens[k];
  if (v === undefined || v.sentence !== t.sentence || tokens[i + 1]!.clauseBreak) return false;
  if (v.key === 'coined' || v.key === 'derived' || v.key === 'borrowed') return k === i + 2 || k === i + 3 ? IS_WAS.has(tokens[i + 1]!.key) : false;
  return history && (v.key === 'meant' || v.key === 'referred') && !IS_WAS.has(tokens[i + 1]!.key);
}
/** Words of a word's history before "meant": "originally meant", "first meant", "once meant". */
const HISTORY = new Set(['originally', 'first', 'once', 'initially', 'literally']);
const DETERMINERS_OF_USE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'some', 'any', 'every', 'such', 'what']);
const SECOND_PERSONS = new Set(['you', 'ya', 'u', 'yall']);

const ASKING = new Set(['why', 'how', 'when', 'since']);

/** The "is" at k opens its sentence, alone or after "why", "how", "when". */
function questionOpens(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k]!.sentence;
  const p = tokens[k - 1];
  if (p === undefined || p.sentence !== s) return true;
  const q = tokens[k - 2];
  return ASKING.has(p.key) && (q === undefined || q.sentence !== s);
}

/** Words that apply a word to someone: "the word for you", "the term that describes him", "... fits you". */
const APPLYING = new Set(['for', 'describes', 'described', 'fits', 'suits', 'sums', 'you', 'u', 'your', 'him', 'her', 'them']);

/** After the noun at k, the sentence applies the word to someone: "Moron is the only word for you". */
function appliedAfter(tokens: readonly Token[], k: number): boolean {
  // Bounded: the next eight words.
  for (let m = k + 1; m < tokens.length && m <= k + 8 && tokens[m]!.sentence === tokens[k]!.sentence; m++) if (APPLYING.has(tokens[m]!.key)) return true;
  return false;
}

/**
 * Listed phrases starting at each token. A phrase contains its cue word (prefilter.ts), so it is only
 * looked for in the few tokens before a cue word, or before a token only a full lookup could read.
 */
function matchPhrases(text: string, tokens: readonly Token[], hits: readonly (readonly Hit[])[], lexicon: Lexicon): (readonly PhraseMatch[])[] {
  const n = tokens.length;
  const phrases = new Array<readonly PhraseMatch[]>(n);
  // Right to left: a cue lets the maxPhrase words ending with it start a phrase; `starts` counts down
  // how many more may.
  let starts = 0;
  for (let k = n - 1; k >= 0; k--) {
    if ((tokens[k]!.cue & PHRASE) !== 0 || hits[k]!.length > 0) starts = lexicon.maxPhrase;
    if (starts === 0) {
      phrases[k] = NO_PHRASES;
      continue;
    }
    starts--;
    phrases[k] = startsSpelledWord(tokens, k) || letterAsSymbol(text, tokens, k) ? NO_PHRASES : withoutBrokenIdioms(tokens, k, withoutSpelledOn(tokens, lexicon.matchPhrases(tokens, hits, k)));
  }
  return phrases;
}

/**
 * Two-word idioms (identity.idioms: compounds such as "life hack", "troll farm", "jerk chicken") that run across
 * a comma or a sentence end go: "Get a life, hack" holds no "life hack", and its "get a life" stays an order
 * (Round 14). Longer idioms are sayings, which may have a comma inside ("fool me once, shame on you, fool me
 * twice"), and the listed phrases of abuse may run across one too.
 */
function withoutBrokenIdioms(tokens: readonly Token[], k: number, found: readonly PhraseMatch[]): readonly PhraseMatch[] {
  // Most tokens start no phrase: no closure to make for them.
  if (found.length === 0) return found;
  const broken = (m: PhraseMatch) => {
    if (m.entry.list !== 'idiom' || m.last !== k + 1) return false;
    return tokens[m.last]!.clauseBreak || tokens[m.last]!.sentence !== tokens[k]!.sentence;
  };
  return found.some(broken) ? found.filter((m) => !broken(m)) : found;
}

/**
 * Phrases that end inside a word spelled out go ("so f u n", "f-u-n day", "f u l l"): the last two letters of the
 * phrase and a letter right after them are the letters of one word, not "f u" for "fuck you". A digit after
 * them is still leet ("f u 2").
 */
function withoutSpelledOn(tokens: readonly Token[], found: readonly PhraseMatch[]): readonly PhraseMatch[] {
  if (found.length === 0) return found;
  const spelledOn = (m: PhraseMatch) => {
    const after = tokens[m.last + 1];
    const end = tokens[m.last]!;
    const before = tokens[m.last - 1];
    return (
      after !== undefined &&
      before !== undefined &&
      after.tightSep &&
      end.tightSep &&
      isSpelledUnit(before) &&
      isSpelledUnit(end) &&
      after.key.length === 1 &&
      after.key >= 'a' &&
      after.key <= 'z' &&
      after.wordLike
    );
  };
  return found.some(spelledOn) ? found.filter((m) => !spelledOn(m)) : found;
}

/**
 * Token k is one letter used as a symbol, which starts no phrase ("f u" for "fuck you"): a function applied
 * ("f(u) = u^2", "f'(u)"), or an item of a list or a clause's last word, a comma after it ("rows F, U and C",
 * "fluorine is F, you learn that in year 9"). "F U", "F. U." and "f-u" keep their reading.
 */
function letterAsSymbol(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (next === undefined || t.key.length !== 1 || !t.wordLike || !next.clauseBreak || next.sentence !== t.sentence) return false;
  for (let c = t.ne; c < next.ns; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 44 || ch === 40) return true; // "," "("
  }
  return false;
}

/**
 * Token k starts four letters or more spelled out that no list read ("f u n d i n g", "f_u_n_d"): they
 * are one word spelled out, not the letters of a phrase ("f u" for "fuck you"). A listed word spelled
 * out was already joined into one token (`joinSpacedLetters`), so "f u c k" and "f u b i t c h" are not
 * such a run.
 */
function startsSpelledWord(tokens: readonly Token[], k: number): boolean {
  if (k + 3 >= tokens.length || !isSpelledUnit(tokens[k]!)) return false;
  for (let m = k + 1; m <= k + 3; m++) if (!isSpelledUnit(tokens[m]!) || !tokens[m]!.tightSep) return false;
  return true;
}

/**
 * "f u c k", "f.u.c.k", "f-u-c-k", "f/u/c/k", "s h 1 t": runs of single letters (or leet digits)
 * separated by one space, dot, dash, slash or underscore are read as one word; the longest listed word
 * inside the run wins. Two letters or more may also end or start with a short part: "f u ck",
 * "a s s h ole", "fu c k".
 */
function joinSpacedLetters(text: string, tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isSpelledUnit(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isSpelledUnit(tokens[j]!) && tokens[j]!.tightSep) j++;
    // An allowed word spelled out whole ("B.A.S.S.", "S-C-U-N-T-H-O-R-P-E") is that word, with no listed
    // word inside.
    const allowed = j - i >= 3 ? spelledAllowed(tokens, i, j, lexicon) : null;
    if (allowed !== null) {
      absorb(tokens, hits, lexicon, i, j - 1, allowed, []);
      i = j;
      continue;
    }
    // "f - u - c - k", "f..u..c..k", "f🔥u🔥c🔥k": four letters or more, the same short separator each time.
    let loose = -1;
    for (let k = i; k < j && j - i < 3 && loose < 0; k++) {
      const end = looseRun(text, tokens, k);
      if (end - k >= 4) {
        joinRun(tokens, hits, lexicon, k, end);
        loose = end;
      }
    }
    if (loose >= 0) {
      i = loose;
      continue;
    }
    if (j - i >= 2 && joinPart(tokens, hits, lexicon, i, j)) {
      i = j + 1;
      continue;
    }
    if (j - i >= 3) joinRun(tokens, hits, lexicon, i, j);
    i = j;
  }
}

/** The allowed word ("cocktail") the one-letter tokens i..j-1 spell, letters only, or null. */
function spelledAllowed(tokens: readonly Token[], i: number, j: number, lexicon: Lexicon): string | null {
  if (j - i > MAX_SPACED) return null;
  let word = '';
  for (let k = i; k < j; k++) word += tokens[k]!.key;
  return isLetters(word) && lexicon.isAllowedKey(word) ? word : null;
}

/** The listed words spelled by the one-letter tokens i..j-1, longest first from each letter on. */
function joinRun(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon, i: number, j: number): void {
  let stretch = false;
  for (let k = i; k + 2 < j && !stretch; k++) stretch = tokens[k]!.key === tokens[k + 1]!.key && tokens[k]!.key === tokens[k + 2]!.key;
  let a = i;
  /** The first letter no word has taken yet. */
  let free = i;
  while (a + 3 <= j) {
    // The longest listed word starting at letter a, walked in the lexicon's letter trie.
    const joined = lexicon.longestSpelled(tokens, a, j, MAX_SPACED);
    // A stretched letter ("f u u u c k") is read when it spells more than the letters as they stand.
    const stretched = stretch ? lexicon.stretchedSpelled(tokens, a, j, 2 * MAX_SPACED) : null;
    if (stretched !== null && stretched.last - a + 1 > joined.length) {
      absorb(tokens, hits, lexicon, a, stretched.last, stretched.form, stretched.entries);
      a = free = stretched.last + 1;
      continue;
    }
    // A word of three letters with two letters or more spelled after it is inside a longer word
    // ("P-A-S-S-W-O-R-D", "m a s s i v e"), not said ("you a s s", "a.s.s!").
    if (joined === '' || (joined.length === 3 && j - a - 3 >= 2)) {
      a++;
      continue;
    }
    // "a c l a s s act", "P.A.S.S.", "a s s e s s": the listed word is part of an allowed word spelled around it.
    const around = spelledAround(tokens, lexicon, free, a, a + joined.length, j, joined);
    if (around !== null) {
      absorb(tokens, hits, lexicon, around.from, around.to - 1, around.word, []);
      a = free = around.to;
      continue;
    }
    absorb(tokens, hits, lexicon, a, a + joined.length - 1, joined, lexicon.lookupKey(joined)!);
    a = free = a + joined.length;
  }
  if (free === i) spelledMasked(tokens, hits, lexicon, i, j);
}

/**
 * "f 4 c k", "f 1 c k": four to eight spelled-out letters that read as nothing, one of them a digit that
 * spells no letter of a listed word there: the digit hides a letter, as in "f4ck" written together.
 */
function spelledMasked(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon, i: number, j: number): void {
  if (j - i < 4 || j - i > 8) return;
  let key = '';
  let digits = 0;
  for (let k = i; k < j; k++) {
    const c = tokens[k]!.key;
    if (c >= 'a' && c <= 'z') key += c;
    else if (c >= '0' && c <= '9') {
      digits++;
      key += '*';
    } else return;
  }
  if (digits !== 1) return;
  const found = lexicon.unmask(key);
  if (found !== null && listedWord(found.entries)) absorb(tokens, hits, lexicon, i, j - 1, found.form, found.entries, 'masked');
}

/**
 * The allowed word spelled by one-letter tokens from..to-1 that covers letters a..e-1 and more of them
 * (from >= free, to <= j), or null: the longest from the earliest start. Only a word that is part of
 * some allowed word is looked for ("ass" of "class"; never "fuck"), in one string of the letters around it.
 */
function spelledAround(tokens: readonly Token[], lexicon: Lexicon, free: number, a: number, e: number, j: number, joined: string): { from: number; to: number; word: string } | null {
  if (!lexicon.isInsideAllowed(joined)) return null;
  const lo = Math.max(free, e - MAX_SPACED);
  const hi = Math.min(j, a + MAX_SPACED);
  let letters = '';
  for (let k = lo; k < hi; k++) letters += tokens[k]!.key;
  // One character a token, as in any run of single letters; else each window is spelled on its own.
  const oneEach = letters.length === hi - lo;
  const plain = oneEach && isLetters(letters);
  for (let from = lo; from <= a; from++) {
    for (let to = Math.min(hi, from + MAX_SPACED); to >= e; to--) {
      if (from === a && to === e) continue;
      const word = oneEach ? letters.slice(from - lo, to - lo) : spelledAllowed(tokens, from, to, lexicon);
      if (word !== null && (plain || isLetters(word)) && lexicon.isAllowedKey(word)) return { from, to, word };
    }
  }
  return null;
}

/**
 * The end of the run of one-letter tokens from i on that are separated by the same short string of
 * signs, spaces or symbols (no letter, digit or line break), or i + 1 when there is none.
 */
function looseRun(text: string, tokens: readonly Token[], i: number): number {
  const first = tokens[i + 1];
  if (first === undefined || !isSpelledUnit(first)) return i + 1;
  const sepStart = tokens[i]!.ne;
  const sepLength = first.ns - sepStart;
  if (sepLength < 1 || sepLength > MAX_LOOSE_SEP) return i + 1;
  for (let k = sepStart; k < first.ns; k++) if (!isLooseSepCode(text.charCodeAt(k))) return i + 1;
  let j = i + 2;
  while (j < tokens.length && isSpelledUnit(tokens[j]!) && sameGap(text, sepStart, tokens[j - 1]!.ne, tokens[j]!.ns, sepLength)) j++;
  return j;
}

/** Is text[from, to) the separator of `length` characters at `sep`? */
function sameGap(text: string, sep: number, from: number, to: number, length: number): boolean {
  if (to - from !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(from + k) !== text.charCodeAt(sep + k)) return false;
  return true;
}

/**
 * Letters i..j-1 (two or more, letters only), or the end or the start of them, with the short part right
 * after them ("f u ck") or right before them ("fu c k"), when together they spell a listed word. Joins
 * them and returns true, or returns false.
 */
function joinPart(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon, i: number, j: number): boolean {
  for (let k = Math.max(i, j - MAX_SPACED); k < Math.min(j, i + MAX_SPACED); k++) if (!tokens[k]!.wordLike) return false;
  // The last letters of the run with the part after them ("what a f u ck": "f u" + "ck"), longest first.
  const after = tokens[j];
  if (after !== undefined && after.tightSep && isPart(after, hits[j]!)) {
    for (let s = Math.max(i, j - MAX_SPACED); s + 2 <= j; s++) {
      let joined = '';
      for (let k = s; k < j; k++) joined += tokens[k]!.key;
      joined += after.key;
      const found = partJoined(lexicon, joined);
      if (found) {
        absorb(tokens, hits, lexicon, s, j, found.form, found.entries);
        return true;
      }
    }
  }
  // The part before the run with its first letters ("fu c k"), longest first.
  const before = tokens[i - 1];
  if (before !== undefined && tokens[i]!.tightSep && isPart(before, hits[i - 1]!)) {
    for (let e = Math.min(j, i + MAX_SPACED); e >= i + 2; e--) {
      let joined = before.key;
      for (let k = i; k < e; k++) joined += tokens[k]!.key;
      const found = partJoined(lexicon, joined);
      if (found) {
        absorb(tokens, hits, lexicon, i - 1, e - 1, found.form, found.entries);
        return true;
      }
    }
  }
  return false;
}

/**
 * A short part of a word (two or three letters), or one stretched into more ("fuuuu.c.k": "fu" with its
 * "u" held, read squeezed as a whole word is).
 */
function isPart(t: Token, hits: readonly Hit[]): boolean {
  return t.key.length >= 2 && (t.key.length <= MAX_PART || (t.longRun && t.squeezed.length <= MAX_PART)) && t.wordLike && !t.mention && (hits.length === 0 || !listedHit(hits));
}

/** The listed word the joined parts spell, as written or, with a letter stretched in them, squeezed ("fuuuu.c.k"). */
function partJoined(lexicon: Lexicon, joined: string): { form: string; entries: Entry[] } | null {
  const exact = lexicon.lookupKey(joined);
  if (exact && listedWord(exact)) return { form: joined, entries: exact };
  const form = squeeze(joined);
  // As for a word written whole (Lexicon.compute): a run of three, or a doubled letter in a word of four or more ("fuu.c.k").
  if (form === joined || !(hasLongRun(joined) || form.length >= 4)) return null;
  const squeezed = lexicon.lookupSqueezed(form);
  return squeezed && listedWord(squeezed) ? { form, entries: squeezed } : null;
}

/**
 * "sh.t", "f-ck", "b_tch", "f?ck", "f💥ck": one dot, dash, underscore, question mark or emoji standing for
 * a letter between two parts of a word, when the masked word is a listed one (as "sh*t" is); a printed
 * dash or two hyphens for one letter or two ("f—k", "f--king").
 */
function joinMaskedSplit(text: string, tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const hidden = b.ns - a.ne > MAX_MASK_GAP ? 0 : maskedLettersAt(text, a.ne, b.ns - a.ne);
    if (hidden === 0) continue;
    if (a.key === '' || b.key === '' || (hits[i]!.length > 0 && listedHit(hits[i]!)) || (hits[i + 1]!.length > 0 && listedHit(hits[i + 1]!))) continue;
    const length = a.key.length + (hidden === MASK_RANGE ? 2 : hidden) + b.key.length;
    if (length < 4 || length > MAX_SPACED || !isLetters(a.key) || !isLetters(b.key)) continue;
    // A capital after the sign starts a sentence or is an initial ("do.She", "C.K's").
    if (b.capitalised) continue;
    if (emojiInserted(text, a, b, hits, i, lexicon, tokens)) {
      i++;
      continue;
    }
    let m = hidden === 1 || hidden === MASK_RANGE ? lexicon.unmask(`${a.key}*${b.key}`) : null;
    if (hidden !== 1 && (!m || !isLetters(m.form) || !listedWord(m.entries))) m = lexicon.unmask(`${a.key}${'*'.repeat(hidden === MASK_RANGE ? 2 : hidden)}${b.key}`);
    if (!m || !isLetters(m.form) || !listedWord(m.entries)) continue;
    absorb(tokens, hits, lexicon, i, i + 1, m.form, m.entries, 'masked');
    i++;
  }
}

/**
 * "mo🐮ron", "idi🙈ot": an emoji (a symbol outside ASCII) put between the letters of a listed word hides
 * no letter but cuts the word: tokens a and b are read as that word joined. Signs of ASCII ("sh.it") are
 * left to the other joins, where a dot or dash is often punctuation.
 */
function emojiInserted(text: string, a: Token, b: Token, hits: (readonly Hit[])[], i: number, lexicon: Lexicon, tokens: Token[]): boolean {
  if (text.charCodeAt(a.ne) < 128) return false;
  const joined = a.key + b.key;
  const entries = lexicon.lookupKey(joined);
  if (!entries || !listedWord(entries)) return false;
  absorb(tokens, hits, lexicon, i, i + 1, joined, entries, 'masked');
  return true;
}

/**
 * "f * c k", "s h 💩 t", "b * t c h": spelled-out letters, or short parts ("sh 💩 t"), one space apart,
 * with a sign or an emoji between spaces standing for a hidden letter (spacedMaskAt), when the masked
 * word is a listed one.
 */
/** Where each part of a chain of spelled-out parts starts in the chain's pattern (joinSpacedMasked; 2 x MAX_SPACED + 2 parts at most). */
const chainStarts = new Int32Array(2 * MAX_SPACED + 2);

function joinSpacedMasked(text: string, tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  // The letters hidden before each token (hiddenBetween), read once when a chain is first looked at.
  let gaps: Int8Array | null = null;
  const gapBefore = (k: number): number => {
    if (gaps === null) {
      gaps = new Int8Array(tokens.length);
      for (let j = 1; j < tokens.length; j++) gaps[j] = hiddenBetween(text, tokens[j - 1]!, tokens[j]!);
    }
    return gaps[k]!;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (spacedMaskAt(text, tokens[i]!.ne, tokens[i + 1]!.ns) === 0 || !isSpacedPart(tokens[i]!, hits[i]!) || !isSpacedPart(tokens[i + 1]!, hits[i + 1]!)) continue;
    // The chain of parts around the gap, each joined to the next by one space or another hidden letter.
    let lo = i;
    while (lo > 0 && i - lo < MAX_SPACED && isSpacedPart(tokens[lo - 1]!, hits[lo - 1]!) && gapBefore(lo) >= 0) lo--;
    let hi = i + 1;
    while (hi + 1 < tokens.length && hi - i < MAX_SPACED && isSpacedPart(tokens[hi + 1]!, hits[hi + 1]!) && gapBefore(hi + 1) >= 0) hi++;
    // The chain spelled once, its hidden letters as "*", with where each part starts in it: the pattern from
    // part `from` to part `to` is a slice (built anew for every pair, a long chain of masks cost cubic time).
    let chain = '';
    for (let k = lo; k <= hi; k++) {
      if (k > lo) chain += '*'.repeat(gapBefore(k));
      chainStarts[k - lo] = chain.length;
      chain += tokens[k]!.key;
    }
    // The longest listed word the chain spells through the gap, from the earliest start.
    let found: { from: number; to: number; form: string; entries: Entry[] } | null = null;
    for (let from = lo; from <= i && found === null; from++) {
      for (let to = hi; to > i && found === null; to--) {
        const start = chainStarts[from - lo]!;
        const end = chainStarts[to - lo]! + tokens[to]!.key.length;
        if (end - start < 4 || end - start > MAX_SPACED) continue;
        const pattern = chain.slice(start, end);
        const m = lexicon.unmask(pattern);
        if (m && isLetters(m.form) && listedWord(m.entries)) found = { from, to, form: m.form, entries: m.entries };
      }
    }
    if (found === null) continue;
    absorb(tokens, hits, lexicon, found.from, found.to, found.form, found.entries, 'masked');
    i = found.to;
  }
}

/** A short part of a spelled-out word: one to three letters, not yet read as part of another word, no listed word itself. */
function isSpacedPart(t: Token, hits: readonly Hit[]): boolean {
  return t.key.length >= 1 && t.key.length <= MAX_PART && !t.mention && isLetters(t.key) && (hits.length === 0 || !listedHit(hits));
}

/** Letters hidden between two neighbouring tokens: 0 when one space parts them, -1 when neither that nor a spaced mask. */
function hiddenBetween(text: string, a: Token, b: Token): number {
  if (b.ns - a.ne === 1 && text.charCodeAt(a.ne) === 32) return 0;
  const hidden = spacedMaskAt(text, a.ne, b.ns);
  return hidden > 0 ? hidden : -1;
}

/**
 * "you (unt": an opening bracket that nothing closes, glued to a word, is the "c" it looks like when that
 * spells a strong swear word or a slur ("(rap music)" and "(see below" are brackets; so is "hip hop (rap
 * mostly": "crap" is no strong word).
 */
function readBracketC(text: string, tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  // Most comments have no bracket at all.
  if (text.indexOf('(') < 0) return;
  const lastClose = text.lastIndexOf(')');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!bracketBefore(text, t.ns, lastClose) || !isLetters(t.key) || (hits[i]!.length > 0 && listedHit(hits[i]!))) continue;
    const form = 'c' + t.key;
    const entries = lexicon.lookupKey(form);
    if (!entries || !strongWord(entries)) continue;
    t.ns--;
    t.raw = form;
    readAs(t, i, hits, lexicon, form, entries);
  }
}

/** A strong swear word or a slur: what a reading of a sign as a letter must spell to count. */
function strongWord(entries: readonly Entry[]): boolean {
  return entries.some((e) => (e.list === 'profanity' && e.severity === 'high') || (e.list === 'slur' && severityRank(e.severity) >= 1));
}

/** Token i is read as the listed `form` behind its disguise. */
function readAs(t: Token, i: number, hits: (readonly Hit[])[], lexicon: Lexicon, form: string, entries: Entry[]): void {
  t.key = form;
  t.squeezed = squeeze(form);
  t.cue = ~0;
  hits[i] = lexicon.joinedHits(form, entries, 'masked');
}

/** Leet signs that stand for a vowel (tokens.ts LEET): "0", "4", "@", "3", "1", "!". */
const LEET_VOWEL = /[04@31!]/;

/**
 * A leet sign is a disguise whichever letter it is read as. "f0ck", "f4cking": a sign for a vowel in the
 * place of another vowel hides the letter as "*" does; "@rsehole": an "@" before letters that are no
 * handle but a swear word with the "a" it looks like. Read so only when that spells a strong swear word or
 * a slur, and the token reads as no listed word as written.
 */
function readLeetOtherVowel(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (hits[i]!.length > 0 || (t.raw === t.key && !t.mention) || !LEET_VOWEL.test(t.raw) || t.raw.length !== t.key.length || t.raw.length < 4) continue;
    let form: string | null = null;
    let entries: Entry[] | undefined;
    if (t.mention) {
      const word = 'a' + t.raw.slice(1);
      entries = isLetters(word) ? lexicon.lookupKey(word) : undefined;
      if (entries && strongWord(entries)) form = word;
    } else if (t.wordLike) {
      for (let k = 0; k < t.raw.length && form === null; k++) {
        if (!LEET_VOWEL.test(t.raw[k]!)) continue;
        const m = lexicon.unmask(t.key.slice(0, k) + '*' + t.key.slice(k + 1));
        if (m && isLetters(m.form) && strongWord(m.entries)) {
          form = m.form;
          entries = m.entries;
        }
      }
    }
    if (form === null || !entries) continue;
    readAs(t, i, hits, lexicon, form, entries);
  }
}

/** Tokens from..to (inclusive) read as the one word `joined`, kept on the first token. */
function absorb(
  tokens: Token[],
  hits: (readonly Hit[])[],
  lexicon: Lexicon,
  from: number,
  to: number,
  joined: string,
  entries: Entry[],
  how: 'spaced' | 'masked' = 'spaced',
): void {
  const first = tokens[from]!;
  // Tokens are this analysis's own objects, so they are updated in place.
  first.key = joined;
  first.raw = joined;
  first.squeezed = squeeze(joined);
  first.ne = tokens[to]!.ne;
  first.cue = ~0;
  // No entries: an allowed word spelled out, which is no finding.
  hits[from] = entries.length === 0 ? NO_HITS : lexicon.joinedHits(joined, entries, how);
  // The other parts now belong to that word: "f u c k" must not read "u" as "you".
  for (let k = from + 1; k <= to; k++) {
    const absorbed = tokens[k]!;
    absorbed.key = '';
    absorbed.squeezed = '';
    absorbed.alt = null;
    absorbed.wordLike = false;
    hits[k] = NO_HITS;
  }
}

/**
 * "douche-bag", "a-hole", "half wit", "as shole": parts joined by a hyphen (or, when neither part is a
 * listed word, by one space) that together spell a listed word.
 */
function joinHyphenated(tokens: Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.key === '' || next.key === '') continue;
    // Single letters joined by hyphens are spelled out ("f-u-c-k"): `joinSpacedLetters` read them.
    if (isSpelledUnit(t) && isSpelledUnit(next)) continue;
    const hyphenated = next.hyphenated;
    // "a" and "I" are words on their own: "has a hole" is an article and a noun, not "ahole"; so are a
    // few other function words on either side: "pick a side" is not "picka", "who or what" not "whoor".
    // A word that starts no listed form (its cue says so) cannot begin a joined one. (The cheapest
    // tests first: most pairs of words are neither hyphenated nor the start of a listed form.)
    // A stretched first part is read squeezed ("fuuu ck", "fuuu.ck"), as the word written whole is.
    const start = t.longRun ? t.squeezed : t.key;
    const spaced =
      !hyphenated &&
      ((t.cue & PREFIX) !== 0 || t.longRun) &&
      next.tightSep &&
      next.ns - t.ne === 1 &&
      (hits[i]!.length === 0 || !listedHit(hits[i]!)) &&
      (hits[i + 1]!.length === 0 || !listedHit(hits[i + 1]!)) &&
      !JOIN_STOP.has(t.key) &&
      !JOIN_STOP.has(next.key) &&
      !lessOfQuantity(tokens, i) &&
      lexicon.cues.joins(start, next.key);
    if (!hyphenated && !spaced) continue;
    let joined = tokens[i]!.key;
    const maxParts = spaced ? 2 : 4;
    for (let j = i + 1; j < tokens.length && j - i < maxParts && (tokens[j]!.hyphenated || (spaced && j === i + 1)) && tokens[j]!.key !== ''; j++) {
      joined += tokens[j]!.key;
      // A stretched letter in a part is read squeezed, as in one word ("fuuu-ck").
      const stretched = hasLongRun(joined) ? squeeze(joined) : null;
      const exact = lexicon.lookupKey(joined);
      const listed = exact ?? (stretched !== null ? lexicon.lookupSqueezed(stretched) : undefined);
      const form = exact === undefined && listed !== undefined ? stretched! : joined;
      // Hyphen-joined parts may also make a compound insult ("dick-face", "shit-stain").
      const compound = listed || spaced ? undefined : lexicon.compoundKey(tokens[i]!.key, tokens[j]!.key, joined);
      const entries = listed ?? compound;
      // Two spaced parts join into a word of five letters or more, or into a strong four-letter one ("fu ck").
      if (!entries || (spaced && (form.length < (entries.some((e) => e.severity !== 'low' && e.list === 'profanity') ? 4 : 5) || !listedWord(entries)))) continue;
      // A compound keeps its stem's own reading too, as "shithole" written as one word does.
      const own = hits[i]!;
      absorb(tokens, hits, lexicon, i, j, form, entries);
      // concat, not two for-of loops: the hit arrays come in several maps (elements kinds), and the loops
      // deoptimised this function with "wrong map" three times per 40,000-comment run.
      if (compound) hits[i] = hits[i]!.concat(own);
      i = j;
      break;
    }
  }
}

/**
 * "use less fuel", "worth less than a dollar": "less" of a quantity after a word that takes one, or before
 * "than", is not the end of "useless" or "worthless" spelled apart ("you are use less" still is).
 */
function lessOfQuantity(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]!.key !== 'less') return false;
  const after = tokens[i + 2];
  if (after !== undefined && after.key === 'than' && after.sentence === tokens[i]!.sentence) return true;
  // "use" after "is"/"are" is no verb: "you are use less" is "useless" spelled apart.
  return QUANTITY_TAKERS.has(tokens[i]!.key) && !(tokens[i]!.key === 'use' && i > 0 && BE.has(tokens[i - 1]!.key));
}
/** Words that take "less" as a quantity: "use less", "worth less", "cost less", "need less". */
const QUANTITY_TAKERS = new Set(['use', 'uses', 'used', 'using', 'worth', 'cost', 'costs', 'need', 'needs', 'mean', 'means', 'earn', 'earns', 'pay', 'pays', 'do', 'does', 'much', 'far', 'no']);

/** Words never joined to a neighbour across a space (not "it", "at": "sh it", "tw at" are evasions). */
const JOIN_STOP = new Set(['a', 'i', 'an', 'or', 'of', 'to', 'the', 'and', 'in', 'on']);

/** One character that spells a letter: a letter, or a leet digit ("s h 1 t"). */
function isSpelledUnit(t: Token): boolean {
  return t.key.length === 1 && (t.wordLike || SPELLED_DIGITS.has(t.key));
}

/** Original-text span of a hit on token i. */
export function hitSpan(a: Analysis, i: number, hit: Hit): { start: number; end: number } {
  const t = a.tokens[i]!;
  return originalSpan(a.norm, t.ns + hit.rs, hit.re < 0 ? t.ne : t.ns + hit.re);
}

export function hasList(hits: readonly Hit[], list: ListName): Hit | undefined {
  return hits.find((h) => h.entry.list === list);
}

/** Written in capitals ("REST IN PUSSY"): the capital says nothing of a name. */
function shouted(a: Analysis, t: Token): boolean {
  const { start, end } = originalSpan(a.norm, t.ns, t.ne);
  const written = a.original.slice(start, end);
  return end - start > 1 && written === written.toUpperCase();
}

/** Small words inside names ("van", "de", "al-"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter', 'ten']);

/** Titles written before a name, often with a dot ("Mr.", "Dr.", "Sen."). */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'rev', 'fr', 'sir', 'hon', 'pres', 'supt', 'insp']);

/** Address and person words are not names: "You Dick" is said to someone. */
const NOT_NAMES = new Set([
  'you', 'your', 'youre', 'u', 'ur', 'i', 'im', 'my', 'he', 'she', 'his', 'her', 'they', 'what', 'hey', 'oh',
  // Round 14 (allow11): words that finish a swear phrase written in title case, not a surname ("Phuc Off", "Dick Head").
  'off', 'yeah', 'yea', 'this', 'that', 'it', 'me', 'him', 'them', 'yourself', 'head', 'face',
]);

/** One letter, then digits: the shape of a road, model or part number ("A55", "M25", "B52"). */
const CODE_SHAPE = /^[a-z][0-9]{2,}$/;
/** Words before a body part: "kiss my A55" is leet even with a capital. */
const OWNERS = new Set(['my', 'your', 'ur', 'yer', 'his', 'her', 'their', 'our', 'you', 'u', 'ya', 'yo']);

/**
 * "the A55 expressway", "order A55-1337": a capital letter and digits read as leet ("A55" as "ass") is
 * a road, model or part number, unless the text around it is shouted ("KISS MY A55") or it belongs to
 * someone ("your A55"). Written small ("a55"), it is leet.
 */
export function isCode(a: Analysis, i: number, how: string): boolean {
  const t = a.tokens[i]!;
  if (!t.capitalised) return false;
  if (how === 'exact' && namedCode(a, i)) return true;
  let next = a.tokens[i + 1];
  // "part FCK-2201", "the ASS-200 valve": a word in capitals joined by a hyphen to a number is a part or model number.
  const numbered = (how === 'exact' || how === 'leet') && next !== undefined && next.hyphenated && PART_NUMBER.test(next.raw) && PART_LETTERS.test(t.raw) && shouted(a, t);
  if (numbered) next = a.tokens[i + 2];
  else if (how !== 'leet' || !CODE_SHAPE.test(t.raw)) return false;
  const prev = i > 0 ? a.tokens[i - 1] : undefined;
  if (prev !== undefined && prev.sentence === t.sentence && (OWNERS.has(prev.key) || (prev.wordLike && shouted(a, prev)))) return false;
  return next === undefined || next.sentence !== t.sentence || !next.wordLike || !shouted(a, next);
}

/** Words written before an airport code or a ticker symbol: "the ticker SUX", "NYSE: SUX", "Fukuoka airport FUK". */
const CODE_NOUNS = new Set(['ticker', 'symbol', 'nyse', 'nasdaq', 'airport', 'flight', 'flights', 'code']);
/** Small words between two airport codes: "from EVN to FUK", "LHR via FUK". */
const ROUTE_WORDS = new Set(['to', 'from', 'via']);
/** Words after which a capitalised code is said to someone after all: "FUK YOU", "SUX OFF". */
const SAID_TO = new Set(['you', 'u', 'ya', 'off', 'yourself', 'urself']);

/**
 * "Flights from EVN to FUK", "Fukuoka (FUK)", "the ticker SUX fell 3%", "NYSE: SUX": a three-letter word in
 * capitals that an airport code or a ticker symbol is written as, after a code noun, in brackets after a
 * capitalised name, or joined by a small "to", "from" or "via" to another three-letter code. "FUK YOU", "what
 * the FUK", "this SUX" have none of these and stay the swearing.
 */
function namedCode(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.raw.length !== 3 || !shouted(a, t)) return false;
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const inSentence = (u: Token | undefined): u is Token => u !== undefined && u.sentence === t.sentence;
  if (inSentence(next) && (SAID_TO.has(next.key) || (next.wordLike && shouted(a, next) && !ROUTE_WORDS.has(next.key)))) return false;
  const code = (u: Token | undefined) => inSentence(u) && u.raw.length === 3 && u.wordLike && shouted(a, u);
  const route = (u: Token | undefined) => inSentence(u) && ROUTE_WORDS.has(u.key) && !u.capitalised;
  if ((route(prev) && code(a.tokens[i - 2])) || (route(next) && code(a.tokens[i + 2]))) return true;
  if (!inSentence(prev)) return false;
  if (CODE_NOUNS.has(prev.key)) return true;
  // "Fukuoka (FUK)": the code in brackets right after a capitalised name.
  return prev.capitalised && !NOT_NAMES.has(prev.key) && /\(\s*$/.test(a.norm.text.slice(prev.ne, t.ns)) && /^\s*\)/.test(a.norm.text.slice(t.ne));
}

/** The number of a part or model ("2201", "200"), after a hyphen. */
const PART_NUMBER = /^[0-9]{2,}$/;
/** Two or three letters (in capitals as written, checked by the caller), as a part or model number's letters are (a whole swear word, "SHIT-2020", is no code). */
const PART_LETTERS = /^[a-z]{2,3}$/;

/**
 * "Dick Cheney", "Dick Van Dyke", "Mr. Dick": a listed word that is also a name
 * (policy.lexicons.profanity.names), capitalised beside another capitalised word. The name may be the
 * token as written when the word is read through it ("Chris Pratt", read as a stretched "prat").
 */
export function isName(a: Analysis, i: number, form: string): boolean {
  const t = a.tokens[i]!;
  if ((a.names.has(form) || a.names.has(t.key)) && mailboxName(a, t)) return true;
  if (!t.capitalised || !(a.names.has(form) || a.names.has(t.key)) || shouted(a, t)) return false;
  const prev = i > 0 ? a.tokens[i - 1] : undefined;
  const next = a.tokens[i + 1];
  const nameLike = (p: Token | undefined) => p !== undefined && p.capitalised && p.sentence === t.sentence && !NOT_NAMES.has(p.key);
  // "Anthony van Dyck", "Dick van Dyke": a small name particle between two parts of a name.
  const across = (p: Token | undefined, q: Token | undefined) => p !== undefined && !p.capitalised && PARTICLES.has(p.key) && p.sentence === t.sentence && nameLike(q);
  if (across(prev, a.tokens[i - 2]) || across(next, a.tokens[i + 2])) return true;
  // An initial or a title before it ("Philip K. Dick", "Mr. Dick") ended a sentence with its dot, but
  // it is part of the name.
  const initial =
    prev !== undefined && prev.capitalised && prev.sentence === t.sentence - 1 && ((prev.key.length === 1 && !NOT_NAMES.has(prev.key)) || TITLES.has(prev.key));
  if ((nameLike(next) && !next!.clauseBreak) || (nameLike(prev) && !t.clauseBreak) || initial) return true;
  // "my neighbour Dick", "our uncle Dick": a relation of the writer's, named after the noun.
  const owner = a.tokens[i - 2];
  if (prev !== undefined && owner !== undefined && !t.clauseBreak && !prev.clauseBreak && prev.sentence === t.sentence && owner.sentence === t.sentence && KIN.has(prev.key) && KIN_OWNERS.has(owner.key)) return true;
  // Round 15 (allow21): "a man called Dick", "she was christened Fanny": the name a naming verb gives.
  if (prev !== undefined && prev.sentence === t.sentence && !t.clauseBreak && NAMING.has(prev.key)) return true;
  // Round 15 (allow21): "my uncles were Peter, Dick and Randy", "Names like Dick, Randy and Gaylord": one of a list of names.
  if (amongNames(a, i)) return true;
  if (givenNameMet(a, i)) return true;
  // 'Richard "Dick" Whittington': a nickname in quotes between the first name and the surname.
  return nameLike(prev) && nameLike(next) && quoteBetween(a, prev!, t) && quoteBetween(a, t, next!);
}

/** Listed words that are also given names, named alone in mid-sentence (givenNameMet): not surnames or slurs ("Coons"). */
const GIVEN_NAMES = new Set(['dick', 'dicky', 'willy', 'fanny', 'randy']);
/** Verbs and prepositions that take a person met, asked or spent time with: "I met Dick", "lunch with Fanny". */
const PERSON_TAKERS = new Set([
  'met', 'meet', 'meeting', 'saw', 'seen', 'invited', 'invite', 'with', 'told', 'asked', 'thanked', 'visited', 'visiting', 'married',
  'hired', 'phoned', 'emailed', 'texted', 'introduced', 'congratulated', 'remember', 'remembered', 'missed', 'talking', 'spoke', 'speaking',
]);
/** Words after a person met: when, where and who else ("I met Dick at the conference", "invited Dick and his wife"). */
const AFTER_PERSON = new Set([
  'at', 'on', 'in', 'about', 'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next', 'this', 'and', 'for', 'again', 'too', 'when',
  'after', 'before', 'since', 'from', 'over', 'once', 'twice',
]);

/**
 * Round 16 (allow22): "I met Dick at the conference", "we had lunch with Dick on Friday", "have you met Dick?": a
 * given name (GIVEN_NAMES), capitalised in mid-sentence right after a lowercase verb or preposition that takes a
 * person (PERSON_TAKERS; "talking to Dick" through "talking"), closing its clause or followed by when, where or
 * "and". Not after an article, a possessive or "you" ("suck my Dick", "with a Dick like you").
 */
function givenNameMet(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!GIVEN_NAMES.has(t.key) || t.clauseBreak) return false;
  let prev = a.tokens[i - 1];
  if (prev !== undefined && prev.key === 'to' && !prev.capitalised && prev.sentence === t.sentence && !prev.clauseBreak) prev = a.tokens[i - 2];
  if (prev === undefined || prev.sentence !== t.sentence || prev.capitalised || !PERSON_TAKERS.has(prev.key)) return false;
  const next = a.tokens[i + 1];
  return next === undefined || next.sentence !== t.sentence || next.clauseBreak || (!next.capitalised && AFTER_PERSON.has(next.key));
}

/** Verbs and participles that give a name: "a man called Dick", "christened Fanny", "a town once named Dildo". */
const NAMING = new Set(['called', 'named', 'renamed', 'christened', 'nicknamed', 'dubbed', 'baptised', 'baptized']);
/** Words that join the last name of a list: "Peter, Dick and Randy". */
const LIST_JOINERS = new Set(['and', 'or']);
/** Words before a list that make its first word an insult said to someone: "you Dick and ...", "a Dick and ...". */
const LIST_SPOILERS = new Set(['a', 'an', 'such', 'total', 'absolute', 'complete', 'utter', 'big', 'massive', 'fucking', 'little']);
/** The most names of a list looked at on either side: bounded, so every hit costs a few steps. */
const LIST_REACH = 6;

/**
 * "Dick, Fanny and Willy were ordinary names", "my uncles were Peter, Dick and Randy": the token at i is one
 * of a list of single capitalised words joined by commas and a final "and"/"or", three or more, or two joined
 * by "and"/"or" when the other is capitalised in mid-sentence ("Dick and Randy were there"). Not after an article
 * or "you" ("you're a Dick, Peter", "you Dick and your mates"), and not a word said to someone (NOT_NAMES).
 */
function amongNames(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const member = (k: number) => {
    const u = tokens[k];
    // A listed word that is no name spoils the list: "Dick, Cock and Prick", "Cock and Balls".
    return u !== undefined && u.sentence === t.sentence && u.capitalised && u.wordLike && !NOT_NAMES.has(u.key) && !LIST_JOINERS.has(u.key) && !shouted(a, u) && (a.hits[k]!.length === 0 || a.names.has(u.key));
  };
  const comma = (p: Token, q: Token) => /^\s*,\s*$/.test(a.norm.text.slice(p.ne, q.ns));
  const plain = (p: Token, q: Token) => /^\s+$/.test(a.norm.text.slice(p.ne, q.ns));
  if (!member(i)) return false;
  let count = 1;
  let joined = false;
  // Leftwards: ", Name" or "Name and".
  let first = i;
  for (let step = 0; step < LIST_REACH; step++) {
    const cur = tokens[first]!;
    const p = tokens[first - 1];
    if (p === undefined || p.sentence !== t.sentence) break;
    if (comma(p, cur) && member(first - 1)) first -= 1;
    else if (LIST_JOINERS.has(p.key) && !p.capitalised && plain(p, cur) && member(first - 2) && (plain(tokens[first - 2]!, p) || comma(tokens[first - 2]!, p))) {
      first -= 2;
      joined = true;
    } else break;
    count++;
  }
  let last = i;
  for (let step = 0; step < LIST_REACH; step++) {
    const cur = tokens[last]!;
    const n = tokens[last + 1];
    if (n === undefined || n.sentence !== t.sentence) break;
    if (comma(cur, n) && member(last + 1)) last += 1;
    else if (LIST_JOINERS.has(n.key) && !n.capitalised && (plain(cur, n) || comma(cur, n)) && member(last + 2) && plain(n, tokens[last + 2]!)) {
      last += 2;
      joined = true;
    } else break;
    count++;
  }
  if (count < 2 || !joined) return false;
  // The list stands in mid-sentence: a word of the sentence before its first name.
  const inside = first > 0 && tokens[first - 1]!.sentence === t.sentence;
  // Two names: the other one a listed name too ("Dick and Fanny"), or both in mid-sentence ("I saw Dick and Jane").
  const other = first === i ? last : first;
  if (count === 2 && !a.names.has(tokens[other]!.key) && !inside) return false;
  // A list joined straight on to another capitalised word is a longer name ("Dick, Kerr Ladies"), not a list of
  // names; nor is a list opened by an article or "you".
  const before = tokens[first - 1];
  if (before !== undefined && before.sentence === t.sentence && (LIST_SPOILERS.has(before.key) || NOT_NAMES.has(before.key))) return false;
  return true;
}

/** Small words inside a title between its capitalised words: "Dumb and Dumber", "Ship of Fools", "Freak on a Leash". */
const TITLE_LINKS = new Set(['and', 'of', 'the', 'on', 'in', 'for', 'a', 'an', 'to', 'from', 'at', 'with', 'or']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Capitalised words that start an address or a greeting, never a title: "You Idiot", "Hey Moron", "Dear Fool". */
const NOT_TITLE_WORDS = new Set([...NOT_NAMES, 'mr', 'mrs', 'ms', 'sir', 'dear', 'hi', 'hello', 'go', 'shut', 'get', 'stop', 'thanks', 'thank', 'ya', 'yo', 'mate', 'dude', 'bro']);

/**
 * Is the listed word at i a word of a title or a name written in title case, not a word said of anyone:
 * "The Jerk", "An Idiot Abroad", "Only Fools and Horses", "Dumb and Dumber", "Cooking for Dummies",
 * "Hitchcock's Psycho", "the Cobblers won 2-0" (Round 15, allow19)? The word is capitalised (not shouted) and
 * either follows an article ("The Idiot"; a lower-case "the" only inside the sentence: "the Toffees"), or a
 * name's possessive ("Beck's Loser"), or stands inside a run of capitalised words that is not led by the word
 * itself, or holds a small linking word ("Ship of Fools"). A run led by the word ("Crazy Bernie", "Idiot
 * Trump") is a nickname said of someone and stays name-calling; so does a sentence written all in title case
 * ("You Are An Idiot"), and a run whose only other capital opens the sentence ("Thanks to Idiots like you").
 * Bounded: at most four words either side.
 */
export function inTitle(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!t.capitalised || !t.wordLike || t.mention || shouted(a, t)) return false;
  const s = t.sentence;
  const initial = (k: number) => k === 0 || a.tokens[k - 1]!.sentence !== s;
  const word = (k: number) => {
    const p = a.tokens[k];
    return p !== undefined && p.sentence === s && p.capitalised && p.wordLike && !p.mention && !NOT_TITLE_WORDS.has(p.key) && !shouted(a, p);
  };
  if (titleCased(a, i) || readerLater(a, i) || readerIs(a, i)) return false;
  const prev = a.tokens[i - 1];
  const joinedPrev = prev !== undefined && prev.sentence === s && !t.clauseBreak;
  // "The Idiot", "An Idiot Abroad", "watched The Jerk"; "the Cobblers", "the Dirtbags" inside the sentence.
  const nextWord = word(i + 1) && !a.tokens[i + 1]!.clauseBreak;
  if (joinedPrev && (prev.capitalised ? ARTICLES.has(prev.key) : prev.key === 'the' && !initial(i - 1) && !nextWord && !possessive(a, t))) {
    if (!readerNear(a, i) && !listedBeside(a, i)) return true;
  }
  // "Hitchcock's Psycho", "Beck's Loser": a name's possessive before the capitalised word.
  if (joinedPrev && word(i - 1) && possessive(a, prev)) return true;
  // The run of capitalised words (through small linking words) around the word.
  let first = i;
  let last = i;
  let linked = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== s || a.tokens[k + 1]!.clauseBreak) break;
    if (word(k)) first = k;
    else if (!(TITLE_LINKS.has(p.key) && !p.capitalised && word(k - 1))) break;
  }
  for (let k = i + 1; k < a.tokens.length && k <= i + 4; k++) {
    const p = a.tokens[k]!;
    if (p.sentence !== s || p.clauseBreak) break;
    if (word(k)) last = k;
    else if (!(TITLE_LINKS.has(p.key) && !p.capitalised && word(k + 1))) break;
  }
  if (first === last) return false;
  for (let k = first + 1; k < last; k++) if (!a.tokens[k]!.capitalised) linked = true;
  // "Another Fraud Senator", "Self-Hating Freaks", "Fools and Tools": a person, a group or another insult in the run
  // is someone named, not a title (the same word again is: "Dumb and Dumber").
  for (let k = first; k <= last; k++) if (k !== i && (PERSONS.has(a.tokens[k]!.key) || a.hits[k]!.some((h) => h.entry.list !== 'profanity' && !sameTerm(a, i, h.entry.term)))) return false;
  // "Liberals make America Sicker": an adjective closing the run says something of the words before it.
  if (last === i && !linked && a.hits[i]!.some((h) => h.entry.list === 'insultAdj')) return false;
  // Another capital in the run that does not open the sentence: a capital after the first word is chosen.
  let chosen = 0;
  for (let k = first; k <= last; k++) if (k !== i && a.tokens[k]!.capitalised && !initial(k)) chosen++;
  if (chosen === 0 && initial(first) && !(initial(i) && linked)) return false;
  return linked || first < i;
}

/** Most words around i (twelve either side, in its sentence) are capitalised: title case, where a capital chooses nothing. */
function titleCased(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  let words = 0;
  let caps = 0;
  for (let k = Math.max(0, i - 12); k < a.tokens.length && k <= i + 12; k++) {
    const p = a.tokens[k]!;
    if (p.sentence !== s || !p.wordLike) continue;
    words++;
    if (p.capitalised) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

/** People a run of capitals may name: "Fraud Senator", "Moron President". */
const PERSONS = new Set(['senator', 'president', 'minister', 'mayor', 'governor', 'congressman', 'candidate', 'leader', 'man', 'woman', 'guy', 'people', 'party', 'member', 'members', 'self', 'hating']);

/** A word of the run names the same listed term as the word at i ("Dumb and Dumber"). */
function sameTerm(a: Analysis, i: number, term: string): boolean {
  return a.hits[i]!.some((h) => h.entry.term === term);
}

/** Another listed word (not profanity) right beside i: "the Moron Liberals". */
function listedBeside(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (const k of [i - 2, i + 1]) {
    const p = a.tokens[k];
    if (p !== undefined && p.sentence === s && a.hits[k]!.some((h) => h.entry.list !== 'profanity' && !sameTerm(a, i, h.entry.term))) return true;
  }
  return false;
}

/**
 * "A Confederacy of Dunces, and you're the president of it", "Enjoy Dumb and Dumber, it's about you": the reader
 * named after a comma later in the sentence turns the title on them (twelve words on at most).
 */
function readerLater(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  let broke = false;
  for (let k = i + 1; k < a.tokens.length && k <= i + 12 && a.tokens[k]!.sentence === s; k++) {
    if (a.tokens[k]!.clauseBreak) broke = true;
    if (broke && readerWord(a.tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * "You could be the lead in Dumb and Dumber", "you and your friends are the Three Stooges": the reader is the subject
 * of a "be" before the title (eight words back at most), so the title is said of them.
 */
function readerIs(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 8 && a.tokens[k]!.sentence === s; k--) {
    const key = a.tokens[k]!.key;
    if (key === 'youre' || key === 'ur') return true;
    if (!BE.has(key)) continue;
    for (let m = k - 1; m >= 0 && m >= k - 5 && a.tokens[m]!.sentence === s; m--) {
      const who = a.tokens[m]!.key;
      if (who === 'you' || who === 'u') return true;
    }
  }
  return false;
}

/** "you", "your" or "u" within three words after i in its sentence: "the Idiot you are". */
function readerNear(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length && k <= i + 3 && a.tokens[k]!.sentence === s; k++) if (readerWord(a.tokens[k]!.key)) return true;
  return false;
}

/** "you", "your" and their spellings (lexicon's SECOND_PERSON and SECOND_POSSESSIVE). */
function readerWord(key: string): boolean {
  return SECOND_PERSON.has(key) || SECOND_POSSESSIVE.has(key);
}

/** The token is written with a possessive "'s" (or a plural's "s'"). */
function possessive(a: Analysis, p: Token): boolean {
  const { start, end } = originalSpan(a.norm, p.ns, p.ne);
  const around = a.original.slice(Math.max(start, end - 2), Math.min(a.original.length, end + 2));
  return /['\u2019]s|s['\u2019]/i.test(around);
}

/**
 * "dick.vartanian@asbarez.com", "randy_lee@mail.am": the first name of an e-mail address's "first.last" mailbox,
 * in any case. The word must open the address and a dot or an underscore and the surname follow it; the scan
 * stops at 64 characters, the longest mailbox. "bigdick69@gmail.com" is no such name, nor "dick.head@..." (the two
 * parts are a listed word).
 */
function mailboxName(a: Analysis, t: Token): boolean {
  const text = a.norm.text;
  const before = t.ns > 0 ? text.charCodeAt(t.ns - 1) : 32;
  if (!(before === 32 || before === 10 || before === 58 || before === 60 || before === 40)) return false;
  const sep = text.charCodeAt(t.ne);
  if (sep !== 46 && sep !== 95) return false;
  const m = MAILBOX_REST.exec(text.slice(t.ne + 1, t.ne + 66));
  return m !== null && a.lexicon.lookupKey(t.key + m[1]!) === undefined;
}
/** The rest of a mailbox after the first name's dot: a surname, then "@" and a domain with a dot. */
const MAILBOX_REST = /^([a-z]+)[a-z0-9._'-]{0,60}@[a-z0-9-]+\./;

/** Relations named by their first name after the noun: "my neighbour Dick", "our cousin Fanny". */
const KIN = new Set([
  'neighbour', 'neighbor', 'friend', 'uncle', 'aunt', 'auntie', 'cousin', 'brother', 'sister', 'nephew', 'niece', 'grandad', 'granddad',
  'grandpa', 'grandfather', 'grandma', 'grandmother', 'dad', 'father', 'son', 'daughter', 'husband', 'wife', 'colleague', 'landlord',
]);
/** The writer's or a third person's possessive before the relation ("your neighbour Dick" may be said to the reader). */
const KIN_OWNERS = new Set(['my', 'our', 'his', 'her', 'their']);

/** A quotation mark, straight or curly, in the separators between tokens p and q. */
function quoteBetween(a: Analysis, p: Token, q: Token): boolean {
  return /["\u201c\u201d]/.test(a.norm.text.slice(p.ne, q.ns));
}

/** Words that join a clause naming a place to the one before ("..., and Twatt is a hamlet too"). */
const JOINING = new Set(['and', 'but', 'while']);

/** Nouns of a named place: "the village of Fucking", "a hamlet called Twatt", "The Wank is a mountain". */
const PLACE_NOUNS = new Set([
  'village', 'town', 'hamlet', 'city', 'parish', 'county', 'borough', 'municipality', 'commune', 'mountain', 'river', 'lake', 'island', 'valley', 'suburb',
  // Round 16 (allow22): "Twatt is a small settlement in Orkney".
  'settlement',
]);

/** Capitalised words that open a place's name: "Mount Buggery", "Lake Titicaca", "Cape Cod", "Fort Worth". */
const PLACE_TITLES = new Set(['mount', 'lake', 'cape', 'port', 'fort', 'loch', 'glen', 'point', 'isle', 'bay']);

/** "Mount Buggery is a peak in Victoria": the word right after a capitalised place title is the place's name. */
function titledPlace(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  return prev !== undefined && prev.capitalised && prev.sentence === t.sentence && !t.clauseBreak && PLACE_TITLES.has(prev.key) && !shouted(a, prev);
}

/** Capitalised nouns that close the name of a street or a landmark: "Butthole Lane", "Dicky Beach", "Pissing Mare Falls". */
const STREET_NOUNS = new Set([
  'lane', 'street', 'road', 'avenue', 'crescent', 'close', 'drive', 'alley', 'row', 'terrace', 'corner', 'falls', 'beach', 'creek', 'park',
  'square', 'bridge', 'station', 'airport',
]);

/** Words that may follow a street's name in running text: "Butthole Lane in Shepshed", "Wankers Corner is a junction". */
const AFTER_STREET = new Set([
  'is', 'was', 'has', 'had', 'in', 'on', 'at', 'near', 'by', 'of', 'for', 'to', 'from', 'with', 'and', 'or', 'where', 'which', 'that', 'voted',
]);

/**
 * "The residents of Butthole Lane voted", "Wankers Corner is a junction", "Pissing Mare Falls is in Gros Morne": the
 * word opens a name of up to three capitalised words closed by a street or landmark noun, and the name ends its
 * clause or is followed by a verb or preposition of running text. A shouted or lowercase noun, a comma between,
 * or a noun run on after it is not a street's name ("Shit, Road closed", "Another Fucking Bridge closure",
 * "Shit Road Conditions Again").
 */
function streetName(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (joinedLandmark(a, i)) {
    return placeSlot(a, i) && landmarkRunsOn(a, i + 1, t.sentence);
  }
  for (let m = i + 1; m < a.tokens.length && m <= i + 3; m++) {
    const n = a.tokens[m]!;
    const key = n.key;
    if (n.sentence !== t.sentence || n.clauseBreak || !n.capitalised || shouted(a, n) || NOT_NAMES.has(key)) return false;
    const after = a.tokens[m + 1];
    // "Wankers Corner Road": the name's last noun closes it.
    const runsOn = after !== undefined && after.sentence === t.sentence && !after.clauseBreak && after.capitalised && STREET_NOUNS.has(after.key);
    // "Shitlington Crags on the Pennine Way", "Bell End in Rowley Regis": a landmark noun closes a name only with
    // running text after it, and only where a place can stand ("You absolute Bell End." is no place).
    if (LANDMARK_NOUNS.has(key) && !runsOn) return placeSlot(a, i) && landmarkRunsOn(a, m + 1, t.sentence);
    if (!STREET_NOUNS.has(key) || runsOn) continue;
    return after === undefined || after.sentence !== t.sentence || after.clauseBreak || AFTER_STREET.has(after.key);
  }
  return false;
}

/**
 * Capitalised nouns that close the name of a hill, a moor or a hamlet in British place names ("Shitlington Crags",
 * "Bell End", "Nob End", "Pratts Bottom"), which are also everyday words: they count only before a verb or a
 * preposition of running text (Round 15).
 */
const LANDMARK_NOUNS = new Set(['end', 'bottom', 'crag', 'crags', 'hill', 'hills', 'moor', 'fell', 'common', 'heath', 'green', 'gorge', 'wood', 'woods', 'cross']);

/** The running text after a landmark's name: a verb or a preposition ("Bell End in Rowley Regis", "Nob End has orchids"); not "is" ("Bell End is what you are"). */
const AFTER_LANDMARK = new Set(['has', 'had', 'in', 'on', 'at', 'near', 'by', 'of', 'for', 'from', 'to', 'where', 'voted']);

/** "Bell End" read as one word ("bellend"): its written last part is a capitalised landmark noun. */
function joinedLandmark(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const { start, end } = originalSpan(a.norm, t.ns, t.ne);
  const written = a.original.slice(start, end);
  const space = written.lastIndexOf(' ');
  if (space <= 0 || space + 1 >= written.length) return false;
  const last = written.slice(space + 1);
  return last.charCodeAt(0) >= 65 && last.charCodeAt(0) <= 90 && last !== last.toUpperCase() && LANDMARK_NOUNS.has(last.toLowerCase());
}

/**
 * The running text after a landmark's name, at j: a verb or a preposition ("Bell End in Rowley Regis"), or "is a"
 * and a description with no listed word in its next three words ("Shitlington Crags is a sandstone outcrop";
 * not "Bell End is what you are", "Bell End is a complete wanker").
 */
function landmarkRunsOn(a: Analysis, j: number, sentence: number): boolean {
  const after = a.tokens[j];
  if (after === undefined || after.sentence !== sentence || after.clauseBreak) return false;
  if (AFTER_LANDMARK.has(after.key)) return true;
  const art = a.tokens[j + 1];
  if (!IS_WAS.has(after.key) || art === undefined || art.sentence !== sentence || (art.key !== 'a' && art.key !== 'an')) return false;
  for (let k = j + 2; k < a.tokens.length && k <= j + 4 && a.tokens[k]!.sentence === sentence; k++) if (a.hits[k]!.length > 0) return false;
  return true;
}

/** Words before a place's name mid-sentence: a preposition of place or way, or "the" ("walked up to Shitlington Crags"). */
const BEFORE_PLACE = new Set(['in', 'from', 'near', 'outside', 'to', 'at', 'on', 'of', 'the', 'via', 'past', 'through', 'over', 'up', 'around', 'by', 'towards']);

/** Token i opens its sentence or clause, or comes after a preposition of place ("to Nob End"), not after "a" or "you". */
function placeSlot(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  return prev === undefined || prev.sentence !== t.sentence || t.clauseBreak || (!prev.capitalised && BEFORE_PLACE.has(prev.key));
}

/**
 * "took the bus from Twatt to Stromness", "the road between Fucking and Salzburg": the two ends of a route, both
 * capitalised, after "from ... to" or "between ... and" (Round 15).
 */
function routeEnd(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const at = (k: number) => {
    const p = a.tokens[k];
    return p !== undefined && p.sentence === t.sentence && !p.clauseBreak ? p : undefined;
  };
  const end = (k: number) => {
    const p = at(k);
    return p !== undefined && p.capitalised && p.wordLike && !p.mention && !shouted(a, p) && !NOT_NAMES.has(p.key);
  };
  const link = (open: string, join: string) =>
    (at(i - 1)?.key === open && !at(i - 1)!.capitalised && !t.clauseBreak && at(i + 1)?.key === join && end(i + 2)) ||
    (at(i - 1)?.key === join && !t.clauseBreak && end(i - 2) && at(i - 3)?.key === open && !at(i - 2)!.clauseBreak && !at(i - 1)!.clauseBreak);
  return link('from', 'to') || link('between', 'and');
}

/** Words after a place noun that heads the subject: "the village of ...", "the town was once called ...". */
const PLACE_FOLLOWERS = new Set(['of', 'in', 'near', 'on', 'at', 'was', 'is', 'once', 'that', 'which', 'formerly', 'originally', 'previously', 'used', 'called', 'named', 'renamed']);

/** Endings of a made-up place named after the listed word ("welcome to Fuckville", "back to Shitsville"). */
const MOCK_PLACE = /(?:ville|town|land|city|burg|stan|hole|hell)$/;

/** Words after a place's name that close the place: when, how long, and the prepositions of travel. */
const AFTER_PLACE = new Set(['for', 'tomorrow', 'today', 'tonight', 'yesterday', 'last', 'next', 'this', 'every', 'since', 'until', 'on', 'in', 'at', 'and', 'with', 'to', 'from', 'by', 'near', 'where']);

/**
 * "We stayed in Wankum for a week", "I'm driving to Twatt tomorrow": a capitalised word after a preposition of
 * place that only holds a listed word inside it or stretched ("Twatt"), closing its clause or followed by when or
 * where (Round 15). The listed word as written ("in Fucking hell") and a made-up place ("welcome to Fuckville")
 * are not this.
 */
function placeHidingWord(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  if (prev === undefined || prev.capitalised || prev.sentence !== t.sentence || t.clauseBreak || !PLACE_PREPOSITIONS.has(prev.key)) return false;
  if (!hidesWord(a, i)) return false;
  const next = a.tokens[i + 1];
  return next === undefined || next.sentence !== t.sentence || next.clauseBreak || AFTER_PLACE.has(next.key);
}

/** Token i only holds a listed word inside it or stretched by its last letter ("Wankum", "Twatt"), and is no made-up place. */
function hidesWord(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.mention || !t.wordLike || MOCK_PLACE.test(t.key)) return false;
  let listed = false;
  for (const h of a.hits[i]!) {
    if (h.entry.list !== 'profanity' && h.entry.list !== 'insultNoun') continue;
    // Stretched only by its last letter doubled ("Twatt"), not drawled ("Fuuuck").
    if (h.how !== 'embedded' && !(h.how === 'repeated' && t.key === t.squeezed + t.key.charAt(t.key.length - 1))) return false;
    listed = true;
  }
  return listed;
}

/**
 * Round 16 (allow22): "There is also a Twatt in Shetland", "Twatt in Orkney has a kirk": a capitalised name that
 * only hides a listed word (hidesWord), followed by "in" and a known region (REGIONS). Not after "you"
 * ("you Twatt in Essex").
 */
function hidingInRegion(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const region = a.tokens[i + 2];
  if (prev !== undefined && prev.sentence === t.sentence && SECOND_PERSON.has(prev.key)) return false;
  if (next === undefined || next.key !== 'in' || next.sentence !== t.sentence || next.clauseBreak || !hidesWord(a, i)) return false;
  return region !== undefined && region.sentence === t.sentence && !region.clauseBreak && region.capitalised && !shouted(a, region) && REGIONS.has(region.key);
}

/**
 * "The village of Fugging in Austria was called Fucking until 2021": a capitalised word given as a name, with a
 * place noun earlier in its clause (at most ten words back) that the name belongs to (Round 15).
 */
function namedPlace(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const verb = a.tokens[i - 1];
  if (verb === undefined || verb.sentence !== t.sentence || t.clauseBreak || !NAMING.has(verb.key)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 11; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    // The place noun heads the subject ("the village of Fugging", "the town was"), not a noun after it ("the town mayor").
    if (PLACE_NOUNS.has(p.key)) return PLACE_FOLLOWERS.has(a.tokens[k + 1]!.key);
    if (p.clauseBreak) return false;
  }
  return false;
}

/**
 * "Greetings from Fucking, the Austrian village that renamed itself": the name followed, after a comma, by
 * "the" or "a", at most two more words, and a place noun that the name is put beside.
 */
function placeInApposition(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const art = a.tokens[i + 1];
  if (art === undefined || art.sentence !== t.sentence || !art.clauseBreak || (art.key !== 'the' && art.key !== 'a' && art.key !== 'an')) return false;
  for (let m = i + 2; m < a.tokens.length && m <= i + 4; m++) {
    const n = a.tokens[m]!;
    if (n.sentence !== t.sentence || n.clauseBreak) return false;
    if (PLACE_NOUNS.has(n.key)) return true;
  }
  return false;
}

/** Prepositions before a place as where someone lives, comes from or goes: "grew up in Dildo, Newfoundland". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'outside', 'to']);

/**
 * "I grew up in Dildo, Newfoundland, and ...", "she is from Twatt, Orkney.": a capitalised word after a
 * preposition of place, followed after a comma by one capitalised word (its region or country) that closes
 * the clause, as addresses are written. A capitalised word mid-sentence with no such region ("in Fucking
 * hell") is not this.
 */
function placeWithRegion(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  const region = a.tokens[i + 1];
  const after = a.tokens[i + 2];
  if (prev === undefined || prev.capitalised || prev.sentence !== t.sentence || t.clauseBreak || !PLACE_PREPOSITIONS.has(prev.key)) return false;
  if (region === undefined || region.sentence !== t.sentence || !region.clauseBreak || !region.capitalised || !region.wordLike || shouted(a, region)) return false;
  return after === undefined || after.sentence !== t.sentence || after.clauseBreak;
}

/**
 * Round 15 (allow21): "the Pig and Whistle is closing", "we met at the Cock and Bottle", "the Fox and Pig": a pub's
 * (or an inn's) name of two capitalised words joined by "and" after "the". Both words capitalised in mid-name; a
 * lowercase or shouted word, or a comma between, is no such name ("the pig and his mates").
 */
function signName(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const cap = (u: Token | undefined, after: Token) => u !== undefined && u.sentence === t.sentence && u.capitalised && u.wordLike && !u.clauseBreak && !shouted(a, u) && !NOT_NAMES.has(u.key) && u.ns > after.ns;
  const and = (u: Token | undefined) => u !== undefined && u.sentence === t.sentence && u.key === 'and' && !u.capitalised && !u.clauseBreak;
  const the = (u: Token | undefined) => u !== undefined && u.sentence === t.sentence && u.key === 'the';
  if (t.clauseBreak) return false;
  const p1 = a.tokens[i - 1];
  const p2 = a.tokens[i - 2];
  if (the(p1) && and(a.tokens[i + 1]) && cap(a.tokens[i + 2], t)) return true;
  return and(p1) && p2 !== undefined && the(a.tokens[i - 3]) && cap(p2, a.tokens[i - 3]!);
}

/** Oaths that open a sentence before a comma ("Shit, ...", "Fuck, ..."), never read as a place before a region. */
const OATHS = new Set([
  'fuck', 'fck', 'fuk', 'shit', 'shite', 'sht', 'crap', 'damn', 'dammit', 'hell', 'bollocks', 'bugger', 'christ', 'jesus', 'god', 'wtf', 'ffs',
  'bloody', 'piss', 'arse', 'ass', 'balls', 'cunt', 'bastard',
]);

/** Regions written after a place's name and a comma: states, provinces, nations and counties. */
const REGIONS = new Set([
  // the United States ("georgia" is the nation too)
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming',
  // Canada and Australia
  'alberta', 'manitoba', 'ontario', 'quebec', 'saskatchewan', 'newfoundland', 'labrador', 'yukon', 'nunavut', 'queensland', 'victoria', 'tasmania',
  // the British Isles
  'england', 'scotland', 'wales', 'ireland', 'orkney', 'shetland', 'cornwall', 'devon', 'dorset', 'somerset', 'kent', 'essex', 'sussex',
  'surrey', 'yorkshire', 'lancashire', 'cumbria', 'norfolk', 'suffolk', 'lincolnshire', 'derbyshire', 'shropshire', 'wiltshire', 'northamptonshire',
  'donegal', 'galway', 'kerry', 'cork',
  // countries
  'austria', 'germany', 'france', 'italy', 'spain', 'portugal', 'netherlands', 'belgium', 'denmark', 'norway', 'sweden', 'finland', 'poland',
  'czechia', 'slovakia', 'hungary', 'switzerland', 'greece', 'cyprus', 'turkey', 'armenia', 'russia', 'ukraine', 'croatia', 'serbia',
  'thailand', 'vietnam', 'korea', 'japan', 'china', 'india', 'philippines', 'canada', 'australia', 'usa', 'uk',
]);

/**
 * Round 15 (allow21): "Dildo, Newfoundland has a whale festival", "Bitche, France is a garrison town": a capitalised
 * name opening its clause, then a comma and a known region (one word from REGIONS), as a place is written. Beside
 * a preposition the region may be any capitalised word (placeWithRegion); here the region must be known.
 */
function placeOfRegion(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const region = a.tokens[i + 1];
  const prev = a.tokens[i - 1];
  if (region === undefined || region.sentence !== t.sentence || !region.capitalised || shouted(a, region) || !REGIONS.has(region.key)) return false;
  // "Shit, Ohio lost again", "Fuck, Texas is hot", "Fcuk, Texas": an oath that opens the sentence is no place, nor is
  // a strong listed word as written that is no name ("Dildo" and "Dick" are; "Twatt" and "Bitche" read as one only
  // through a disguise).
  const strong = (h: Hit) => h.how === 'exact' && h.entry.severity === 'high' && !a.names.has(t.key);
  if (OATHS.has(t.key) || a.hits[i]!.some((h) => OATHS.has(h.form) || OATHS.has(h.entry.term) || strong(h))) return false;
  if (!/^\s*,\s*$/.test(a.norm.text.slice(t.ne, region.ns))) return false;
  return prev === undefined || prev.sentence !== t.sentence || (t.clauseBreak && !NOT_NAMES.has(prev.key)) || (JOINING.has(prev.key) && !NOT_NAMES.has(prev.key));
}

/**
 * "the Austrian village of Fucking", "a hamlet called Twatt", "Twatt is a hamlet on Orkney", "The Wank is a
 * mountain": a capitalised word named as a place (a village or a mountain whose name holds a listed word).
 * Only the name given to the place noun counts: "Boston is a shit city" names the place, not the word.
 */
export function isPlace(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!t.capitalised || shouted(a, t)) return false;
  const p1 = a.tokens[i - 1];
  const p2 = a.tokens[i - 2];
  if (p1 !== undefined && p2 !== undefined && !t.clauseBreak && !p1.clauseBreak && p1.sentence === t.sentence && p2.sentence === t.sentence) {
    if ((p1.key === 'of' || p1.key === 'called' || p1.key === 'named') && PLACE_NOUNS.has(p2.key)) return true;
  }
  if (titledPlace(a, i) || placeInApposition(a, i) || placeWithRegion(a, i) || streetName(a, i) || routeEnd(a, i) || namedPlace(a, i) || placeHidingWord(a, i)) return true;
  if (signName(a, i) || placeOfRegion(a, i) || hidingInRegion(a, i)) return true;
  // The name opens its sentence, alone or after "the", and is said to be a place: "X is a (small) village".
  const the = p1 !== undefined && p1.sentence === t.sentence && p1.key === 'the' && !t.clauseBreak;
  const before = the ? p2 : p1;
  const head = the ? p1! : t;
  // Or opens a clause: "..., and Dildo is a town I still want to visit".
  const joined = before !== undefined && JOINING.has(before.key) && (before.clauseBreak || a.tokens[i - (the ? 3 : 2)]?.sentence !== before.sentence);
  if (before !== undefined && before.sentence === t.sentence && !head.clauseBreak && !joined) return false;
  const be = a.tokens[i + 1];
  const art = a.tokens[i + 2];
  if (be === undefined || art === undefined || be.sentence !== t.sentence || be.clauseBreak || !IS_WAS.has(be.key)) return false;
  if (art.sentence !== t.sentence || art.clauseBreak || (art.key !== 'a' && art.key !== 'an')) return false;
  for (let m = i + 3; m < a.tokens.length && m <= i + 5; m++) {
    const n = a.tokens[m]!;
    if (n.sentence !== t.sentence || n.clauseBreak) return false;
    if (PLACE_NOUNS.has(n.key)) return true;
  }
  return false;
}
