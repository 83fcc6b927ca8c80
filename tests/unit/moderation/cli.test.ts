import { spawnSync } from 'node:child_process';
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

/**
 * Runs the built CLI (bin/warden.js -> dist/, built by `npm run build`, which `npm test` runs first):
 * worker threads need the compiled checkWorker.js, so under Jest only a child process can use them.
 */
function runBuilt(args: string[], input: string) {
  const bin = path.resolve(__dirname, '../../../bin/warden.js');
  const res = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: res.status, out: res.stdout, err: res.stderr };
}

/**
 * ~2.5 MB of JSON lines, with bad lines of every kind among them: long enough that --jobs starts its
 * workers and they get ready (100-300 ms) well before the main thread could check it all by itself.
 */
function generatedLines(n: number): string {
  const texts = [
    'You are a complete idiot, Arthur.',
    'What a load of bullshit this article is, honestly.',
    'Thank you for the thoughtful reply; I had not considered the budget side of it at all.',
    'shut up you stupid moron',
    'The council meeting is on Tuesday at 7pm in the library, bring your questions about the new bus routes.',
  ];
  let input = '';
  for (let i = 0; i < n; i++) {
    const line = JSON.stringify({ id: `c${i}`, text: `${texts[i % texts.length]} (${i}) ${'more words here '.repeat(i % 9)}` });
    switch (i % 50) {
      case 7: input += 'not json {\n'; break;
      case 13: input += '[1,2,3]\n'; break;
      case 19: input += `{"id":${i}}\n`; break;
      case 23: input += '   \n\n'; break;
      case 29: input += line + '\r\n'; break;
      case 31: input += 'null\n'; break;
      default: input += line + '\n';
    }
  }
  return input + JSON.stringify({ id: 'last', text: 'no newline at the end' });
}

describe('warden check --jobs', () => {
  it('writes the same bytes, in input order, with worker threads as on one thread', () => {
    const input = generatedLines(15000);
    expect(input.length).toBeGreaterThan(2 * 1024 * 1024);
    const one = runBuilt(['check', '--jobs', '1'], input);
    expect(one.status).toBe(0);
    const lines = one.out.trimEnd().split('\n');
    // 15,001 lines, less the 300 blank ones; the ids come back in input order.
    expect(lines).toHaveLength(15001 - 300);
    const ids = lines.map((l) => (JSON.parse(l) as { id: unknown }).id).filter((id) => typeof id === 'string');
    expect(ids).toEqual([...ids].sort((a, b) => (a === 'last' ? 1 : b === 'last' ? -1 : Number(a.slice(1)) - Number(b.slice(1)))));
    expect(one.err).toBe('warden check: 1200 line(s) could not be checked\n');
    for (const jobs of ['2', '3']) {
      const many = runBuilt(['check', '--jobs', jobs], input);
      expect(many.status).toBe(0);
      expect(many.err).toBe(one.err);
      expect(many.out === one.out).toBe(true);
    }
  }, 120_000);

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '-1', '1.5', 'x']) {
      const t = io();
      expect(await runCheck(['--jobs', bad], t.streams)).toBe(2);
      expect(t.err()).toContain('--jobs needs a whole number of at least 1');
    }
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
