import { PassThrough } from 'node:stream';
import path from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runEval, scores } from '../../../src/cli/eval';

function io(input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(input);
  return { streams: { stdin, stdout, stderr }, out: () => out, err: () => err };
}

describe('warden check', () => {
  it('answers each JSON line in order and keeps going after a bad line', async () => {
    const t = io('{"id":"a","text":"you idiot","author":"x"}\nnot json\n{"id":"b","text":"Thank you."}\n');
    expect(await runCheck([], t.streams)).toBe(0);
    const lines = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ id: 'a', decision: 'reject', categories: ['personal_attack'] }),
      { id: null, error: 'not valid JSON' },
      { id: 'b', decision: 'approve', categories: [], reasons: [] },
    ]);
    expect(Object.keys(lines[0])).toEqual(['id', 'decision', 'categories', 'reasons']);
  });

  it('explains a single text readably', async () => {
    const t = io();
    await runCheck(['What a load of bullshit this article is.'], t.streams);
    expect(t.out()).toContain('FLAG');
    expect(t.out()).toContain('profanity · profane-word · clause profanity');
    expect(t.out()).toContain('"bullshit" [15, 23)');
  });
});

describe('warden eval', () => {
  it('computes precision, recall, F1 and macro-F1 from the confusion counts', () => {
    const s = scores({ tp: 8, fp: 2, fn: 2, tn: 8 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.8);
    expect(s.f1).toBeCloseTo(0.8);
    expect(s.macroF1).toBeCloseTo(0.8);
  });

  it('scores labelled lines', async () => {
    const file = path.join(__dirname, 'fixtures', 'labelled.jsonl');
    const t = io();
    expect(await runEval(['--data', file, '--label', 'labels.insult', '--category', 'personal_attack', '--json'], t.streams)).toBe(0);
    const report = JSON.parse(t.out());
    expect(report).toMatchObject({ n: 4, tp: 1, fp: 0, fn: 1, tn: 2 });
  });

  it('refuses an unknown category', async () => {
    const t = io();
    expect(await runEval(['--data', 'x', '--label', 'y', '--category', 'rudeness'], t.streams)).toBe(2);
    expect(t.err()).toContain('--category: expected one of');
  });
});
