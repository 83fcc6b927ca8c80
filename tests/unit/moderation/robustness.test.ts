import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { moderate } from './engine';

/**
 * A comment may end anywhere: in the middle of a phrase the checks read ahead into ("what a joke of a"),
 * or start in one they read back from. Every check must give a verdict, never throw: an exception would
 * leave the comment without one. (Policy 1.12.0 threw on 44 of the comments below cut at a space.)
 */
describe('a comment cut off at any word still gets a verdict', () => {
  it.each([
    'He is a joke of a',
    'what an idiot of a',
    'How stupid is this',
    'how stupid is a',
    'such a loser of an',
  ])('"%s"', (text) => {
    expect(['approve', 'flag', 'reject']).toContain(moderate(text).decision);
  });

  it('for every seventh probe sentence of the fixtures, cut at each space from either end', () => {
    const dir = path.join(__dirname, 'fixtures');
    const texts: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
      for (let k = 0; k < lines.length; k += 7) texts.push(lines[k]!.split('|')[1] ?? '');
    }
    const failures: string[] = [];
    for (const text of texts) {
      for (let k = 0; k < text.length; k++) {
        if (text[k] !== ' ') continue;
        for (const part of [text.slice(0, k), text.slice(k + 1)]) {
          try {
            moderate(part);
          } catch (e) {
            failures.push(`${JSON.stringify(part)}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(texts.length).toBeGreaterThan(3000);
    expect(failures).toEqual([]);
  });
});
