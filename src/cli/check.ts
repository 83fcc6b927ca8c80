import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setImmediate } from 'node:timers';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { createEngine, type Engine, type Verdict } from '../moderation';
import { loadPolicy } from '../policy/loadPolicy';

export interface CheckIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `usage: warden check [--policy FILE] [--jobs N]     JSON lines {"id","text"} on stdin -> verdict lines
       warden check [--policy FILE] [--json] "text"   check one text and explain the verdict

  --jobs N   threads checking a stream; 1 checks on the main thread only. Workers start after ~200 KB of
             input (default: the number of CPUs, after ~8 MB, as each thread repeats V8's warm-up).
             The output is the same, in input order, for any N.
`;

/**
 * `warden check`: the engine without any service. Reads JSON lines from stdin and writes one verdict
 * line per input line, in order; a bad line gets {"id":null,"error":...} and the run goes on.
 */
export async function runCheck(args: string[], io: CheckIo): Promise<number> {
  let policyFile: string | undefined;
  let json = false;
  let jobs: number | undefined;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--policy') {
      policyFile = args[++i];
      if (!policyFile) return usage(io, '--policy needs a file');
    } else if (a === '--jobs') {
      jobs = Number(args[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) return usage(io, '--jobs needs a whole number of at least 1');
    } else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      io.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) return usage(io, `unknown option ${a}`);
    else words.push(a);
  }
  // A stream of comments is a batch job: set V8 up for it before the engine's code gets optimised. V8's
  // flags are process-wide, so worker threads started later get the same set-up.
  if (words.length === 0) tuneForBatch();
  const engine = createEngine(loadPolicy(policyFile));
  if (words.length > 0) {
    const text = words.join(' ');
    const verdict = engine.moderate(text);
    io.stdout.write(json ? JSON.stringify(verdict) + '\n' : explain(verdict));
    return 0;
  }
  return checkStream(engine, io, policyFile, jobs ?? availableParallelism(), jobs === undefined ? AUTO_POOL_AFTER_CHARS : POOL_AFTER_CHARS);
}

/**
 * A batch of comments is over in a second or two, and on such a run V8 spends about 40% of all
 * instructions compiling the engine's code with its optimising compiler (valgrind, 40,000 comments, one
 * thread), much of it on inlined copies of small functions. Inlining less and skipping loop peeling cut
 * the compiler's instructions by 40% (13% of the whole run) for about 1% more in the optimised code, and
 * the optimised code arrives sooner: the whole process took 12% less time (median of eight alternating
 * runs, 1.29 s -> 1.13 s). A long-running worker keeps V8's defaults. WARDEN_V8_DEFAULTS=1 turns this off.
 */
function tuneForBatch(): void {
  if (process.env.WARDEN_V8_DEFAULTS === '1') return;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  setFlagsFromString('--no-turbo-loop-peeling');
}

function usage(io: CheckIo, message: string): number {
  io.stderr.write(`warden check: ${message}\n${USAGE}`);
  return 2;
}

/** The verdict as a moderator reads it: the decision, then each reason with its excerpt and offsets. */
export function explain(verdict: Verdict): string {
  const lines = [`${verdict.decision.toUpperCase()}  (policy ${verdict.policyVersion})`];
  for (const r of verdict.reasons) {
    lines.push(
      `  ${r.category} · ${r.rule} · clause ${r.clause} · ${r.severity}`,
      `    "${r.excerpt}" [${r.start}, ${r.end})${r.explanation ? `: ${r.explanation}` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Input is cut into batches of whole lines of about this many characters (~190 comments of the benchmark's). */
const BATCH_CHARS = 32 * 1024;
/**
 * With --jobs N, the worker threads start only once the main thread has checked this much input itself
 * (~1,200 comments of the benchmark's): a worker spends 100-300 ms loading its own engine, longer than a
 * smaller input takes on one thread, so a short run never starts them, and a run whose input ends before
 * they are ready never waits for them.
 */
const POOL_AFTER_CHARS = 200 * 1024;
/**
 * Without --jobs, the workers start only after this much input (~48,000 comments of the benchmark's).
 * Every thread repeats V8's warm-up, running the engine unoptimised and compiling it: measured on the
 * 2-core VM, a worker added 1.4-2 s of CPU time to a run, and during a short run the second core is
 * already busy with V8's concurrent compiler and GC. There, 40,000 comments took 2.2 s with two threads
 * against 1.8 s with one, 80,000 3.2-3.7 s against 2.9-3.1 s; only at 160,000 did two threads win
 * (4.3-4.5 s against 4.9-5.9 s). So by default a run stays on one thread until its input proves long.
 */
const AUTO_POOL_AFTER_CHARS = 8 * 1024 * 1024;
/** Batches given to one worker at a time: one it checks and one waiting, so it is not idle while the main thread checks a batch of its own. */
const PER_WORKER = 2;
/** Input pauses once this many batches wait to be checked. */
const MAX_WAITING = 4;

/** The verdict lines of one batch and how many of its lines could not be checked. */
export interface BatchResult {
  out: string;
  bad: number;
}

/**
 * Checks a batch of JSON lines (each ended by "\n", except perhaps the last line of the input) and returns
 * their verdict lines. The one place a line is read, so one thread or many write the same bytes.
 */
export function checkBatch(engine: Engine, text: string): BatchResult {
  let out = '';
  let bad = 0;
  for (let from = 0; from < text.length; ) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    let line = text.slice(from, nl);
    from = nl + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (isBlank(line)) continue;
    const result = checkLine(engine, line);
    if ('error' in result) bad++;
    out += formatLine(result) + '\n';
  }
  return { out, bad };
}

/**
 * The compiled worker script, or null when there is none: under Jest the CLI runs from src/*.ts, where
 * checkWorker.js does not exist (and a .ts file cannot start a worker thread), so the run falls back to
 * one job.
 */
function workerScript(): string | null {
  const file = path.join(__dirname, 'checkWorker.js');
  return existsSync(file) ? file : null;
}

/** A batch's place in the output: filled in when its thread has checked it. */
interface Slot {
  result: BatchResult | null;
}

interface PoolWorker {
  thread: Worker;
  ready: boolean;
  /** Its batches in the order given; a worker answers in that order. */
  slots: Slot[];
}

/**
 * JSON lines in, verdict lines out, in order. Lines are split from the raw chunks (faster than readline's
 * async iterator) into batches of ~32 KB. With one job the main thread checks every batch. With more,
 * once it has checked `poolAfter` characters itself it starts jobs - 1 worker threads (checkWorker.ts), each with its own
 * engine; every batch then goes to a ready worker with room or, failing that, is checked by the main
 * thread itself (on two cores the main thread and one worker beat two workers), and results are written
 * strictly in input order. Batches in flight and batches waiting are bounded, and input pauses while
 * stdout is full, so memory stays bounded on any input size. A worker that fails ends the run with an
 * error (exit 1), never with lines missing from the output.
 */
async function checkStream(
  engine: Engine,
  io: CheckIo,
  policyFile: string | undefined,
  jobs: number,
  poolAfter: number,
): Promise<number> {
  const input = io.stdin;
  const script = jobs > 1 ? workerScript() : null;
  const maxSlots = PER_WORKER * (jobs - 1) + 2;
  const decoder = new TextDecoder('utf-8');
  const waiting: string[] = [];
  const slots: Slot[] = [];
  let pool: PoolWorker[] | null = null;
  let pending = '';
  let checked = 0;
  let bad = 0;
  let ended = false;
  let paused = false;
  let stdoutFull = false;
  let settled = false;
  let yielded = false;

  await new Promise<void>((resolve, reject) => {
    /** Writes the results at the head of the output order that are ready. */
    const writeReady = () => {
      let out = '';
      while (slots.length > 0 && slots[0]!.result) {
        const result = slots.shift()!.result!;
        out += result.out;
        bad += result.bad;
      }
      if (out.length > 0 && !io.stdout.write(out) && !stdoutFull) {
        stdoutFull = true;
        io.stdout.once('drain', () => {
          stdoutFull = false;
          pump();
        });
      }
    };

    /** Stops the run: the workers are ended and the promise rejects (or resolves) once. */
    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      for (const w of pool ?? []) void w.thread.terminate();
      if (err) {
        input.pause();
        reject(err);
      } else if (stdoutFull) io.stdout.once('drain', () => resolve());
      else resolve();
    };

    const startPool = () => {
      pool = [];
      for (let i = 1; i < jobs; i++) {
        const w: PoolWorker = { thread: new Worker(script!, { workerData: { policyFile } }), ready: false, slots: [] };
        w.thread.on('message', (m: BatchResult | 'ready') => {
          if (m === 'ready') w.ready = true;
          else {
            w.slots.shift()!.result = m;
            writeReady();
          }
          pump();
        });
        w.thread.on('error', (err) => settle(new Error(`a check worker failed: ${err.message}`)));
        w.thread.on('exit', (code) => settle(new Error(`a check worker stopped (exit code ${code})`)));
        pool.push(w);
      }
    };

    /**
     * Hands out waiting batches: to a ready worker with room, else checked here. With workers running,
     * the main thread returns to the event loop after each batch of its own so their results and
     * readiness come in.
     */
    const pump = () => {
      if (settled) return;
      while (waiting.length > 0 && !stdoutFull && slots.length < maxSlots) {
        const text = waiting.shift()!;
        const slot: Slot = { result: null };
        slots.push(slot);
        const w = pool?.find((p) => p.ready && p.slots.length < PER_WORKER);
        if (w) {
          w.slots.push(slot);
          w.thread.postMessage(text);
          continue;
        }
        try {
          slot.result = checkBatch(engine, text);
        } catch (err) {
          return settle(err instanceof Error ? err : new Error(String(err)));
        }
        checked += text.length;
        if (script && !pool && checked >= poolAfter) startPool();
        writeReady();
        if (pool && waiting.length > 0) {
          if (!yielded) {
            yielded = true;
            setImmediate(() => {
              yielded = false;
              pump();
            });
          }
          break;
        }
      }
      if (paused && waiting.length < MAX_WAITING) {
        paused = false;
        input.resume();
      }
      if (ended && waiting.length === 0 && slots.length === 0) settle(null);
    };

    input.on('data', (chunk: Buffer | string) => {
      pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const last = pending.lastIndexOf('\n');
      if (last < 0) return;
      let from = 0;
      while (last + 1 - from > BATCH_CHARS) {
        const nl = pending.indexOf('\n', from + BATCH_CHARS - 1);
        waiting.push(pending.slice(from, nl + 1));
        from = nl + 1;
      }
      if (from <= last) waiting.push(pending.slice(from, last + 1));
      pending = pending.slice(last + 1);
      if (waiting.length >= MAX_WAITING && !paused) {
        paused = true;
        input.pause();
      }
      pump();
    });
    input.on('end', () => {
      pending += decoder.decode();
      if (pending.length > 0) waiting.push(pending);
      pending = '';
      ended = true;
      pump();
    });
    input.on('error', (err) => settle(err));
    input.resume();
  });
  // Bad lines are answered inline ({"id":null,"error":...}); the run itself succeeded.
  if (bad > 0) io.stderr.write(`warden check: ${bad} line(s) could not be checked\n`);
  return 0;
}

/** Only whitespace (as String.prototype.trim sees it), without building the trimmed copy. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && (c < 128 || line[i]!.trim() !== '')) return false;
  }
  return true;
}

type Output =
  | { id: unknown; decision: Verdict['decision']; categories: Verdict['categories']; reasons: Verdict['reasons'] }
  | { id: unknown; error: string };

export function checkLine(engine: Engine, line: string): Output {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id: null, error: 'expected a JSON object {"id","text"}' };
  }
  const { id, text } = parsed as { id?: unknown; text?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return { id: safeId, error: '"text" must be a string' };
  const v = engine.moderate(text);
  return { id: safeId, decision: v.decision, categories: v.categories, reasons: v.reasons };
}

/** One output line. Most comments are approved with no reasons: that line needs no general serialiser. */
export function formatLine(result: Output): string {
  if ('decision' in result && result.reasons.length === 0 && result.categories.length === 0) {
    return `{"id":${JSON.stringify(result.id) ?? 'null'},"decision":"${result.decision}","categories":[],"reasons":[]}`;
  }
  return JSON.stringify(result);
}
