import fc from 'fast-check';
import { normalise } from '../../../src/moderation';
import { moderate } from './engine';

describe('normalisation keeps offsets into the original text', () => {
  it('maps every normalised character back to the code point it came from', () => {
    const n = normalise('Ａ𝐁\u200Bc');
    expect(n.text).toBe('abc');
    expect([...n.start]).toEqual([0, 1, 4]);
    expect([...n.end]).toEqual([1, 3, 5]);
  });

  it.each([
    ['a zero-width space inside a word', 'well, sh\u200Bit happens', 'sh\u200Bit'],
    ['Cyrillic look-alikes', 'Oh ѕһіt, again', 'ѕһіt'],
    ['a word after an astral emoji', '😀😀 what a shit take', 'shit'],
    ['combining accents', 'this is shi\u0301t', 'shi\u0301t'],
  ])('points a reason at the exact original text with %s', (_kind, text, excerpt) => {
    const v = moderate(text);
    const r = v.reasons.find((x) => x.category === 'profanity')!;
    expect(r.excerpt).toBe(excerpt);
    expect(text.slice(r.start, r.end)).toBe(r.excerpt);
  });

  it('gives every reason an excerpt equal to its slice of the text, whatever the text', () => {
    const pieces = fc.constantFrom(
      'fuck', 'f*ck', 'sh1t', 'you', 'idiot', ' ', '.', ',', '\u200B', 'ѕ', '𝐟', '😀', 'é', 'I will kill you',
      'shut up', 'f u c k', 'ＢＩＴＣＨ', 'e\u0301', '@USER', '!!!!', 'subhuman vermin', 'http://x.com ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const v = moderate(text);
        for (const r of v.reasons) {
          expect(r.excerpt).toBe(text.slice(r.start, r.end));
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
        expect(v.decision === 'approve').toBe(v.reasons.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
