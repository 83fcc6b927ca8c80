import type { Hit, Lexicon, ListName } from './lexicon';
import { normalise, originalSpan, type NormalisedText } from './normalise';
import { tokenise, type Token } from './tokens';
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
  readonly lexicon: Lexicon;
  readonly participants: ReadonlySet<string>;
}

const NO_HITS: readonly Hit[] = [];

export function analyse(text: string, lexicon: Lexicon, conversation?: ConversationFacts): Analysis {
  const norm = normalise(text);
  const tokens = tokenise(norm);
  const hits: (readonly Hit[])[] = new Array<readonly Hit[]>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const h = lexicon.lookup(tokens[i]!);
    hits[i] = h.length === 0 ? NO_HITS : h;
  }
  joinSpacedLetters(tokens, hits, lexicon);
  const participants = new Set<string>();
  for (const name of conversation?.participants ?? []) {
    for (const t of tokenise(normalise(name))) if (t.wordLike && t.key.length >= 2) participants.add(t.key);
  }
  return { original: text, norm, tokens, hits, lexicon, participants };
}

/**
 * "f u c k", "f.u.c.k", "f-u-c-k": runs of single letters separated by one space, dot, dash or
 * underscore are read as one word; the longest listed word inside the run wins.
 */
function joinSpacedLetters(tokens: readonly Token[], hits: (readonly Hit[])[], lexicon: Lexicon): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isSingleLetter(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isSingleLetter(tokens[j]!) && tokens[j]!.tightSep) j++;
    if (j - i >= 3) {
      const letters = tokens.slice(i, j).map((t) => t.key);
      let a = 0;
      while (a + 3 <= letters.length) {
        let matched = 0;
        for (let b = Math.min(letters.length, a + 24); b - a >= 3 && matched === 0; b--) {
          const word = letters.slice(a, b).join('');
          const entries = lexicon.lookupKey(word);
          if (entries) {
            const first = tokens[i + a]!;
            const last = tokens[i + b - 1]!;
            hits[i + a] = entries.map((entry) => ({ entry, how: 'spaced' as const, ns: first.ns, ne: last.ne }));
            matched = b - a;
          }
        }
        a += matched > 0 ? matched : 1;
      }
    }
    i = j;
  }
}

function isSingleLetter(t: Token): boolean {
  return t.key.length === 1 && t.wordLike;
}

/** Original-text span of a hit. */
export function hitSpan(a: Analysis, hit: Hit): { start: number; end: number } {
  return originalSpan(a.norm, hit.ns, hit.ne);
}

export function hasList(hits: readonly Hit[], list: ListName): Hit | undefined {
  return hits.find((h) => h.entry.list === list);
}
