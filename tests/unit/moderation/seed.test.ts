import { readFileSync } from 'node:fs';
import path from 'node:path';
import { moderate } from './engine';

/** The five reader comments under the seed article (copied from ../shared/seed into tests/fixtures), verdicts the core issue asks for. */
const seedFile = path.resolve(__dirname, '../../fixtures/seed-article.txt');
const comments = readFileSync(seedFile, 'utf8')
  .split(/\n\s*\d\.\s+[^\n]+ said:\n/)
  .slice(1)
  .map((c) => c.trim());

describe('the seed comments', () => {
  it('has five comments', () => {
    expect(comments).toHaveLength(5);
  });

  it('approves Abbe', () => {
    expect(moderate(comments[0]!).decision).toBe('approve');
  });

  it('holds or rejects stephen bekian ("you hungry mongruls")', () => {
    const v = moderate(comments[1]!);
    expect(v.decision).not.toBe('approve');
    expect(v.reasons.some((r) => r.excerpt.includes('mongruls'))).toBe(true);
  });

  it('approves or holds john papazian', () => {
    expect(moderate(comments[2]!).decision).not.toBe('reject');
  });

  it('approves Arthur', () => {
    expect(moderate(comments[3]!).decision).toBe('approve');
  });

  it('holds or rejects Sirvart', () => {
    expect(moderate(comments[4]!).decision).not.toBe('approve');
  });
});
