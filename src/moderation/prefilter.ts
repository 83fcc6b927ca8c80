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

import { LEET_ASS, MAX_LOOSE_SEP, NUMBER_WITH_UNIT, SPELLED_DIGITS, UPSIDE_DOWN_MARK, isLooseSepCode, isTightSep, trimmedEnd, trimmedStart } from './tokens';

/** A node's flags: the path to it spells ... */
export const WORD = 1; // a listed form (or a misspelling the lexicon reads, "idoit") that can drive a finding
export const SQUEEZED = 2; // such a form with every letter run collapsed ("fuuuck" -> "fuck")
export const SKELETON = 4; // such a form of 7+ letters with its vowels as '*' (one misspelt vowel)
export const GROUP = 8; // a group name ("armenians"): context for other words, never a finding alone
export const GROUP_SQUEEZED = 16;
export const PHRASE = 32; // the two words ("shut up") or the word that stand for a listed phrase
export const STEM = 64; // the stem of a compound insult ("dick" in "dickface"): longer words need a look
export const PAIR_WORD = 128; // the rarer word of a two-word phrase cue (the prefilter reads the pair itself)
export const START = 256; // a word a listed phrase can start with (only the analysis asks)
/** Not a trie flag: classify() sets it when the key is the start of some listed form ("dou" of "douchebag"). */
export const PREFIX = 512;
/**
 * A word that is a finding only with a people named ("hate", "deport", "inferior"): a comment needs the
 * analysis when it has one of these and a group's name (GROUP), in any order.
 */
export const NEEDS_GROUP = 1024;
/** A people's name ("armenians"; identity.peoples), read as written or squeezed: what NEEDS_GROUP words need. */
export const PEOPLE = 2048;
/** The reader named ("you", "your", "ur"): what NEEDS_SECOND words need. */
export const SECOND = 4096;
/** A word that is a finding only with the reader named ("gun" in "a bullet with your name on it"). */
export const NEEDS_SECOND = 8192;
/** An adverb a phrase reads through ("nobody really likes you"): it keeps the pair of the word before it. */
export const ADVERB = 16384;
const EXACT = WORD | PHRASE;
/** The flags that count only together: a people and a word that needs one, the reader and a word that needs them. */
const CONTEXT = PEOPLE | NEEDS_GROUP | SECOND | NEEDS_SECOND;
const ALPHABET = 28; // a-z, '*' for a vowel in a skeleton, ' ' between the two words of a phrase cue
/** The edge from a word to the second word of a two-word phrase cue. */
const PAIR = 27;

/** The trie of every form the lexicon can match, as flat typed arrays. */
export class CueIndex {
  // Room for the ~37,000 nodes of the default policy (7 MB): growing by copies costs more at start-up.
  private next = new Int32Array(ALPHABET * 65536);
  private flags = new Uint16Array(65536);
  private nodes = 1;
  /** Some listed form has a character outside a-z: words with such letters then always need analysis. */
  private otherForms = false;
  /** The listed forms that start with a digit ("9mm"): a number with a unit ("80s") is sent on only when it is one. */
  private readonly digitForms = new Set<string>();
  /** needsAnalysis's scratch: the last tokens' spans, and runs of a repeated phrase by its length. */
  private readonly ringStart = new Int32Array(8);
  private readonly ringEnd = new Int32Array(8);
  private readonly periodRun = new Int32Array(MAX_PHRASE_UNIT + 1);
  /** A rule that no word gives away (a phrase of placeholders only): analyse every comment. */
  always = false;
  /** Terms searched inside words: embedded profanity ("fuckwit") and compound endings ("libtard"). */
  private readonly embedded: string[] = [];
  /** Which of them are profanity (reported by findEmbedded), the rest only send a comment on. */
  private readonly profane = new Set<string>();
  /** dfa state -> index in `embedded` of the profane term ending there (itself or by its failure chain), or -1. */
  private profaneAt = new Int32Array(1).fill(-1);
  /** Their Aho-Corasick automaton as a dense DFA over a-z: state * 26 + letter -> state. */
  private dfa = new Int32Array(26);
  /** dfa state -> 1 when a term ends there. */
  private accepts = new Uint8Array(1);

  /** Marks the path of `form` (a-z, '*' for a skeleton's vowels, "a b" for two words in a row) with `flag`. */
  add(form: string, flag: number): void {
    this.insert(form, flag);
  }
  /** A term searched inside words: an embedded profane word, or the ending of a compound insult. */
  addProfaneEmbedded(term: string): void {
    this.profane.add(term);
    this.addEmbedded(term);
  }

  addEmbedded(term: string): void {
    if (/^[a-z]+$/.test(term) && !this.embedded.includes(term)) this.embedded.push(term);
    else if (!/^[a-z]+$/.test(term)) this.always = true;
  }

  /** Builds the embedded terms' automaton, once, after the last term is added. */
  build(): void {
    // Trie of the terms, then failure links breadth-first, folded into a full transition table.
    const go: number[][] = [new Array<number>(26).fill(-1)];
    const accept: number[] = [0];
    const profaneAt: number[] = [-1];
    for (const [index, term] of this.embedded.entries()) {
      let s = 0;
      for (let i = 0; i < term.length; i++) {
        const c = term.charCodeAt(i) - 97;
        if (go[s]![c]! < 0) {
          go[s]![c] = go.length;
          go.push(new Array<number>(26).fill(-1));
          accept.push(0);
          profaneAt.push(-1);
        }
        s = go[s]![c]!;
      }
      accept[s] = 1;
      if (this.profane.has(term)) profaneAt[s] = index;
    }
    const fail = new Array<number>(go.length).fill(0);
    const queue: number[] = [];
    for (let c = 0; c < 26; c++) {
      const s = go[0]![c]!;
      if (s < 0) go[0]![c] = 0;
      else queue.push(s);
    }
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q]!;
      if (accept[fail[r]!]) accept[r] = 1;
      if (profaneAt[r]! < 0) profaneAt[r] = profaneAt[fail[r]!]!;
      for (let c = 0; c < 26; c++) {
        const s = go[r]![c]!;
        if (s < 0) go[r]![c] = go[fail[r]!]![c]!;
        else {
          fail[s] = go[fail[r]!]![c]!;
          queue.push(s);
        }
      }
    }
    this.dfa = Int32Array.from(go.flat());
    this.accepts = Uint8Array.from(accept);
    this.profaneAt = Int32Array.from(profaneAt);
  }

  /** The first embedded profane term in `key` and where it ends (exclusive), or null. Linear. */
  findEmbedded(key: string): { term: string; end: number } | null {
    let st = 0;
    for (let k = 0; k < key.length; k++) {
      const edge = key.charCodeAt(k) - 97;
      st = edge >= 0 && edge < 26 ? this.dfa[st * 26 + edge]! : 0;
      const at = this.profaneAt[st]!;
      if (at >= 0) return { term: this.embedded[at]!, end: k + 1 };
    }
    return null;
  }

  /** Does this key contain an embedded term? (Letters outside a-z restart the search.) */
  containsEmbedded(key: string): boolean {
    let st = 0;
    for (let k = 0; k < key.length; k++) {
      const edge = key.charCodeAt(k) - 97;
      st = edge >= 0 && edge < 26 ? this.dfa[st * 26 + edge]! : 0;
      if (this.accepts[st] === 1) return true;
    }
    return false;
  }

  private insert(form: string, flag: number): void {
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      const edge = c === 42 ? 26 : c === 32 ? PAIR : c - 97;
      if (i === 0 && c >= 48 && c <= 57) this.digitForms.add(form.split(' ')[0]!);
      if (edge < 0 || edge >= ALPHABET) {
        // Digits and symbols in a form are only reached by words the scan already sends on; a
        // non-Latin letter is not, so then every word with one is sent on.
        if (c >= 128) this.otherForms = true;
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
    const flags = new Uint16Array(this.flags.length * 2);
    flags.set(this.flags);
    const next = new Int32Array(flags.length * ALPHABET);
    next.set(this.next);
    this.flags = flags;
    this.next = next;
  }

  /**
   * The flags of what a plain lower-case key (a-z only) may be read as: its exact path, its squeezed
   * path when it has a doubled letter, its vowel skeleton when it has 7+ letters. 0 means the lexicon
   * has nothing for it, with no string hashed or allocated. Keys with other characters get ~0.
   */
  classify(key: string): number {
    const next = this.next;
    const flags = this.flags;
    let node = 0;
    let sq = -1;
    let sk = key.length >= 7 ? 0 : -1;
    let last = -1;
    let stem = 0;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      const edge = c - 97;
      if (edge < 0 || edge >= 26) return ~0;
      if (c === last && sq < 0) {
        // First doubled letter: the squeezed walk so far equals the exact walk before this letter.
        sq = this.walk(key, k);
      }
      if (node > 0 && (flags[node]! & STEM) !== 0) stem = STEM;
      if (node >= 0) node = step(next, node, edge);
      if (sq >= 0 && c !== last) sq = step(next, sq, edge);
      if (sk >= 0) sk = step(next, sk, VOWEL[c] === 1 ? 26 : edge);
      last = c;
      // Every walk has left the trie, for good: without a doubled letter so far the squeezed walk is
      // the exact one. Only the rest's characters still matter.
      if (node < 0 && sq < 0 && sk < 0) {
        for (let r = k + 1; r < key.length; r++) {
          const d = key.charCodeAt(r);
          if (d < 97 || d > 122) return ~0;
        }
        return stem;
      }
    }
    let out = stem;
    if (node > 0) out |= PREFIX | (flags[node]! & (WORD | GROUP | PHRASE | START | NEEDS_GROUP | NEEDS_SECOND));
    // A word of a two-word phrase cue: the analysis looks for phrases around it.
    if (node > 0 && (flags[node]! & PAIR_WORD) !== 0) out |= PHRASE;
    if (sq > 0) out |= flags[sq]! & (SQUEEZED | GROUP_SQUEEZED);
    if (sk > 0) out |= flags[sk]! & SKELETON;
    return out;
  }

  /** The node reached by the squeezed reading of key[0, end), or -1. */
  private walk(key: string, end: number): number {
    let node = 0;
    let last = -1;
    for (let k = 0; k < end && node >= 0; k++) {
      const c = key.charCodeAt(k);
      if (c !== last) node = step(this.next, node, c - 97);
      last = c;
    }
    return node;
  }

  /** Do keys a and b, joined, spell a listed form or group name? (Without building the joined string.) */
  joins(a: string, b: string): boolean {
    let node = 0;
    for (let k = 0; k < a.length + b.length && node >= 0; k++) {
      const c = k < a.length ? a.charCodeAt(k) : b.charCodeAt(k - a.length);
      const edge = c - 97;
      if (edge < 0 || edge >= 26) return true;
      node = step(this.next, node, edge);
    }
    return node > 0 && (this.flags[node]! & (WORD | GROUP)) !== 0;
  }

  /**
   * Does the normalised `text` need the full analysis? `floodRun` is policy.limits.repeatedWordRun:
   * a flood of one word is left to the flooding check, which reads tokens. `participants`: the thread
   * has named participants, who may be named anywhere in the text (the reader is taken as named).
   */
  needsAnalysis(text: string, floodRun: number, participants = false): boolean {
    if (this.always) return true;
    const dfa = this.dfa;
    const accepts = this.accepts;
    const next = this.next;
    const flags = this.flags;
    const n = text.length;
    let prevStart = -1;
    let prevEnd = -1;
    let run = 0;
    let runIsMention = false;
    /** The last tokens' spans (a ring of eight), how many tokens so far, and runs of a repeated phrase by its length. */
    const ringStart = this.ringStart;
    const ringEnd = this.ringEnd;
    const periodRun = this.periodRun.fill(0);
    let count = 0;
    let singles = 0;
    /** The word before the current run of single letters was a short part joined to it ("fu c k"). */
    let partBefore = false;
    /** Letters in the previous token, and whether one of them is stretched ("fuuuu.c.k": analyse.ts isPart). */
    let prevLetters = 0;
    let prevLongRun = false;
    /** The trie node the previous word ended on, when a single joining character follows it ("half-wit"). */
    let carry = 0;
    let carried = 0;
    /** The trie node of the previous word alone, when `carry` is a longer chain ("a sh it": "sh" + "it"). */
    let carryWord = -1;
    /** The trie node after the previous word and a PAIR edge: a two-word phrase cue may go on here. */
    let pair = -1;
    /** The pair state of the word before a run of adverbs ("nobody really likes you"): phrases read through them. */
    let pairThrough = -1;
    /** A people's name, the reader, and a word that needs either, seen so far (CONTEXT). */
    // The thread's participants may be named anywhere ("my cat knows more than Sirvart"): the reader is then
    // taken as named, as an @mention is.
    let context = participants ? SECOND : 0;
    const lastClose = text.lastIndexOf(')');
    let i = 0;
    while (i < n) {
      const c0 = text.charCodeAt(i);
      if (c0 < 128 ? ASCII_TOKEN[c0] !== 1 : !isTokenCode(c0)) {
        i++;
        continue;
      }
      // Plain words (a-z only, most of them) need no trimming and are measured in this same pass.
      let plain = c0 >= 97 && c0 <= 122;
      let doubled = false;
      let longRun = false;
      let prevChar = c0;
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) {
          if (d === prevChar) {
            if (doubled && text.charCodeAt(j - 2) === d) longRun = true;
            doubled = true;
          }
        } else if (d < 128 ? ASCII_TOKEN[d] === 1 : isTokenCode(d)) plain = false;
        else break;
        prevChar = d;
      }
      let s = i;
      let e = j;
      i = j;
      let letters = e - s;
      let digits = 0;
      let symbols = 0;
      let mention = false;
      if (!plain) {
        // Trim the edges exactly as tokens.ts does, then see what the token is made of.
        s = trimmedStart(text, s, j);
        e = trimmedEnd(text, s, j, c0 === 42 && text.charCodeAt(j - 1) === 42);
        if (s >= e) continue;
        letters = 0;
        doubled = false;
        longRun = false;
        for (let k = s; k < e; k++) {
          const c = text.charCodeAt(k);
          if (isLetterCode(c)) {
            letters++;
            if (k > s && text.charCodeAt(k - 1) === c) {
              doubled = true;
              if (k > s + 1 && text.charCodeAt(k - 2) === c) longRun = true;
            }
          } else if (c >= 48 && c <= 57) digits++;
          else if (c === 39 || c === 96) continue;
          else symbols++;
        }
        mention = text.charCodeAt(s) === 64 && isMention(text, s, e);
      }
      // Digits or symbols inside a word may be leet or masking ("sh1t", "f*ck"): read it properly.
      // A number with a unit ("1st", "80s", "5pm") is read as written, and no listed form has a digit.
      if (letters > 0 && !mention && (digits > 0 || symbols > 0 || longRun)) {
        if (symbols > 0 || longRun || !NUMBER_WITH_UNIT.test(text.slice(s, e)) || (this.digitForms.size > 0 && this.digitForms.has(text.slice(s, e)))) return true;
      }
      // "(unt": an unclosed bracket glued to a word may be its "c" (analyse.ts).
      if (letters > 0 && bracketBefore(text, s, lastClose)) return true;
      // "@$$" is a word of signs alone (tokens.ts).
      if (letters === 0 && text.charCodeAt(s) === 64 && LEET_ASS.test(text.slice(s, e))) return true;
      // "@rsehole": a handle that is a listed word with its "@" read as "a" (analyse.ts readLeetOtherVowel).
      if (mention && e - s >= 4) {
        let node = step(next, 0, 0);
        for (let k = s + 1; k < e && node > 0; k++) {
          const c = text.charCodeAt(k);
          node = c >= 97 && c <= 122 ? step(next, node, c - 97) : -1;
        }
        if (node > 0 && (flags[node]! & WORD) !== 0) return true;
      }

      // A flood of one word ("spam spam spam spam spam"): the flooding check reads tokens.
      // ... or of two to four words ("buy now buy now ..."; flooding.ts repeatedPhrase).
      for (let p = 2; p <= MAX_PHRASE_UNIT; p++) {
        const back = (count - p) & 7;
        if (count >= p && sameKey(text, ringStart[back]!, ringEnd[back]!, s, e)) {
          if (++periodRun[p]! >= p * (floodRun - 1)) return true;
        } else periodRun[p] = 0;
      }
      ringStart[count & 7] = s;
      ringEnd[count & 7] = e;
      count++;
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
      // "f * c k", "sh 💩 t": a sign between spaces may hide a letter of spelled-out letters (analyse.ts).
      if (gap >= 3 && prevEnd >= 0 && letters > 0 && letters <= MAX_PART && prevLetters > 0 && prevLetters <= MAX_PART && spacedMaskAt(text, prevEnd, s) > 0) return true;
      // Three single letters in a row may spell a word ("f u c k", "f.u.c.k").
      // A lone leet digit may be one of them ("s h 1 t"). Two letters may end or start with a short part
      // of the word ("f u ck", "fu c k").
      if (!mention && (letters === 1 || (letters === 0 && e - s === 1 && SPELLED_DIGIT[text.charCodeAt(s)] === 1))) {
        // Loosely spelled out too: "f - u - c - k", "f..u..c..k" (the analysis asks for one separator).
        singles = singles > 0 && (tight || looseGap(text, prevEnd, s)) ? singles + 1 : 1;
        if (singles === 1) partBefore = tight && prevLetters >= 2 && (prevLetters <= MAX_PART || prevLongRun);
        if (singles >= 3 || (singles === 2 && partBefore)) return true;
      } else {
        if (singles >= 2 && tight && letters >= 2 && letters <= MAX_PART) return true;
        singles = 0;
      }

      if (letters > 0 && !mention) {
        // Exact reading, the reading joined to the previous word ("half wit", "douche-bag"), the
        // squeezed reading ("fuuuck") and the vowel skeleton ("mongruls"), in one walk.
        let node = 0;
        let joined = carried > 0 && ((gap === 1 && isJoiner(text.charCodeAt(prevEnd))) || emojiCut(text, prevEnd, gap)) ? carry : -1;
        let joined2 = joined >= 0 && carryWord > 0 && carryWord !== carry ? carryWord : -1;
        let sq = doubled ? 0 : -1;
        let sk = letters >= 7 ? 0 : -1;
        // The second word of a pair, read as written and squeezed (a squeezed group name is read as
        // that name: "peoople").
        let pw = pair;
        let pt = pairThrough;
        let pwSq = doubled ? pair : -1;
        let last = -1;
        let em = 0;
        for (let k = s; k < e; k++) {
          const c = text.charCodeAt(k);
          if (c === 39 || c === 96) continue;
          const edge = c - 97;
          if (edge < 0 || edge >= 26) {
            // A letter outside a-z: no listed form has one (see `otherForms`); upside-down text is read
            // turned back (analyse.ts).
            if (this.otherForms || UPSIDE_DOWN_MARK.test(text[k]!)) return true;
            node = joined = joined2 = sq = sk = pw = pwSq = pt = -1;
            em = 0;
            continue;
          }
          em = dfa[em * 26 + edge]!;
          if (accepts[em] === 1) return true;
          if (node > 0 && (flags[node]! & STEM) !== 0) return true;
          if (node >= 0) node = step(next, node, edge);
          if (joined >= 0) joined = step(next, joined, edge);
          if (joined2 >= 0) joined2 = step(next, joined2, edge);
          if (sq >= 0 && c !== last) sq = step(next, sq, edge);
          if (sk >= 0) sk = step(next, sk, VOWEL[c] === 1 ? 26 : edge);
          if (pw >= 0) pw = step(next, pw, edge);
          if (pt >= 0) pt = step(next, pt, edge);
          if (pwSq >= 0 && c !== last) pwSq = step(next, pwSq, edge);
          last = c;
        }
        if ((pw > 0 && (flags[pw]! & PHRASE) !== 0) || (pwSq > 0 && (flags[pwSq]! & PHRASE) !== 0) || (pt > 0 && (flags[pt]! & PHRASE) !== 0)) return true;
        // A word read as a squeezed group name that may start a pair: rare, sent on rather than followed.
        if (sq > 0 && (flags[sq]! & GROUP_SQUEEZED) !== 0 && step(next, sq, PAIR) > 0) return true;
        // A phrase reads through an adverb ("nobody really likes you"), so its cue pair may be split by one
        // or two: the pair of the word before them carries over them.
        if (node > 0 && (flags[node]! & ADVERB) !== 0) {
          if (pairThrough < 0) pairThrough = pair;
        } else pairThrough = -1;
        pair = node > 0 ? step(next, node, PAIR) : -1;
        if (node > 0 && (flags[node]! & EXACT) !== 0) return true;
        // Read squeezed too ("Tuurks", "haaate"), as the analysis does.
        if (node > 0) context |= flags[node]! & CONTEXT;
        if (sq > 0) context |= flags[sq]! & CONTEXT;
        // A word joined across a hyphen or a dot ("I ha-te Armenians") is read joined by the analysis too.
        if (joined > 0) context |= flags[joined]! & CONTEXT;
        if (joined2 > 0) context |= flags[joined2]! & CONTEXT;
        if ((context & (PEOPLE | NEEDS_GROUP)) === (PEOPLE | NEEDS_GROUP) || (context & (SECOND | NEEDS_SECOND)) === (SECOND | NEEDS_SECOND)) return true;
        if (joined > 0 && (flags[joined]! & WORD) !== 0) return true;
        if (joined2 > 0 && (flags[joined2]! & WORD) !== 0) return true;
        // "sh.t", "f-ck", "b_tch": one sign between two parts may stand for a masked letter.
        if (gap <= MAX_MASK_GAP && prevEnd >= 0 && carryWord > 0 && letters === e - s) {
          const hidden = maskedLettersAt(text, prevEnd, gap);
          if (hidden > 0 && masksWord(next, flags, carryWord, hidden, text, s, e)) return true;
        }
        // A squeezed group name is read as that name, and phrases are matched through readings
        // ("peoople like you" is "people like {you}"): a squeezed cue word counts as the cue.
        if (sq > 0 && (flags[sq]! & (SQUEEZED | PHRASE)) !== 0) return true;
        if (sk > 0 && (flags[sk]! & SKELETON) !== 0) return true;
        // Carry the reading into the next word: up to four parts joined by single characters.
        if (joined > 0 && carried < 3) {
          carry = joined;
          carried++;
        } else if (node > 0) {
          carry = node;
          carried = 1;
        } else if (longRun && sq > 0) {
          // A stretched part carries its squeezed reading ("fuuu ck": analyse.ts joinHyphenated).
          carry = sq;
          carried = 1;
        } else carried = 0;
        carryWord = node;
      } else {
        carried = 0;
        carryWord = -1;
        pair = -1;
        pairThrough = -1;
        // A handle may still hide an embedded term ("@bitchface"), as the full lookup reads it.
        if (mention && this.containsEmbedded(text.slice(s, e))) return true;
        // An @mention names the reader ("my cat knows more than @USER").
        if (mention) {
          context |= SECOND;
          if ((context & NEEDS_SECOND) !== 0) return true;
        }
      }

      prevStart = s;
      prevEnd = e;
      prevLetters = letters;
      prevLongRun = longRun;
    }
    return false;
  }
}

/**
 * '.', '-', '_', '?' and '(' : what may stand for one masked letter between two parts of a word ("sh.t",
 * "fu(k"; analyse.ts too).
 */
const MASK_SEP = new Uint8Array(128);
for (const ch of '.-_?(') MASK_SEP[ch.charCodeAt(0)] = 1;

/**
 * Does an opening bracket that nothing after it closes stand right before the word at s, with no letter
 * or digit before the bracket ("you (unt")? It may be the "c" it looks like (analyse.ts). `lastClose`:
 * where the text's last ')' is, or -1.
 */
export function bracketBefore(text: string, s: number, lastClose: number): boolean {
  if (s === 0 || text.charCodeAt(s - 1) !== 40 || lastClose > s) return false;
  const before = s >= 2 ? text.charCodeAt(s - 2) : 32;
  return !((before >= 97 && before <= 122) || (before >= 48 && before <= 57));
}

/**
 * A sign or symbol outside ASCII that may stand for a masked letter between two parts of a word ("sh•t",
 * "f★ck", "c∗nt", "f💥ck"): a symbol (not a modifier such as the acute accent, which writers use as an
 * apostrophe: "don´t"), or punctuation other than quotes, brackets, primes, the ellipsis (a sentence end)
 * and Armenian punctuation (its question and emphasis marks sit inside words).
 */
const MASK_SYMBOL = /^[\p{Sm}\p{Sc}\p{So}\p{Po}\p{Pd}]$/u;
function isMaskSymbol(cp: number): boolean {
  if (cp < 128 || cp === 0x2026 || (cp >= 0x2032 && cp <= 0x2037) || (cp >= 0x55a && cp <= 0x55f) || cp === 0x589) return false;
  if (cp <= 0xffff) {
    let v = MASK_SYMBOL_CACHE[cp]!;
    if (v === 0) {
      v = MASK_SYMBOL.test(String.fromCharCode(cp)) ? 1 : 2;
      MASK_SYMBOL_CACHE[cp] = v;
    }
    return v === 1;
  }
  // Beyond the BMP (emoji, flags' letters): remembered in a map, asked again for every gap they stand in.
  let astral = MASK_SYMBOL_ASTRAL.get(cp);
  if (astral === undefined) MASK_SYMBOL_ASTRAL.set(cp, (astral = MASK_SYMBOL.test(String.fromCodePoint(cp))));
  return astral;
}
const MASK_SYMBOL_ASTRAL = new Map<number, boolean>();
/** 0 = not looked up yet, 1 = a mask symbol, 2 = not one. */
const MASK_SYMBOL_CACHE = new Uint8Array(65536);

/** The longest gap that may hide letters: two emoji outside the BMP ("f🖕🖕k"). */
export const MAX_MASK_GAP = 4;

/**
 * How many letters text[at, at + gap) may stand for between two parts of a word, 0 if it is no mask:
 * one of MASK_SEP is one letter; an en or em dash, as newspapers print a swear word ("f—k", "s–t"), one
 * or two (MASK_RANGE); two hyphens ("f--k"), two; one or two other signs or symbols (an emoji, with its
 * skin tone), one letter each ("sh•t", "f💥ck", "f★★k").
 */
export function maskedLettersAt(text: string, at: number, gap: number): number {
  const c = text.charCodeAt(at);
  if (gap === 1) return c < 128 ? MASK_SEP[c]! : c === 0x2013 || c === 0x2014 ? MASK_RANGE : isMaskSymbol(c) ? 1 : 0;
  if (gap > MAX_MASK_GAP) return 0;
  if (gap === 2 && c === 45 && text.charCodeAt(at + 1) === 45) return 2;
  // "f---ing", "f__k", "f___ing": a run of hyphens or underscores, one letter each.
  if (c === 45 || c === 95) {
    let k = at + 1;
    while (k < at + gap && text.charCodeAt(k) === c) k++;
    if (k === at + gap) return gap;
  }
  let count = 0;
  for (let k = at; k < at + gap; ) {
    const cp = text.codePointAt(k)!;
    k += cp > 0xffff ? 2 : 1;
    // An emoji's skin tone belongs to it.
    if (cp >= 0x1f3fb && cp <= 0x1f3ff && count > 0) continue;
    if (!isMaskSymbol(cp)) return 0;
    count++;
  }
  return count <= 2 ? count : 0;
}

/**
 * How many letters text[from, to) hides between spelled-out letters, 0 if none: one or two of the same
 * masking sign ('*', '#', '%', '_', '?'), or one or two other signs or symbols (maskedLettersAt: "💩",
 * "•"), between single spaces ("f * c k", "s h 💩 t"). A dash or a dot between spaces is punctuation.
 */
export function spacedMaskAt(text: string, from: number, to: number): number {
  const gap = to - from;
  if (gap < 3 || gap > 2 + MAX_MASK_GAP || text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return 0;
  const c = text.charCodeAt(from + 1);
  if (c < 128) {
    if (SPACED_MASK[c] !== 1) return 0;
    if (gap === 3) return 1;
    return gap === 4 && text.charCodeAt(from + 2) === c ? 2 : 0;
  }
  if (c === 0x2013 || c === 0x2014) return 0;
  const hidden = maskedLettersAt(text, from + 1, gap - 2);
  return hidden === MASK_RANGE ? 0 : hidden;
}
const SPACED_MASK = new Uint8Array(128);
for (const ch of '*#%_?') SPACED_MASK[ch.charCodeAt(0)] = 1;

/** maskedLettersAt's answer for a dash that may stand for one letter or two (more than MAX_MASK_GAP letters). */
export const MASK_RANGE = 8;

/**
 * Do `hidden` letters (1 to MAX_MASK_GAP; one or two, MASK_RANGE) after node `from`, then text[s, e), end on
 * a listed word? ("sh" + ? + "t"). The walk follows the trie's edges only: a few hundred steps at most.
 */
function masksWord(next: Int32Array, flags: Uint16Array, from: number, hidden: number, text: string, s: number, e: number): boolean {
  if (hidden === MASK_RANGE) return masksWord(next, flags, from, 1, text, s, e) || masksWord(next, flags, from, 2, text, s, e);
  for (let edge = 0; edge < 26; edge++) {
    const after = step(next, from, edge);
    if (after <= 0) continue;
    if (hidden === 1) {
      let node = after;
      for (let k = s; k < e && node > 0; k++) node = step(next, node, text.charCodeAt(k) - 97);
      if (node > 0 && (flags[node]! & WORD) !== 0) return true;
    } else if (masksWord(next, flags, after, hidden - 1, text, s, e)) return true;
  }
  return false;
}

/** A short gap of signs, spaces or symbols between two tokens (tokens.ts isLooseSepCode). */
function looseGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_LOOSE_SEP) return false;
  for (let k = from; k < to; k++) if (!isLooseSepCode(text.charCodeAt(k))) return false;
  return true;
}

/** One trie step; -1 when the path leaves the trie. */
function step(next: Int32Array, node: number, edge: number): number {
  const child = next[node * ALPHABET + edge]!;
  return child === 0 ? -1 : child;
}

/** "@name" (a-z and digits), but not "@ss"/"@sshole"/"@55h013", leet for "ass" (as in tokens.ts). */
function isMention(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  if (e - s >= 3 && isSLike(text.charCodeAt(s + 1)) && isSLike(text.charCodeAt(s + 2))) return false;
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** "s", or "5" and "$" read as leet "s". */
function isSLike(c: number): boolean {
  return c === 115 || c === 53 || c === 36;
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

/** What may join the parts of a word ("half wit", "douche-bag", "fu~ck"): the tokeniser's own test. */
const isJoiner = isTightSep;

/**
 * An emoji (one or two symbols outside ASCII: maskedLettersAt) cutting a word, which the analysis may read
 * joined ("mo🐮ron", analyse.ts emojiInserted).
 */
function emojiCut(text: string, at: number, gap: number): boolean {
  return gap <= MAX_MASK_GAP && text.charCodeAt(at) >= 128 && maskedLettersAt(text, at, gap) > 0;
}

/** Longest phrase, in words, whose repetition is flooding (checks/flooding.ts repeatedPhrase). */
export const MAX_PHRASE_UNIT = 4;

/** Longest part of a word written whole beside spelled-out letters ("f u ck"; analyse.ts joinPart). */
export const MAX_PART = 3;

/** SPELLED_DIGITS as a table by character code, for the scan. */
const SPELLED_DIGIT = new Uint8Array(128);
for (const ch of SPELLED_DIGITS.keys()) SPELLED_DIGIT[ch.charCodeAt(0)] = 1;

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
