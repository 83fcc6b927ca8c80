/**
 * The cheap first look at a comment: could ANY rule of the lexicon fire on it?
 *
 * Most comments contain no listed word, no disguised word and no listed phrase. For them the full
 * analysis (tokens, readings, phrases, grammar) can only end in "approve" plus whatever the spam checks
 * find, so the engine skips it. This pass walks the normalised text once, with no allocation for plain
 * words: each word is fed letter by letter through a compiled trie (typed arrays) of every form the
 * lexicon could match, and anything it cannot read cheaply (digits or symbols inside a word, long
 * letter runs, runs of single letters, a flood of one word) sends the comment to the full analysis.
 *
 * The contract, checked over the labelled data by scripts/check-prefilter.ts: when `needsAnalysis`
 * says false, the full analysis finds nothing but spam either. So it may say true too often (only
 * slower), never too rarely.
 */

/** A node's flags: the path to it spells ... */
const EXACT = 1; // a listed form or a phrase's cue word
const SQUEEZED = 2; // a listed form with every letter run collapsed ("fuuuck" -> "fuck")
const SKELETON = 4; // a listed form of 7+ letters with its vowels as '*' (one misspelt vowel)
const ALPHABET = 27; // a-z, and '*' for a vowel in a skeleton

/** The trie of every form the lexicon can match, as flat typed arrays. */
export class CueIndex {
  private next = new Int32Array(ALPHABET * 1024);
  private flags = new Uint8Array(1024);
  private nodes = 1;
  /** Some listed form has a character outside a-z: words with such letters then always need analysis. */
  private otherForms = false;
  /** Terms matched inside longer words ("fuckwit"): searched in the whole text. */
  readonly embedded: string[] = [];

  addExact(form: string): void {
    this.insert(form, EXACT);
  }
  addSqueezed(form: string): void {
    this.insert(form, SQUEEZED);
  }
  addSkeleton(skeleton: string): void {
    this.insert(skeleton, SKELETON);
  }
  addEmbedded(term: string): void {
    if (!this.embedded.includes(term)) this.embedded.push(term);
  }

  private insert(form: string, flag: number): void {
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      const edge = c === 42 ? 26 : c - 97;
      // Forms with other characters (digits kept in a key, non-Latin letters) can only be reached by
      // words the scan already sends to the full analysis.
      if (edge < 0 || edge >= ALPHABET) {
        this.otherForms = true;
        return;
      }
      let child = this.next[node * ALPHABET + edge]!;
      if (child === 0) {
        child = this.nodes++;
        if (child >= this.flags.length) this.grow();
        this.next[node * ALPHABET + edge] = child;
      }
      node = child;
    }
    this.flags[node]! |= flag;
  }

  private grow(): void {
    const flags = new Uint8Array(this.flags.length * 2);
    flags.set(this.flags);
    const next = new Int32Array(flags.length * ALPHABET);
    next.set(this.next);
    this.flags = flags;
    this.next = next;
  }

  /**
   * Does the normalised `text` need the full analysis? `floodRun` is policy.limits.repeatedWordRun:
   * a flood of one word is left to the flooding check, which reads tokens.
   */
  needsAnalysis(text: string, floodRun: number): boolean {
    for (let k = 0; k < this.embedded.length; k++) if (text.includes(this.embedded[k]!)) return true;
    const next = this.next;
    const flags = this.flags;
    const n = text.length;
    let prevStart = -1;
    let prevEnd = -1;
    let run = 0;
    let runIsMention = false;
    let singles = 0;
    /** The trie node the previous word ended on, when a single joining character follows it ("half-wit"). */
    let carry = 0;
    let carried = 0;
    let i = 0;
    while (i < n) {
      const c0 = text.charCodeAt(i);
      if (!isTokenCode(c0)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isTokenCode(text.charCodeAt(j))) j++;
      // Trim the edges exactly as tokens.ts does.
      let s = i;
      let e = j;
      const emphasis = c0 === 42 && text.charCodeAt(e - 1) === 42;
      while (s < e) {
        const ch = text.charCodeAt(s);
        const nx = s + 1 < e ? text.charCodeAt(s + 1) : 0;
        if ((ch === 64 || ch === 36) && (isLetterCode(nx) || (nx >= 48 && nx <= 57))) break;
        if (ch < 128 && LEADING_TRIM[ch] === 1) s++;
        else break;
      }
      while (e > s) {
        const ch = text.charCodeAt(e - 1);
        if ((ch < 128 && TRAILING_TRIM[ch] === 1) || (ch === 42 && emphasis)) e--;
        else if (ch === 43 && !(e - 2 >= s && isLetterCode(text.charCodeAt(e - 2)))) e--;
        else break;
      }
      i = j;
      if (s >= e) continue;

      // What the token is made of.
      let letters = 0;
      let digits = 0;
      let symbols = 0;
      let apostrophes = 0;
      let doubled = false;
      let longRun = false;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (isLetterCode(c)) {
          letters++;
          if (k > s && text.charCodeAt(k - 1) === c) {
            doubled = true;
            if (k > s + 1 && text.charCodeAt(k - 2) === c) longRun = true;
          }
        } else if (c >= 48 && c <= 57) digits++;
        else if (c === 39 || c === 96) apostrophes++;
        else symbols++;
      }
      const mention = text.charCodeAt(s) === 64 && isMention(text, s, e);
      // Digits or symbols inside a word may be leet or masking ("sh1t", "f*ck"): read it properly.
      if (letters > 0 && !mention && (digits > 0 || symbols > 0 || longRun)) return true;

      // A flood of one word ("spam spam spam spam spam"): the flooding check reads tokens.
      if (prevStart >= 0 && sameKey(text, prevStart, prevEnd, s, e)) {
        run++;
        if (run >= floodRun && !runIsMention) return true;
      } else {
        run = 1;
        runIsMention = mention;
      }

      const gap = s - prevEnd;
      const tight =
        prevEnd >= 0 &&
        (gap === 1 ? isTightSep(text.charCodeAt(prevEnd)) : gap === 2 && text.charCodeAt(prevEnd) === 32 && text.charCodeAt(prevEnd + 1) === 32);
      // Three single letters in a row may spell a word ("f u c k", "f.u.c.k").
      if (letters > 0 && !mention && letters === 1) {
        singles = singles > 0 && tight ? singles + 1 : 1;
        if (singles >= 3) return true;
      } else singles = 0;

      if (letters > 0 && !mention) {
        // Exact reading, the reading joined to the previous word ("half wit", "douche-bag"), the
        // squeezed reading ("fuuuck") and the vowel skeleton ("mongruls"), in one walk.
        let node = 0;
        let joined = carried > 0 && gap === 1 && isJoiner(text.charCodeAt(prevEnd)) ? carry : -1;
        let sq = doubled ? 0 : -1;
        let sk = letters >= 7 ? 0 : -1;
        let last = -1;
        for (let k = s; k < e; k++) {
          const c = text.charCodeAt(k);
          if (c === 39 || c === 96) continue;
          const edge = c - 97;
          if (edge < 0 || edge >= 26) {
            // A letter outside a-z: no listed form has one (see `otherForms`).
            if (this.otherForms) return true;
            node = joined = sq = sk = -1;
            break;
          }
          if (node >= 0) node = step(next, node, edge);
          if (joined >= 0) joined = step(next, joined, edge);
          if (sq >= 0 && c !== last) sq = step(next, sq, edge);
          if (sk >= 0) sk = step(next, sk, VOWEL[c] === 1 ? 26 : edge);
          last = c;
        }
        if (node > 0 && (flags[node]! & EXACT) !== 0) return true;
        if (joined > 0 && (flags[joined]! & EXACT) !== 0) return true;
        if (sq > 0 && (flags[sq]! & SQUEEZED) !== 0) return true;
        if (sk > 0 && (flags[sk]! & SKELETON) !== 0) return true;
        // Carry the reading into the next word: up to four parts joined by single characters.
        if (joined > 0 && carried < 3) {
          carry = joined;
          carried++;
        } else if (node > 0) {
          carry = node;
          carried = 1;
        } else carried = 0;
      } else carried = 0;

      prevStart = s;
      prevEnd = e;
    }
    return false;
  }
}

/** One trie step; -1 when the path leaves the trie. */
function step(next: Int32Array, node: number, edge: number): number {
  const child = next[node * ALPHABET + edge]!;
  return child === 0 ? -1 : child;
}

/** "@name" (a-z and digits), but not "@ss"/"@sshole", leet for "ass" (as in tokens.ts). */
function isMention(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  if (e - s >= 3 && text.charCodeAt(s + 1) === 115 && text.charCodeAt(s + 2) === 115) return false;
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Token keys drop apostrophes: compare two tokens as their keys. */
function sameKey(text: string, a: number, ae: number, b: number, be: number): boolean {
  for (;;) {
    while (a < ae && (text.charCodeAt(a) === 39 || text.charCodeAt(a) === 96)) a++;
    while (b < be && (text.charCodeAt(b) === 39 || text.charCodeAt(b) === 96)) b++;
    if (a === ae || b === be) return a === ae && b === be;
    if (text.charCodeAt(a) !== text.charCodeAt(b)) return false;
    a++;
    b++;
  }
}

const VOWEL = new Uint8Array(128);
for (const ch of 'aeiouy') VOWEL[ch.charCodeAt(0)] = 1;
const ASCII_TOKEN = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_TOKEN[c] = 1;
for (let c = 48; c <= 57; c++) ASCII_TOKEN[c] = 1;
for (const ch of "@$!*+|#%'`") ASCII_TOKEN[ch.charCodeAt(0)] = 1;
const LEADING_TRIM = new Uint8Array(128);
for (const ch of "!+|#%'*`@$") LEADING_TRIM[ch.charCodeAt(0)] = 1;
const TRAILING_TRIM = new Uint8Array(128);
for (const ch of "!|#%'`@") TRAILING_TRIM[ch.charCodeAt(0)] = 1;

function isTightSep(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42;
}
/** Characters joinHyphenated reads across: one space, dot, hyphen or underscore. */
function isJoiner(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42;
}

const LETTER = /\p{L}/u;
const LETTER_CACHE = new Uint8Array(65536);
function isUnicodeLetter(c: number): boolean {
  let v = LETTER_CACHE[c]!;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_CACHE[c] = v;
  }
  return v === 1;
}
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 192 && c !== 215 && c !== 247 && isUnicodeLetter(c));
}
function isTokenCode(c: number): boolean {
  if (c < 128) return ASCII_TOKEN[c] === 1;
  return c >= 192 && c !== 215 && c !== 247 && isUnicodeLetter(c);
}
