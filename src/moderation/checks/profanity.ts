import type { Analysis } from '../analyse';
import { hitSpan } from '../analyse';
import { originalSpan } from '../normalise';
import type { Finding } from '../types';

/**
 * Policy clause "profanity": "comments that include profanity ... will not be permitted".
 * Every listed profane word, however disguised (leet, masked, spaced, repeated letters, look-alike
 * letters), and every listed profane phrase. The word's severity decides the action.
 */
export function profanity(a: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    for (const hit of a.hits[i]!) {
      if (hit.entry.list !== 'profanity') continue;
      const span = hitSpan(a, hit);
      findings.push({
        rule: hit.how === 'exact' ? 'profane-word' : 'profane-word-disguised',
        category: 'profanity',
        severity: hit.entry.severity,
        ...span,
        explanation:
          hit.how === 'exact'
            ? `"${hit.entry.term}" is on the profanity list`
            : `reads as "${hit.entry.term}" (${HOW[hit.how]}), which is on the profanity list`,
      });
      break;
    }
    for (const phrase of a.lexicon.matchPhrases(a.tokens, i)) {
      if (phrase.list !== 'profanity') continue;
      const last = a.tokens[i + phrase.length - 1]!;
      findings.push({
        rule: 'profane-phrase',
        category: 'profanity',
        severity: phrase.severity,
        ...originalSpan(a.norm, a.tokens[i]!.ns, last.ne),
        explanation: `"${phrase.phrase}" is on the profanity list`,
      });
    }
  }
  return findings;
}

const HOW = {
  exact: 'as written',
  leet: 'digits or symbols for letters',
  repeated: 'repeated letters',
  masked: 'masked letters',
  embedded: 'inside a longer word',
  misspelt: 'misspelt',
  spaced: 'letters spaced apart',
} as const;
