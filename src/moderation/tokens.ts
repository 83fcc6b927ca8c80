import type { NormalisedText } from './normalise';

/**
 * Word-like tokens of the normalised text, each with the forms the lexicon looks up.
 *
 * Leetspeak is decoded only inside tokens that already contain a letter, so "2011" and "$5" stay numbers
 * while "sh1t", "a$$hole" and "@ss" read as words. Masking characters (*, #, %) inside a word are kept as
 * "*" so the lexicon can match "f*ck" and "f**k" letter for letter.
 */
export interface Token {
  /** Position in the token list. */
  index: number;
  /** The token's normalised characters, e.g. "sh!t". */
  raw: string;
  /** Lookup key: leet decoded, apostrophes removed ("sh!t" -> "shit", "you're" -> "youre"). */
  key: string;
  /** The other reading of ambiguous leet ("1" and "!" as "l"), or null. */
  alt: string | null;
  /** `key` with every run of one letter collapsed ("fuuuck" -> "fuck"). */
  squeezed: string;
  /** A letter is repeated three or more times in a row. */
  longRun: boolean;
  /** Letters replaced by *, # or % ("f*ck"). */
  masked: boolean;
  /** Contains at least one letter (so it is a word, not a number or a symbol). */
  wordLike: boolean;
  /** "@user" style mention: a participant addressed by handle. */
  mention: boolean;
  /** Starts with an upper-case letter in the original text. */
  capitalised: boolean;
  /** Normalised offsets [ns, ne). */
  ns: number;
  ne: number;
  /** Original UTF-16 offsets [start, end). */
  start: number;
  end: number;
  /** Sentence number; a new sentence starts after . ! ? ; or a line break. */
  sentence: number;
  /** A comma, dash, colon or bracket separates this token from the previous one in the same sentence. */
  clauseBreak: boolean;
  /** The characters between the previous token and this one are exactly one space, '.', '-', '_' or '*'. */
  tightSep: boolean;
}

const LEET: Record<string, string> = {
  '4': 'a', '@': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't', '+': 't',
  '|': 'l', '9': 'g',
};
const LEET_ALT: Record<string, string> = { '1': 'l', '!': 'l' };
const MASK = new Set(['*', '#', '%']);
const LEADING_TRIM = new Set(['!', '+', '|', '#', '%', "'", '*', '`', '@', '$']);
const TRAILING_TRIM = new Set(['!', '|', '#', '%', "'", '`', '@']);
/** "1st", "3pm", "10k", "80s": numbers with a unit, not leetspeak. */
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|s|am|pm|k|m|bn|km|kg|mm|cm|g|x|mb|gb|hrs?|mins?|yrs?|d)$/;

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 192 && c !== 215 && c !== 247 && c < 0x2000 && isUnicodeLetter(c));
}
const LETTER = /\p{L}/u;
function isUnicodeLetter(c: number): boolean {
  return LETTER.test(String.fromCharCode(c));
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Characters that may sit inside a token: letters, digits, leet and mask symbols, apostrophes. */
function isTokenCode(c: number): boolean {
  if (c < 128) {
    return (
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 64 /* @ */ ||
      c === 36 /* $ */ ||
      c === 33 /* ! */ ||
      c === 42 /* * */ ||
      c === 43 /* + */ ||
      c === 124 /* | */ ||
      c === 35 /* # */ ||
      c === 37 /* % */ ||
      c === 39 /* ' */ ||
      c === 96 /* ` */
    );
  }
  return c >= 192 && c !== 215 && c !== 247 && (c >= 0x2000 ? LETTER.test(String.fromCharCode(c)) : isUnicodeLetter(c));
}
const SENTENCE_END = /[.!?;\n\r\u2026]/;
const CLAUSE_BREAK = /[,:()\[\]\u2013\u2014"]|\s-\s/;
const MENTION = /^@[a-z0-9_.]+$/;
const TIGHT_SEP = /^(?: {1,2}|[.\-_*])$/;

export function squeeze(word: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

function hasLongRun(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2] && isLetterCode(word.charCodeAt(i))) return true;
  }
  return false;
}

export function tokenise(norm: NormalisedText): Token[] {
  const text = norm.text;
  const n = text.length;
  const tokens: Token[] = [];
  let sentence = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isTokenCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTokenCode(text.charCodeAt(j))) j++;
    // Trim punctuation-like symbols from the edges, keeping those that stand for letters.
    let s = i;
    let e = j;
    const emphasis = text[s] === '*' && text[e - 1] === '*';
    while (s < e) {
      const ch = text[s]!;
      const next = s + 1 < e ? text.charCodeAt(s + 1) : 0;
      if ((ch === '@' || ch === '$') && (isLetterCode(next) || isDigitCode(next))) break;
      if (LEADING_TRIM.has(ch)) s++;
      else break;
    }
    while (e > s) {
      const ch = text[e - 1]!;
      if (TRAILING_TRIM.has(ch) || (ch === '*' && emphasis)) e--;
      else if (ch === '+' && !(e - 2 >= s && isLetterCode(text.charCodeAt(e - 2)))) e--;
      else break;
    }
    if (s < e) {
      const raw = text.slice(s, e);
      const between = text.slice(prevEnd, s);
      if (tokens.length > 0 && SENTENCE_END.test(between)) sentence++;
      tokens.push(makeToken(raw, tokens.length, s, e, norm, sentence, tokens.length > 0 && CLAUSE_BREAK.test(between), TIGHT_SEP.test(between)));
      prevEnd = e;
    }
    i = j;
  }
  return tokens;
}

function makeToken(
  raw: string,
  index: number,
  ns: number,
  ne: number,
  norm: NormalisedText,
  sentence: number,
  clauseBreak: boolean,
  tightSep: boolean,
): Token {
  let letters = 0;
  let other = false;
  for (let k = 0; k < raw.length; k++) {
    if (isLetterCode(raw.charCodeAt(k))) letters++;
    else other = true;
  }
  // "@name" addresses someone; "@ss" / "@sshole" is leet for "ass".
  const mention = raw.length > 1 && raw[0] === '@' && MENTION.test(raw) && !raw.startsWith('@ss');
  let key = raw;
  let alt: string | null = null;
  let masked = false;
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
  const first = norm.original.charCodeAt(norm.start[ns]!);
  return {
    index,
    raw,
    key,
    alt,
    squeezed,
    longRun: squeezed.length !== key.length && hasLongRun(key),
    masked: masked && letters > 0,
    wordLike: letters > 0,
    mention,
    capitalised: first >= 65 && first <= 90,
    ns,
    ne,
    start: norm.start[ns]!,
    end: norm.end[ne - 1]!,
    sentence,
    clauseBreak,
    tightSep,
  };
}
