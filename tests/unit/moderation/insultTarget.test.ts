import { Filter } from 'bad-words';
import fc from 'fast-check';
import { insultEntry, nearbyTarget, speaksToSomeone } from '../../../src/moderation/address';
import { analyse } from '../../../src/moderation/analyse';
import { compileLexicon } from '../../../src/moderation/lexicon';
import { loadPolicy } from '../../../src/policy/loadPolicy';

describe('whom an insult is aimed at', () => {
  // The personal-attack check skips nearbyTarget in a comment that speaks to no one: it relies on
  // nearbyTarget aiming an insult at the reader ("near", or any new pattern) only when some word
  // addresses them. "unattributed" is a finding only in a comment that speaks to someone.
  const lexicon = compileLexicon(loadPolicy(), new Filter().list);
  const words = fc.constantFrom(
    'idiot', 'stupid', 'moron', 'fuck', 'dick', 'animal', 'you', 'your', 'u', 'ur', '@USER', 'he', 'she', 'they',
    'I', 'we', 'not', 'never', 'is', 'are', 'a', 'the', 'such', 'called', 'said', 'like', 'as', 'than', 'if', 'stop',
    'being', 'Beto', 'people', 'what', 'shut', 'up', ',', '.', '"', '-',
  );

  it('aims an insult at no one present in a comment that speaks to no one, unless its words say so', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 25 }), (parts) => {
        const a = analyse(parts.join(' '), lexicon, undefined, 5);
        if (speaksToSomeone(a)) return;
        for (let i = 0; i < a.tokens.length; i++) {
          if (insultEntry(a, i)) expect(['excused', 'elsewhere', 'unattributed']).toContain(nearbyTarget(a, i).pattern);
        }
      }),
      { numRuns: 500 },
    );
  });
});
