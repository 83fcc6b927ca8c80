import type { Analysis } from '../analyse';
import { originalSpan } from '../normalise';
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
    const unit = repeatedUnit(text, repeatedCharRun);
    if (unit) {
      const times = Math.floor((unit.end - unit.start) / unit.size);
      const explanation = `"${text.slice(unit.start, unit.start + unit.size)}" repeated ${times} times`;
      findings.push(flood(a, 'repeated-characters', unit.start, unit.end, explanation));
    }
  }
  const sentence = repeatedSentence(text, repeatedSentenceRun);
  if (sentence) {
    const explanation = `"${text.slice(sentence.start, sentence.start + sentence.size)}" repeated ${sentence.times} times`;
    findings.push(flood(a, 'repeated-sentences', sentence.start, sentence.end, explanation));
  }
  return findings;
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
 */
function repeatedUnit(text: string, times: number): { start: number; end: number; size: number } | null {
  const n = text.length;
  if (n < 2 * times) return null;
  for (let size = 2; size <= 4; size++) {
    const need = size * (times - 1);
    let streak = 0;
    for (let k = size; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c !== text.charCodeAt(k - size) || !isLetter(c)) {
        streak = 0;
        continue;
      }
      if (++streak < need) continue;
      const start = k - need - size + 1;
      // One letter over and over is the character flood's; a unit must have two different letters.
      let mixed = false;
      for (let m = start + 1; m < start + size; m++) if (text.charCodeAt(m) !== text.charCodeAt(start)) mixed = true;
      if (!mixed) {
        streak = 0;
        continue;
      }
      let end = k + 1;
      while (end < n && text.charCodeAt(end) === text.charCodeAt(end - size)) end++;
      return { start, end, size };
    }
  }
  return null;
}

/** Ends a sentence: . ! ? and line breaks. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 13;
const isSpace = (c: number) => c === 32 || c === 9;

/**
 * The same sentence of two words or more `times` times in a row: copy-paste flooding ("Great article!
 * Great article! Great article!"). Sentences are compared after case folding, without their end marks
 * and outer spaces; "No. No. No." (one word) is emphasis, left to the one-word flood.
 */
function repeatedSentence(text: string, times: number): { start: number; end: number; size: number; times: number } | null {
  const n = text.length;
  let prevStart = -1;
  let prevEnd = -1;
  let firstStart = -1;
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(text.charCodeAt(i)) || isSentenceEnd(text.charCodeAt(i)))) i++;
    if (i >= n) break;
    const start = i;
    let words = 1;
    while (i < n && !isSentenceEnd(text.charCodeAt(i))) {
      if (isSpace(text.charCodeAt(i)) && i + 1 < n && !isSpace(text.charCodeAt(i + 1)) && !isSentenceEnd(text.charCodeAt(i + 1))) words++;
      i++;
    }
    let end = i;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (words >= 2 && prevStart >= 0 && end - start === prevEnd - prevStart && sameText(text, prevStart, start, end - start)) {
      if (++count >= times) {
        // Take in the rest of the run, then report it whole.
        let last = end;
        let j = i;
        while (j < n) {
          while (j < n && (isSpace(text.charCodeAt(j)) || isSentenceEnd(text.charCodeAt(j)))) j++;
          if (j + (end - start) > n || !sameText(text, start, j, end - start)) break;
          const after = j + (end - start);
          let k = after;
          while (k < n && isSpace(text.charCodeAt(k))) k++;
          if (k < n && !isSentenceEnd(text.charCodeAt(k))) break;
          last = after;
          j = after;
          count++;
        }
        return { start: firstStart, end: last, size: end - start, times: count };
      }
    } else {
      firstStart = start;
      count = words >= 2 ? 1 : 0;
    }
    prevStart = start;
    prevEnd = end;
  }
  return null;
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
