import type { Analysis } from './analyse';
import {
  BE,
  FILLERS,
  REPORTING,
  isAddress,
  isPossessiveAddress,
  nearestReferentAfter,
  nearestReferentBefore,
  negatedBetween,
} from './grammar';
import type { Entry } from './lexicon';
import { severityRank } from './lexicon';
import type { Severity } from './types';

/**
 * Is the insult at token i aimed at a participant of the conversation, and how plainly?
 * Shared by the personal-attack check (aimed at a participant) and the incivility check (aimed at
 * someone else, or at no one in particular).
 */
export type InsultPattern =
  /** "you idiot", "you are a complete idiot", "@USER moron", "Sirvart is a liar" (participant). */
  | 'direct'
  /** "as dumb as you", "dumber than you". */
  | 'comparison'
  /** "your stupid comment", "your ignorance". */
  | 'possessive'
  /** "Idiot." "Shut up, moron." */
  | 'vocative'
  /** An insult in the same clause as "you", nearest person word being "you". */
  | 'near'
  /** Negated, about the writer, or reported speech: not an insult of anyone present. */
  | 'excused'
  /** About a third party, or no one in particular. */
  | 'elsewhere';

export interface InsultTarget {
  pattern: InsultPattern;
  /** Token index of the address ("you", "@USER"), or -1. */
  addressAt: number;
}

const INTERJECTIONS = new Set([
  'hey', 'oh', 'listen', 'look', 'ok', 'okay', 'well', 'yes', 'yeah', 'no', 'nope', 'lol', 'lmao',
  'haha', 'hahaha', 'go', 'away', 'shut', 'up', 'off', 'ha', 'wow', 'dear', 'mr', 'mrs', 'ms', 'sir',
  'what', 'an', 'a', 'such', 'you', 'u', 'ya', 'get', 'lost', 'out', 'bye', 'good', 'night', 'thanks',
  'moron', 'fool',
]);

export function insultEntry(a: Analysis, i: number): Entry | undefined {
  let best: Entry | undefined;
  for (const h of a.hits[i]!) {
    if (h.entry.list !== 'insultNoun' && h.entry.list !== 'insultAdj') continue;
    if (!best || severityRank(h.entry.severity) > severityRank(best.severity)) best = h.entry;
  }
  return best;
}

function isInsultToken(a: Analysis, k: number): boolean {
  return insultEntry(a, k) !== undefined || a.hits[k]!.some((h) => h.entry.list === 'profanity');
}

export function insultTarget(a: Analysis, i: number): InsultTarget {
  const tokens = a.tokens;
  const t = tokens[i]!;

  // Direct: address, then only "be", fillers or other insults, then the insult.
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (isAddress(a, p)) return { pattern: 'direct', addressAt: k };
    if (isPossessiveAddress(p)) return { pattern: 'possessive', addressAt: k };
    if (BE.has(p.key) || FILLERS.has(p.key) || isInsultToken(a, k)) continue;
    break;
  }

  // Comparison: "as dumb as you", "dumber than you (are)".
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  if (n1 && n2 && n1.sentence === t.sentence && (n1.key === 'as' || n1.key === 'than') && isAddress(a, n2)) {
    return { pattern: 'comparison', addressAt: i + 2 };
  }

  const before = nearestReferentBefore(a, i, 7);
  switch (before.referent) {
    case 'second':
      if (negatedBetween(a, before.at, i) || reportedBetween(a, before.at, i)) return EXCUSED;
      return { pattern: 'near', addressAt: before.at };
    case 'first':
    case 'reported':
      return EXCUSED;
    case 'third':
      return negatedBetween(a, before.at, i) ? EXCUSED : ELSEWHERE;
    case 'none': {
      if (negatedBetween(a, i - 3, i)) return EXCUSED;
      // Vocative: the insult makes up a short clause of its own ("Shut up, idiot.", "Moron.").
      if (isVocative(a, i)) return { pattern: 'vocative', addressAt: -1 };
      const after = nearestReferentAfter(a, i, 3);
      if (after.referent === 'second') return { pattern: 'near', addressAt: after.at };
      return ELSEWHERE;
    }
  }
}

const EXCUSED: InsultTarget = { pattern: 'excused', addressAt: -1 };
const ELSEWHERE: InsultTarget = { pattern: 'elsewhere', addressAt: -1 };

function reportedBetween(a: Analysis, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (REPORTING.has(a.tokens[k]!.key)) return true;
  return false;
}

function isVocative(a: Analysis, i: number): boolean {
  if (a.hits[i]!.every((h) => h.entry.list !== 'insultNoun')) return false;
  const tokens = a.tokens;
  const t = tokens[i]!;
  // Clause = tokens of the same sentence between clause breaks.
  let s = i;
  while (s > 0 && !tokens[s]!.clauseBreak && tokens[s - 1]!.sentence === t.sentence) s--;
  let e = i;
  while (e + 1 < tokens.length && tokens[e + 1]!.sentence === t.sentence && !tokens[e + 1]!.clauseBreak) e++;
  if (e - s + 1 > 4) return false;
  for (let k = s; k <= e; k++) {
    if (k === i) continue;
    const p = tokens[k]!;
    if (!(FILLERS.has(p.key) || INTERJECTIONS.has(p.key) || isInsultToken(a, k))) return false;
  }
  return true;
}

/** One step milder: an insult whose target is inferred, not stated, is held rather than rejected. */
export function milder(s: Severity): Severity {
  return s === 'high' ? 'medium' : 'low';
}
