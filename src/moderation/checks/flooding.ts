import type { Analysis } from '../analyse';
import { originalSpan } from '../normalise';
import { MAX_PHRASE_UNIT } from '../prefilter';
import type { Policy } from '../policySchema';
import type { Finding } from '../types';

/** Separator lines ("--------", "........") are layout, not flooding. */
const LAYOUT = new Set([' ', '\n', '\r', '\t', '.', '-', '_', '=', '*', '~', '#']);

/**
 * Policy clause "inappropriate_material": flooding, the same character, word or sentence over and over
 * ("!!!!!!!!!!!!!!!!", "spam spam spam spam spam", "lolololololololololololol", "Great article! Great
 * article! Great article!"). Held for a moderator, never rejected.
 */
export function flooding(a: Analysis, policy: Policy): Finding[] {
  const { repeatedCharRun, repeatedWordRun, repeatedSentenceRun } = policy.limits;
  const findings: Finding[] = [];
  const text = a.norm.text;
  const n = text.length;
  // A run of repeatedCharRun characters or more covers one of every repeatedCharRun positions: only
  // those are looked at, each widened to its whole run (runs are disjoint, so they are met in order).
  for (let j = repeatedCharRun - 1; j < n; j += repeatedCharRun) {
    const c = text.charCodeAt(j);
    let start = j;
    while (start > 0 && text.charCodeAt(start - 1) === c) start--;
    let end = j + 1;
    while (end < n && text.charCodeAt(end) === c) end++;
    if (end - start >= repeatedCharRun && !LAYOUT.has(text[start]!)) {
      findings.push(flood(a, 'repeated-characters', start, end, `"${text[start]}" repeated ${end - start} times`));
      break;
    }
    // The next position to look at lies past this run.
    j += Math.floor((end - 1 - j) / repeatedCharRun) * repeatedCharRun;
  }
  const tokens = a.tokens;
  let wordStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.key === tokens[wordStart]!.key) continue;
    // A reply to many people ("@a @b @c ...") is not a flood.
    if (i - wordStart >= repeatedWordRun && !tokens[wordStart]!.mention) {
      const explanation = `"${tokens[wordStart]!.key}" repeated ${i - wordStart} times`;
      findings.push(flood(a, 'repeated-words', tokens[wordStart]!.ns, tokens[i - 1]!.ne, explanation));
      break;
    }
    wordStart = i;
  }
  if (findings.length === 0) {
    const phrase = repeatedPhrase(tokens, repeatedWordRun);
    if (phrase) findings.push(flood(a, 'repeated-words', tokens[phrase.from]!.ns, tokens[phrase.to]!.ne, phrase.explanation));
  }
  if (findings.length === 0) {
    const unit = repeatedUnit(text, repeatedCharRun);
    if (unit) {
      const times = Math.floor((unit.end - unit.start) / unit.size);
      const explanation = `"${text.slice(unit.start, unit.start + unit.size)}" repeated ${times} times`;
      findings.push(flood(a, 'repeated-characters', unit.start, unit.end, explanation));
    }
  }
  if (findings.length === 0) {
    const mash = keyboardMash(text);
    if (mash) findings.push(flood(a, 'keyboard-mash', mash.start, mash.end, `keyboard mashing ("${text.slice(mash.start, mash.end)}")`));
  }
  const sentence = repeatedSentence(text, repeatedSentenceRun);
  if (sentence) {
    const explanation = `"${text.slice(sentence.start, sentence.start + sentence.size)}" repeated ${sentence.times} times`;
    findings.push(flood(a, 'repeated-sentences', sentence.start, sentence.end, explanation));
  }
  return findings;
}

/**
 * Keyboard mashing: seven keys in a row of the keyboard ("asdfghjkl", "qwertyuiop"; "qwerty" alone is a
 * word), or a word of ten letters or more without a vowel ("jfkdlsjfkldsjfkl"; "rhythms" has seven).
 */
// Each try starts only where a run of letters starts (the lookbehind): tried from inside a run too, the
// expression would scan the rest of the run at every letter, quadratic on one long token (a 10,000-letter
// word took 90 ms).
const KEYBOARD_MASH = /(?<![a-z])[a-z]*(?:qwertyu|wertyui|ertyuio|rtyuiop|asdfghj|sdfghjk|dfghjkl|zxcvbnm)[a-z]*|\b[b-df-hj-np-tv-xz]{10,}\b/gi;

/** KEYBOARD_MASH's keyboard rows, and the length of the no-vowel word it takes for mashing. */
const MASH_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const MASH_ROW_RUN = 7;
const MASH_CONSONANT_RUN = 10;
/** The letters outside the expression's consonant class: the vowels and 'y'. */
const NOT_CONSONANT = [97, 101, 105, 111, 117, 121];

/** For each lower-case letter (code - 97), the code of the key after it in its keyboard row, or 0. */
const NEXT_KEY = new Uint8Array(26);
for (const row of MASH_ROWS) for (let k = 0; k + 1 < row.length; k++) NEXT_KEY[row.charCodeAt(k) - 97] = row.charCodeAt(k + 1);

/**
 * Whether `text` may hold a KEYBOARD_MASH match: seven keys of a row in a row, or ten ASCII consonants
 * ('y' is none) in a row (case-blind, like the expression). A necessary condition only; the expression still decides.
 */
function mayMash(text: string): boolean {
  let keys = 0;
  let consonants = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      keys = consonants = prev = 0;
      continue;
    }
    keys = prev !== 0 && NEXT_KEY[prev - 97] === c ? keys + 1 : 1;
    consonants = NOT_CONSONANT.includes(c) ? 0 : consonants + 1;
    if (keys >= MASH_ROW_RUN || consonants >= MASH_CONSONANT_RUN) return true;
    prev = c;
  }
  return false;
}

/**
 * A comment that is mostly keyboard mashing: the mashed words hold at least half of its letters and
 * digits. A keysmash closing a real comment ("... NOT A PREDATORY GROUND asdfghjkl") is a sigh, not a flood.
 */
function keyboardMash(text: string): { start: number; end: number } | null {
  // Almost no comment can match: one char-code pass says so, cheaper than the expression's tries at every
  // word (the expression was 2-3% of the engine's time over 40,000 comments).
  if (!mayMash(text)) return null;
  let start = -1;
  let end = -1;
  let mashed = 0;
  for (const m of text.matchAll(KEYBOARD_MASH)) {
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
    mashed += m[0].length;
  }
  if (start < 0) return null;
  let letters = 0;
  for (let i = 0; i < text.length; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) letters++;
  return 2 * mashed >= letters ? { start, end } : null;
}

/**
 * The same two to four words `times` times or more in a row, with no sentence mark between them ("buy
 * now buy now buy now buy now buy now"): a flood of one word in a longer shape. Tokens from..to.
 */
function repeatedPhrase(tokens: Analysis['tokens'], times: number): { from: number; to: number; explanation: string } | null {
  for (let p = 2; p <= MAX_PHRASE_UNIT; p++) {
    let run = 0;
    for (let i = p; i < tokens.length; i++) {
      const key = tokens[i]!.key;
      if (key === '' || key !== tokens[i - p]!.key) {
        run = 0;
        continue;
      }
      if (++run < p * (times - 1)) continue;
      const from = i - run + 1 - p;
      let mixed = false;
      let mention = false;
      for (let k = from; k < from + p; k++) {
        if (tokens[k]!.key !== tokens[from]!.key) mixed = true;
        if (tokens[k]!.mention) mention = true;
      }
      if (!mixed || mention) continue;
      let to = i;
      while (to + 1 < tokens.length && tokens[to + 1]!.key !== '' && tokens[to + 1]!.key === tokens[to + 1 - p]!.key) to++;
      const unit = tokens.slice(from, from + p).map((t) => t.key).join(' ');
      return { from, to, explanation: `"${unit}" repeated ${Math.floor((to - from + 1) / p)} times` };
    }
  }
  return null;
}

/** A flooding finding over [start, end) of the normalised text. */
function flood(a: Analysis, rule: string, start: number, end: number, explanation: string): Finding {
  return { rule, category: 'spam', severity: 'low', ...originalSpan(a.norm, start, end), explanation };
}

/** Latin letters and other scripts' letters (no digits, marks of punctuation or emoji halves). */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c > 191 && (c < 0xd800 || c > 0xdfff) && c < 0x2000);

/**
 * A unit of two to four letters glued to itself `times` times or more ("lolololol...", "hahaha..."
 * twelve times): a flood of one character in another shape. Laughter of ordinary length is far shorter.
 * Such a run is at least 2 * `times` long, so it covers one position in every `times`: only those are
 * looked at, and widened to their whole run when they repeat the letter `size` before them.
 */
function repeatedUnit(text: string, times: number): { start: number; end: number; size: number } | null {
  const n = text.length;
  for (let j = 2 * times - 1; j < n; j += times) {
    const c = text.charCodeAt(j);
    if (!isLetter(c)) continue;
    for (let size = 2; size <= 4; size++) {
      if (text.charCodeAt(j - size) !== c) continue;
      let start = j - size;
      while (start > 0 && text.charCodeAt(start - 1) === text.charCodeAt(start - 1 + size) && isLetter(text.charCodeAt(start - 1))) start--;
      let end = j + 1;
      while (end < n && text.charCodeAt(end) === text.charCodeAt(end - size) && isLetter(text.charCodeAt(end))) end++;
      // One letter over and over is the character flood's; a unit must have two different letters.
      let mixed = false;
      for (let m = start + 1; m < start + size; m++) if (text.charCodeAt(m) !== text.charCodeAt(start)) mixed = true;
      if (mixed && end - start >= size * times) return { start, end, size };
      // The next position to look at lies past this run (so each character is widened over once).
      if (!mixed || end - start >= times) {
        j += Math.floor((end - 1 - j) / times) * times;
        break;
      }
    }
  }
  return null;
}

/** The marks that end a sentence: . ! ? and line breaks. */
const SENTENCE_END = /[.!?\n\r]/g;

/**
 * The same sentence of two words or more `times` times in a row: copy-paste flooding ("Great article!
 * Great article! Great article!"). Sentences are compared after case folding, without their end marks
 * and outer spaces; "No. No. No." (one word) is emphasis, left to the one-word flood. The ends are found
 * by the regular expression engine, and a sentence is compared with the one before only when their
 * lengths agree, so most comments cost a few searches.
 */
function repeatedSentence(text: string, times: number): { start: number; end: number; size: number; times: number } | null {
  const n = text.length;
  let prevStart = -1;
  let prevEnd = -1;
  let firstStart = -1;
  let lastEnd = -1;
  let count = 0;
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  while (from < n) {
    const found = SENTENCE_END.test(text);
    const stop = found ? SENTENCE_END.lastIndex - 1 : n;
    let start = from;
    let end = stop;
    from = stop + 1;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      const size = end - start;
      if (size === prevEnd - prevStart && sameText(text, prevStart, start, size) && isSpaced(text, start, end)) {
        count++;
        lastEnd = end;
      } else {
        if (count >= times) break;
        count = 1;
        firstStart = start;
        lastEnd = end;
      }
      prevStart = start;
      prevEnd = end;
    }
    if (!found) break;
  }
  return count >= times ? { start: firstStart, end: lastEnd, size: prevEnd - prevStart, times: count } : null;
}

const isBlank = (c: number) => c === 32 || c === 9;

/** Two words or more: a space inside [start, end). */
function isSpaced(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  return space >= 0 && space < end;
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
