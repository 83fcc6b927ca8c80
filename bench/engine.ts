/**
 * Engine benchmark: Warden's engine against bad-words `isProfane` and obscenity on the same comments,
 * in the same run, plus the worst cases. `npm run bench:engine` (compiled) or `npx tsx bench/engine.ts`.
 *
 *   --json            machine-readable output
 *   --size N          corpus size (default 40000, the ~17k labelled texts repeated)
 *   --sample N        comments given to bad-words (it is ~1,000/s; default 3000), spread evenly over
 *                     the corpus so its mix of long and short comments is the same
 *   --no-process      skip the whole-process timings
 *
 * bad-words is timed twice, like Warden: in-process (isProfane per comment) and as a whole process that
 * reads the same JSON lines on stdin and writes one line per comment (node start-up included). The
 * whole `warden check` process needs `npm run build`; it runs with its default --jobs (the number of CPUs,
 * printed) and again with --jobs 1.
 *
 * Data: $WARDEN_DATASETS or ../shared/datasets relative to the repository root.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Filter } from 'bad-words';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { runCheck } from '../src/cli/check';
import { createEngine, type Engine } from '../src/moderation';
import { loadPolicy } from '../src/policy/loadPolicy';

function repoRoot(): string {
  // bench/ (tsx) or dist/bench/ (compiled)
  for (const up of ['..', '../..']) {
    const dir = path.resolve(__dirname, up);
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'policies'))) return dir;
  }
  return path.resolve(__dirname, '..');
}

export function datasetsDir(): string {
  return process.env.WARDEN_DATASETS ?? path.resolve(repoRoot(), '../shared/datasets');
}

const DATASETS = ['impermium-train.jsonl', 'olid-train.jsonl'];

/** The dataset files, or a message saying which are missing and how to point at them. */
export function checkDatasets(): string | null {
  const missing = DATASETS.map((f) => path.join(datasetsDir(), f)).filter((f) => !existsSync(f));
  if (missing.length === 0) return null;
  return `bench: dataset file(s) not found: ${missing.join(', ')}\n` +
    'bench: put impermium-train.jsonl and olid-train.jsonl in ../shared/datasets next to the repository, ' +
    'or set WARDEN_DATASETS to their folder\n';
}

export function loadCorpus(size: number): string[] {
  const texts: string[] = [];
  for (const file of DATASETS) {
    const full = path.join(datasetsDir(), file);
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  const corpus: string[] = [];
  for (let i = 0; corpus.length < size; i++) corpus.push(texts[i % texts.length]!);
  return corpus;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface Throughput {
  comments: number;
  seconds: number;
  perSecond: number;
}

function throughput(texts: readonly string[], fn: (t: string) => unknown): Throughput {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  const seconds = (performance.now() - t0) / 1000;
  return { comments: texts.length, seconds, perSecond: texts.length / seconds };
}

function perComment(engine: Engine, texts: readonly string[]) {
  const times = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    engine.moderate(texts[i]!);
    times[i] = (performance.now() - t0) * 1000;
  }
  times.sort();
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times[times.length - 1]! };
}

/** The median of five runs of one text, in ms (after a warm-up run). */
function worst(engine: Engine, text: string): number {
  engine.moderate(text);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    engine.moderate(text);
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

/** One token of random letters, repeating no unit: every check that scans a run of letters sees it whole. */
function randomLetters(length: number): string {
  let seed = 11;
  let text = '';
  while (text.length < length) text += String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
  return text;
}

function randomWords(length: number): string {
  const words = ['you', 'idiot', 'the', 'f*ck', 'sh1t', 'a', 'kill', 'people', 'not', 'Armenian', 'u', 'r', 'Scunthorpe'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let text = '';
  while (text.length < length) text += words[Math.floor(rand() * words.length)] + (rand() < 0.1 ? '. ' : ' ');
  return text.slice(0, length);
}

/** `warden check` in-process on one thread (--jobs 1): JSON lines in, verdict lines out, through the real stream code. */
export async function checkPathInProcess(texts: readonly string[]): Promise<Throughput> {
  const input = texts.map((t, i) => JSON.stringify({ id: String(i), text: t })).join('\n') + '\n';
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let lines = 0;
  stdout.on('data', (chunk: Buffer) => {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  });
  const t0 = performance.now();
  const done = runCheck(['--jobs', '1'], { stdin, stdout, stderr });
  stdin.end(input);
  await done;
  const seconds = (performance.now() - t0) / 1000;
  if (lines !== texts.length) throw new Error(`check wrote ${lines} lines for ${texts.length} comments`);
  return { comments: texts.length, seconds, perSecond: texts.length / seconds };
}

/** Runs a child node process on JSON lines; resolves with its output line count. */
function runProcess(args: string[], input: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'], cwd: repoRoot() });
    let n = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    });
    child.on('error', reject);
    child.on('close', () => resolve(n));
    child.stdin.end(input);
  });
}

/** bad-words as a whole process: the same JSON lines in, one line per comment out, start-up included. */
const BAD_WORDS_PROCESS = `
const { Filter } = require('bad-words');
const filter = new Filter();
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  let out = '';
  for (const line of input.split('\\n')) {
    if (!line) continue;
    const { id, text } = JSON.parse(line);
    out += JSON.stringify({ id, profane: filter.isProfane(text) }) + '\\n';
  }
  process.stdout.write(out);
});
`;

export async function badWordsProcess(texts: readonly string[]): Promise<Throughput> {
  const input = texts.map((t, i) => JSON.stringify({ id: String(i), text: t })).join('\n') + '\n';
  const t0 = performance.now();
  const lines = await runProcess(['-e', BAD_WORDS_PROCESS], input);
  const seconds = (performance.now() - t0) / 1000;
  if (lines !== texts.length) throw new Error(`bad-words process wrote ${lines} lines for ${texts.length} comments`);
  return { comments: texts.length, seconds, perSecond: texts.length / seconds };
}

/**
 * The whole `warden check` process (node startup, policy load, stdin to stdout), if built, with its
 * default --jobs or with the options given (e.g. ['--jobs', '1']).
 */
export async function checkPathProcess(texts: readonly string[], options: string[] = []): Promise<Throughput | null> {
  const bin = path.join(repoRoot(), 'bin', 'warden.js');
  if (!existsSync(path.join(repoRoot(), 'dist', 'src', 'cli', 'main.js'))) return null;
  const input = texts.map((t, i) => JSON.stringify({ id: String(i), text: t })).join('\n') + '\n';
  const t0 = performance.now();
  const lines = await runProcess([bin, 'check', ...options], input);
  const seconds = (performance.now() - t0) / 1000;
  if (lines !== texts.length) throw new Error(`warden check wrote ${lines} lines for ${texts.length} comments`);
  return { comments: texts.length, seconds, perSecond: texts.length / seconds };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, def: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const json = args.includes('--json');
  const size = opt('--size', 40_000);
  const sampleSize = opt('--sample', 3_000);
  const missing = checkDatasets();
  if (missing) {
    process.stderr.write(missing);
    process.exitCode = 2;
    return;
  }

  const corpus = loadCorpus(size);
  // bad-words gets an even spread of the corpus (every k-th comment), not its first lines.
  const stride = Math.max(1, Math.floor(corpus.length / sampleSize));
  const sample = corpus.filter((_, i) => i % stride === 0).slice(0, sampleSize);

  // Whole processes first, each the better of two runs (the machine may be shared).
  const processes = !args.includes('--no-process');
  const best = async (run: () => Promise<Throughput | null>) => {
    const a = await run();
    const b = await run();
    return a && b ? (a.perSecond >= b.perSecond ? a : b) : null;
  };
  const checkProcess = processes ? await best(() => checkPathProcess(corpus)) : null;
  const checkProcessOneJob = processes ? await best(() => checkPathProcess(corpus, ['--jobs', '1'])) : null;
  const badWordsProc = processes ? await best(() => badWordsProcess(sample)) : null;

  const t0 = performance.now();
  const engine = createEngine(loadPolicy());
  const compileMs = performance.now() - t0;

  // Warm up every contender on the same texts before timing.
  for (const t of corpus.slice(0, 2000)) engine.moderate(t);
  const filter = new Filter();
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  for (const t of corpus.slice(0, 300)) {
    filter.isProfane(t);
    matcher.hasMatch(t);
  }

  const warden = throughput(corpus, (t) => engine.moderate(t));
  const wardenSample = throughput(sample, (t) => engine.moderate(t));
  const badWords = throughput(sample, (t) => filter.isProfane(t));
  const obscenity = throughput(corpus, (t) => matcher.hasMatch(t));
  const latency = perComment(engine, corpus);

  const maxLength = loadPolicy().limits.maxTextLength;
  const worstCases = {
    singleToken100k: worst(engine, 'a'.repeat(100_000)),
    randomLetters100k: worst(engine, randomLetters(100_000)),
    randomWords100k: worst(engine, randomWords(100_000)),
    spacedLetters100k: worst(engine, 'f u c k '.repeat(12_500)),
    leet100k: worst(engine, 'sh1t f*ck 4$$ '.repeat(Math.ceil(100_000 / 14)).slice(0, 100_000)),
    lookalikes100k: worst(engine, 'fück yоu ідіот '.repeat(Math.ceil(100_000 / 15)).slice(0, 100_000)),
    fullwidth100k: worst(engine, 'ｆｕｃｋ ｙｏｕ ｉｄｉｏｔ '.repeat(Math.ceil(100_000 / 15)).slice(0, 100_000)),
    zeroWidth100k: worst(engine, 'f\u200bu\u200bc\u200bk y\u200bo\u200bu '.repeat(Math.ceil(100_000 / 14)).slice(0, 100_000)),
    looseSeparators100k: worst(engine, 'f - u - c - k '.repeat(Math.ceil(100_000 / 14)).slice(0, 100_000)),
    maskedSplits100k: worst(engine, 'sh.t f-ck b_tch f@ck '.repeat(Math.ceil(100_000 / 21)).slice(0, 100_000)),
    maxLengthRandomWords: worst(engine, randomWords(maxLength)),
    maxLengthSingleToken: worst(engine, 'x'.repeat(maxLength)),
    maxLengthRandomLetters: worst(engine, randomLetters(maxLength)),
    maxLengthSpacedLetters: worst(engine, 'f u c k '.repeat(maxLength / 8)),
    maxLengthLeet: worst(engine, 'sh1t f*ck 4$$ '.repeat(Math.ceil(maxLength / 14)).slice(0, maxLength)),
    maxLengthInsults: worst(engine, 'you stupid idiot, shut up! '.repeat(Math.ceil(maxLength / 27)).slice(0, maxLength)),
    maxLengthLooseSeparators: worst(engine, 'f - u - c - k '.repeat(Math.ceil(maxLength / 14)).slice(0, maxLength)),
    maxLengthMaskedSplits: worst(engine, 'sh.t f-ck b_tch f@ck '.repeat(Math.ceil(maxLength / 21)).slice(0, maxLength)),
  };

  const checkInProcess = await checkPathInProcess(corpus);

  const result = {
    corpus: { comments: corpus.length, distinctTexts: new Set(corpus).size, badWordsSample: sample.length },
    compileMs,
    warden: { ...warden, p50Micros: latency.p50, p99Micros: latency.p99, maxMicros: latency.max },
    badWords,
    badWordsProcess: badWordsProc,
    obscenity,
    ratios: {
      wardenOverBadWords: wardenSample.perSecond / badWords.perSecond,
      wardenOverObscenity: warden.perSecond / obscenity.perSecond,
      checkInProcessOverBadWords: checkInProcess.perSecond / badWords.perSecond,
      checkProcessOverBadWords: checkProcess ? checkProcess.perSecond / badWords.perSecond : null,
      checkProcessOverBadWordsProcess: checkProcess && badWordsProc ? checkProcess.perSecond / badWordsProc.perSecond : null,
    },
    worstCasesMs: worstCases,
    checkInProcess,
    checkProcess,
    checkProcessJobs: availableParallelism(),
    checkProcessOneJob,
  };

  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const x = (r: number | null) => (r === null ? 'n/a' : `${r.toFixed(1)}x`);
  const rows: [string, string][] = [
    ['corpus', `${n(corpus.length)} comments (${n(result.corpus.distinctTexts)} distinct); bad-words on every ${stride}th (${n(sample.length)})`],
    ['compile policy', `${compileMs.toFixed(0)} ms`],
    ['warden engine', `${n(warden.perSecond)} comments/s  p50 ${latency.p50.toFixed(1)} µs  p99 ${latency.p99.toFixed(1)} µs  max ${(latency.max / 1000).toFixed(2)} ms`],
    ['bad-words isProfane', `${n(badWords.perSecond)} comments/s (in-process)`],
    ['bad-words process', badWordsProc ? `${n(badWordsProc.perSecond)} comments/s (whole process, ${badWordsProc.seconds.toFixed(2)} s)` : 'not measured'],
    ['obscenity', `${n(obscenity.perSecond)} comments/s`],
    ['warden / bad-words', x(result.ratios.wardenOverBadWords)],
    ['warden / obscenity', x(result.ratios.wardenOverObscenity)],
    ['check path (in-process)', `${n(checkInProcess.perSecond)} comments/s = ${x(result.ratios.checkInProcessOverBadWords)} bad-words`],
    [
      `warden check process (default --jobs, ${result.checkProcessJobs} CPUs)`,
      checkProcess
        ? `${n(checkProcess.perSecond)} comments/s (${checkProcess.seconds.toFixed(2)} s) = ${x(result.ratios.checkProcessOverBadWords)} bad-words in-process, ${x(result.ratios.checkProcessOverBadWordsProcess)} bad-words process`
        : processes
          ? 'not measured: run `npm run build` first'
          : 'not measured (--no-process)',
    ],
    [
      'warden check process, --jobs 1',
      checkProcessOneJob
        ? `${n(checkProcessOneJob.perSecond)} comments/s (${checkProcessOneJob.seconds.toFixed(2)} s) = ${x(checkProcessOneJob.perSecond / badWords.perSecond)} bad-words in-process`
        : 'not measured',
    ],
    ...Object.entries(worstCases).map(([k, v]): [string, string] => [`worst: ${k}`, `${v.toFixed(2)} ms`]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
