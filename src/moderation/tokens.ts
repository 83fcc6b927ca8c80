import type { NormalisedText } from './normalise';

/**
 * Word-like tokens of the normalised text, each with the forms the lexicon looks up.
 *
 * Leetspeak is decoded only inside tokens that already contain a letter, so "2011" and "$5" stay numbers
 * while "sh1t", "a$$hole" and "@ss" read as words. Masking characters (*, #, %) inside a word are kept as
 * "*" so the lexicon can match "f*ck" and "f**k" letter for letter.
 */
export class Token {
  constructor(
    /** The token's normalised characters, e.g. "sh!t". */
    public raw: string,
    /** Lookup key: leet decoded, apostrophes removed ("sh!t" -> "shit", "you're" -> "youre"). */
    public key: string,
    /** The other reading of ambiguous leet ("1" and "!" as "l"), or null. */
    public alt: string | null,
    /** `key` with every run of one letter collapsed ("fuuuck" -> "fuck"). */
    public squeezed: string,
    /** Normalised offsets [ns, ne) (originalSpan() maps them back to the comment). */
    public ns: number,
    public ne: number,
    /** Sentence number; a new sentence starts after . ! ? ; or a line break. */
    public sentence: number,
    /**
     * What the lexicon's trie says the key may be (prefilter.ts flags: WORD, PHRASE, GROUP ...), ~0 when
     * the token is not a plain word and only a full lookup can tell. Set by analyse().
     */
    public cue: number,
    /**
     * The yes/no facts below, one bit each: a comment of 100,000 characters can have 50,000 tokens, and
     * eight fields fewer per token make them quicker to build and to collect.
     */
    private flags: number,
  ) {}

  /** The token, every field set afresh (for reuse: see TokenPool). */
  reset(raw: string, key: string, alt: string | null, squeezed: string, ns: number, ne: number, sentence: number, cue: number, flags: number): this {
    this.raw = raw;
    this.key = key;
    this.alt = alt;
    this.squeezed = squeezed;
    this.ns = ns;
    this.ne = ne;
    this.sentence = sentence;
    this.cue = cue;
    this.flags = flags;
    return this;
  }

  /** A letter is repeated three or more times in a row. */
  get longRun(): boolean {
    return (this.flags & LONG_RUN) !== 0;
  }
  /** Letters replaced by *, # or % ("f*ck"). */
  get masked(): boolean {
    return (this.flags & MASKED) !== 0;
  }
  /** Contains at least one letter (so it is a word, not a number or a symbol). */
  get wordLike(): boolean {
    return (this.flags & WORD_LIKE) !== 0;
  }
  set wordLike(yes: boolean) {
    this.flags = yes ? this.flags | WORD_LIKE : this.flags & ~WORD_LIKE;
  }
  /** "@user" style mention: a participant addressed by handle. */
  get mention(): boolean {
    return (this.flags & AT_MENTION) !== 0;
  }
  /** Starts with an upper-case letter in the original text. */
  get capitalised(): boolean {
    return (this.flags & CAPITALISED) !== 0;
  }
  /** A comma, dash, colon or bracket separates this token from the previous one in the same sentence. */
  get clauseBreak(): boolean {
    return (this.flags & CLAUSE_BREAK) !== 0;
  }
  /** The characters between the previous token and this one are exactly one space, '.', '-', '_' or '*'. */
  get tightSep(): boolean {
    return (this.flags & TIGHT_SEP) !== 0;
  }
  /** Joined to the previous token by a single hyphen ("douche-bag", "a-hole"). */
  get hyphenated(): boolean {
    return (this.flags & HYPHENATED) !== 0;
  }
}

const LONG_RUN = 1;
const MASKED = 2;
const WORD_LIKE = 4;
const AT_MENTION = 8;
const CAPITALISED = 16;
const CLAUSE_BREAK = 32;
const TIGHT_SEP = 64;
const HYPHENATED = 128;

const LEET: Record<string, string> = {
  '4': 'a', '@': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't', '+': 't',
  '|': 'l', '9': 'g', '8': 'b', '6': 'g',
};
/** The other reading of ambiguous leet: "1" and "!" may be "l"; a pipe, read "l", may be "i" ("sh|t"). */
const LEET_ALT: Record<string, string> = { '1': 'l', '!': 'l', '|': 'i' };
const MASK = new Set(['*', '#', '%']);
const LEADING_TRIM = new Uint8Array(128);
for (const ch of "!+|#%'*`@$") LEADING_TRIM[ch.charCodeAt(0)] = 1;
const TRAILING_TRIM = new Uint8Array(128);
for (const ch of "!|#%'`@") TRAILING_TRIM[ch.charCodeAt(0)] = 1;
/** "1st", "3pm", "10k", "80s", "$100B": numbers with a unit, or amounts of money, not leetspeak ("$100B" is not "slob"). */
export const NUMBER_WITH_UNIT = /^[$£€]?\d+(?:st|nd|rd|th|s|am|pm|k|m|b|bn|mn|t|tn|km|kg|mm|cm|g|x|mb|gb|hrs?|mins?|yrs?|d)$/;

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 192 && c !== 215 && c !== 247 && isUnicodeLetter(c));
}
const LETTER = /\p{L}/u;
/** 0 = not looked up yet, 1 = letter, 2 = not a letter (UTF-16 code units; surrogates are not letters). */
const LETTER_CACHE = new Uint8Array(65536);
function isUnicodeLetter(c: number): boolean {
  let v = LETTER_CACHE[c]!;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_CACHE[c] = v;
  }
  return v === 1;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** ASCII characters that may sit inside a token: letters, digits, leet and mask symbols, apostrophes. */
const ASCII_TOKEN = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_TOKEN[c] = 1;
for (let c = 48; c <= 57; c++) ASCII_TOKEN[c] = 1;
for (const ch of "@$!*+|#%'`") ASCII_TOKEN[ch.charCodeAt(0)] = 1;

function isTokenCode(c: number): boolean {
  if (c < 128) return ASCII_TOKEN[c] === 1;
  return c >= 192 && c !== 215 && c !== 247 && isUnicodeLetter(c);
}
/** Separator kinds: 1 = ends a sentence, 2 = breaks a clause (ASCII; a few non-ASCII below). */
const SEP_KIND = new Uint8Array(128);
for (const ch of '.!?;\n\r') SEP_KIND[ch.charCodeAt(0)] = 1;
for (const ch of ',:()[]"') SEP_KIND[ch.charCodeAt(0)] = 2;
function sepKind(c: number): number {
  if (c < 128) return SEP_KIND[c]!;
  if (c === 0x2026) return 1;
  if (c === 0x2013 || c === 0x2014) return 2;
  return 0;
}
const MENTION = /^@[a-z0-9_.]+$/;
/** "@" and two s-like characters: "@ss", "@55" (leet "ass"), not a handle. */
export const LEET_ASS = /^@[s5$]{2}/;
/**
 * Leet digits standing alone among spelled-out letters ("s h 1 t", "b 1 7 c h"), and what they spell;
 * the dollar sign too ("p u $ $ y"), and the at sign ("@ s s h 0 l e", counted as a digit: "@ s s" alone is no word).
 */
export const SPELLED_DIGITS: ReadonlyMap<string, readonly string[]> = new Map([
  ['0', ['o']], ['1', ['i', 'l']], ['3', ['e']], ['4', ['a']], ['5', ['s']], ['7', ['t']], ['9', ['g']], ['$', ['s']], ['@', ['a']],
]);

/**
 * Text turned upside down ("ʞɔnɟ" is "fuck" rotated): each letter as it is drawn, and the letter it is.
 * Read right to left. The letters that stay letters when turned ("o", "s", "x", "z", and "n"/"u", "p"/"d",
 * "b"/"q" swapped) are in the table too.
 */
const UPSIDE_DOWN: Record<string, string> = {
  ɐ: 'a', q: 'b', ɔ: 'c', p: 'd', ǝ: 'e', ɟ: 'f', ƃ: 'g', ɥ: 'h', ᴉ: 'i', i: 'i', ɾ: 'j', ʞ: 'k', l: 'l', ɯ: 'm',
  u: 'n', o: 'o', d: 'p', b: 'q', ɹ: 'r', s: 's', ʇ: 't', n: 'u', ʌ: 'v', ʍ: 'w', x: 'x', ʎ: 'y', z: 'z',
};
/** The letters only upside-down text uses (the prefilter sends a comment with one on). */
export const UPSIDE_DOWN_MARK = /[ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ]/;

/** The word an upside-down token spells ("ʞɔnɟ" -> "fuck"), or null when it is not upside-down text. */
export function upsideDown(key: string): string | null {
  if (!UPSIDE_DOWN_MARK.test(key)) return null;
  let out = '';
  for (let k = key.length - 1; k >= 0; k--) {
    const letter = UPSIDE_DOWN[key[k]!];
    if (letter === undefined) return null;
    out += letter;
  }
  return out;
}

/** Longest separator between loosely spelled-out letters (" - ", "..", an emoji, two emoji): analyse.ts, prefilter.ts. */
export const MAX_LOOSE_SEP = 4;

/**
 * A sign, space or symbol (an emoji's surrogates too) that may separate spelled-out letters; not a letter
 * or digit. A line break may too: one letter a line ("f\nu\nc\nk") is a word written downwards.
 */
export function isLooseSepCode(c: number): boolean {
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90));
  return (c >= 0xd800 && c <= 0xdfff) || !LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * One space, '.', '-', '_', '*' or '/' between two tokens, or a dash, middle dot, bullet or tilde of another
 * kind ("f–u–c–k", "f·u·c·k"); one line break too ("sh\nit": a word split over two lines). Shared with the
 * prefilter, which must agree with the tokeniser.
 */
export function isTightSep(c: number): boolean {
  if (c < 128) return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 126 || c === 47 || c === 10;
  return c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0xb7 || c === 0x2022;
}

export function squeeze(word: string): string {
  let doubled = false;
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1)) {
      doubled = true;
      break;
    }
  }
  if (!doubled) return word;
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

/** A letter three times or more in a row ("fuuuck"). */
export function hasLongRun(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && isLetterCode(c)) return true;
  }
  return false;
}

/**
 * A token's span [i, j) with punctuation-like symbols trimmed from the edges, keeping those that stand
 * for letters ("@ss", "$hit"). `emphasis`: the span is wrapped in asterisks ("*really*").
 */
export function trimmedStart(text: string, i: number, j: number): number {
  let s = i;
  while (s < j) {
    const ch = text.charCodeAt(s);
    const next = s + 1 < j ? text.charCodeAt(s + 1) : 0;
    if ((ch === 64 || ch === 36) && (isLetterCode(next) || isDigitCode(next))) break;
    // "$#!t", "$%!t": a "$" before a masked letter, in a word that has a letter, is its "s".
    if (ch === 36 && s === i && (next === 35 || next === 37 || next === 42) && hasLetter(text, s + 2, j)) break;
    // "@$$": leet "ass" written in signs alone.
    if (ch === 64 && next === 36 && LEET_ASS.test(text.slice(s, j))) break;
    // A "$" or "@" on its own may be a spelled-out "s" or "a" ("a $ s h o l e", "@ s s h 0 l e"; see SPELLED_DIGITS).
    if ((ch === 36 || ch === 64) && j - i === 1) break;
    // One "!" opening a word is its "i" ("!diot"); after others ("!!!you") it is punctuation.
    if (ch === 33 && s === i && isLetterCode(next)) break;
    if (ch < 128 && LEADING_TRIM[ch] === 1) s++;
    else break;
  }
  return s;
}

/** A letter in text[from, to). */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLetterCode(text.charCodeAt(k))) return true;
  return false;
}

/**
 * A "+" closing a word is its "t" after a letter ("shi+"), or after a leet letter in a word that has a
 * letter ("sh!+", "sh1+"); after digits alone ("18+", "10+") it is a plus.
 */
function plusIsT(text: string, s: number, prev: number): boolean {
  const c = text.charCodeAt(prev);
  if (isLetterCode(c)) return true;
  return c < 128 && LEET[text[prev]!] !== undefined && hasLetter(text, s, prev);
}

export function trimmedEnd(text: string, s: number, j: number, emphasis: boolean): number {
  let e = j;
  while (e > s) {
    const ch = text.charCodeAt(e - 1);
    // "n!gg@": an "@" closing a word of letters is the "a" it looks like (a handle starts with it).
    if (ch === 64 && e - 2 > s && isLetterCode(text.charCodeAt(e - 2))) break;
    // An "@" kept alone by trimmedStart is a spelled-out "a" ("@ s s h 0 l e").
    if (ch === 64 && e - s === 1) break;
    if ((ch < 128 && TRAILING_TRIM[ch] === 1) || (ch === 42 && emphasis)) e--;
    else if (ch === 43 && !(e - 2 >= s && plusIsT(text, s, e - 2))) e--;
    else break;
  }
  return e;
}

/**
 * Token objects one engine reuses from comment to comment (Lexicon.tokenPool): a comment's tokens live
 * only while it is analysed, so the next one can have them. Building and collecting up to 50,000 fresh
 * objects per comment (100,000 characters of "f u c k ") cost more than reading them.
 */
export type TokenPool = Token[];
/** Tokens kept in a pool at most (a 100,000-character comment has up to 50,000). */
const POOLED = 65_536;

/** Token number k of a comment: the pool's, set afresh, or a new one (kept in the pool if there is room). */
function tokenAt(pool: TokenPool | undefined, k: number, raw: string, key: string, alt: string | null, squeezed: string, ns: number, ne: number, sentence: number, flags: number): Token {
  const pooled = pool?.[k];
  if (pooled !== undefined) return pooled.reset(raw, key, alt, squeezed, ns, ne, sentence, ~0, flags);
  const t = new Token(raw, key, alt, squeezed, ns, ne, sentence, ~0, flags);
  if (pool !== undefined && k === pool.length && k < POOLED) pool.push(t);
  return t;
}

/** `pool`: reuse its token objects (the caller is done with the previous tokens it was given). */
export function tokenise(norm: NormalisedText, pool?: TokenPool): Token[] {
  const text = norm.text;
  const original = norm.original;
  const identity = norm.identity;
  const n = text.length;
  const tokens: Token[] = [];
  let sentence = 0;
  /** The first token of the current line. */
  let lineStart = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ASCII_TOKEN[c] !== 1 : !isTokenCode(c)) {
      i++;
      continue;
    }
    // Most tokens are plain words (a-z only): they need no trimming and no decoding, and their
    // repeated letters are seen in this same pass.
    let plain = c >= 97 && c <= 122;
    let doubled = false;
    let tripled = false;
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 97 && d <= 122) {
        if (d === c) {
          if (doubled && text.charCodeAt(j - 2) === d) tripled = true;
          doubled = true;
        }
      } else if (d < 128 ? ASCII_TOKEN[d] === 1 : isTokenCode(d)) plain = false;
      else break;
      c = d;
    }
    let s = i;
    let e = j;
    if (!plain) {
      s = trimmedStart(text, i, j);
      e = trimmedEnd(text, s, j, text.charCodeAt(i) === 42 && text.charCodeAt(j - 1) === 42);
    }
    if (s < e) {
      let sentenceEnd = false;
      let clauseBreak = false;
      /** A line break is the only sentence end before this token. */
      let lineOnly = false;
      let newLine = false;
      for (let k = prevEnd; k < s; k++) {
        const c = text.charCodeAt(k);
        const kind = sepKind(c);
        if (kind === 1) {
          if (c === 10 || c === 13) newLine = true;
          lineOnly = (c === 10 || c === 13) && (lineOnly || !sentenceEnd);
          sentenceEnd = true;
        }
        else if (kind === 2) clauseBreak = true;
        else if (c === 45 && k > prevEnd && k + 1 < s && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) clauseBreak = true;
      }
      // A short line (three words at most) that the next goes on in small letters carries on the sentence
      // ("go to\nhell", "go kill\nyourself"): a sentence broken over lines, a word or two a line, as chat
      // writes it. A capital, punctuation, or a line of prose before the break starts a new one.
      if (lineOnly && tokens.length - lineStart <= 3) {
        const o = original.charCodeAt(identity ? s : norm.start[s]!);
        if (o >= 97 && o <= 122) sentenceEnd = false;
      }
      if (newLine) lineStart = tokens.length;
      const gap = s - prevEnd;
      const tight = gap === 1 ? isTightSep(text.charCodeAt(prevEnd)) : gap === 2 && text.charCodeAt(prevEnd) === 32 && text.charCodeAt(prevEnd + 1) === 32;
      if (tokens.length > 0 && sentenceEnd) sentence++;
      const raw = text.slice(s, e);
      const forms = plain ? null : formsOf(raw);
      const first = original.charCodeAt(identity ? s : norm.start[s]!);
      const hyphenated = gap === 1 && text.charCodeAt(prevEnd) === 45 && tokens.length > 0;
      let flags = (first >= 65 && first <= 90 ? CAPITALISED : 0) | (tokens.length > 0 && clauseBreak ? CLAUSE_BREAK : 0) | (tight ? TIGHT_SEP : 0) | (hyphenated ? HYPHENATED : 0);
      let t: Token;
      if (forms === null) {
        flags |= WORD_LIKE | (tripled ? LONG_RUN : 0);
        t = tokenAt(pool, tokens.length, raw, raw, null, doubled ? squeeze(raw) : raw, s, e, sentence, flags);
      } else {
        flags |= (forms.longRun ? LONG_RUN : 0) | (forms.masked ? MASKED : 0) | (forms.wordLike ? WORD_LIKE : 0) | (forms.mention ? AT_MENTION : 0);
        t = tokenAt(pool, tokens.length, raw, forms.key, forms.alt, forms.squeezed, s, e, sentence, flags);
      }
      tokens.push(t);
      prevEnd = e;
    }
    i = j;
  }
  return tokens;
}

/** What a token that is not a plain word reads as: decoded leet, masking, mention. */
type Forms = Pick<Token, 'key' | 'alt' | 'squeezed' | 'longRun' | 'masked' | 'wordLike' | 'mention'>;

/** Decoded forms of raw tokens seen before (they depend on the raw characters only); cleared when full. */
const FORMS = new Map<string, Forms>();
const FORMS_SIZE = 50_000;

function formsOf(raw: string): Forms {
  let forms = FORMS.get(raw);
  if (forms === undefined) {
    forms = decode(raw);
    if (FORMS.size >= FORMS_SIZE) FORMS.clear();
    FORMS.set(raw, forms);
  }
  return forms;
}

function decode(raw: string): Forms {
  let letters = 0;
  let other = false;
  for (let k = 0; k < raw.length; k++) {
    if (isLetterCode(raw.charCodeAt(k))) letters++;
    else other = true;
  }
  // "@name" addresses someone; "@ss", "@sshole" and "@55h013" are leet for "ass".
  const mention = other && raw.length > 1 && raw.charCodeAt(0) === 64 && MENTION.test(raw) && !LEET_ASS.test(raw);
  let key = raw;
  let alt: string | null = null;
  let masked = false;
  // "@$$" has no letter, yet it is a word.
  if (letters === 0 && LEET_ASS.test(raw)) letters = 1;
  if (other && !mention) {
    const decode = letters > 0 && !NUMBER_WITH_UNIT.test(raw);
    let k1 = '';
    let k2 = '';
    let ambiguous = false;
    for (let k = 0; k < raw.length; k++) {
      const ch = raw[k]!;
      if (ch === "'" || ch === '`') continue;
      if (MASK.has(ch)) {
        masked = true;
        k1 += '*';
        k2 += '*';
        continue;
      }
      const leet = decode ? LEET[ch] : undefined;
      if (leet !== undefined) {
        k1 += leet;
        const a = LEET_ALT[ch];
        if (a !== undefined) ambiguous = true;
        k2 += a ?? leet;
      } else {
        k1 += ch;
        k2 += ch;
      }
    }
    key = k1;
    alt = ambiguous ? k2 : null;
  }
  const squeezed = squeeze(key);
  const longRun = squeezed !== key && hasLongRun(key);
  return { key, alt, squeezed, longRun, masked: masked && letters > 0, wordLike: letters > 0, mention };
}
