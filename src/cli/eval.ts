import { readFileSync } from 'node:fs';
import { CATEGORIES, createEngine, type Category, type Verdict } from '../moderation';
import { loadPolicy } from '../policy/loadPolicy';

export interface EvalIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `usage: warden eval --data FILE.jsonl --label labels.insult [--category personal_attack]
                  [--policy FILE] [--split all|dev|holdout] [--json] [--errors N]
  Without --category a comment counts as predicted positive when the decision is not "approve".
  --split dev|holdout: a fixed 80/20 split by id hash, to develop on one part and check the other.
`;

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface EvalReport extends Confusion {
  data: string;
  label: string;
  prediction: string;
  split: string;
  n: number;
  skipped: number;
  precision: number;
  recall: number;
  f1: number;
  /** Mean of the F1 of the positive and of the negative class. */
  macroF1: number;
  accuracy: number;
  policyVersion: string;
  microsPerComment: number;
}

interface Options {
  data: string;
  label: string;
  category?: Category;
  policy?: string;
  split: 'all' | 'dev' | 'holdout';
  json: boolean;
  errors: number;
}

/** `warden eval`: precision, recall and F1 of the policy against labelled JSON lines. */
export async function runEval(args: string[], io: EvalIo): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(args);
  } catch (err) {
    io.stderr.write(`warden eval: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const engine = createEngine(loadPolicy(opts.policy));
  const lines = readFileSync(opts.data, 'utf8').split('\n');
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const fps: { text: string; verdict: Verdict }[] = [];
  const fns: { text: string; verdict: Verdict }[] = [];
  let skipped = 0;
  let micros = 0;
  let n = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let row: { id?: unknown; text?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      skipped++;
      continue;
    }
    const label = getPath(row, opts.label);
    if (typeof row.text !== 'string' || typeof label !== 'boolean') {
      skipped++;
      continue;
    }
    if (opts.split !== 'all' && inHoldout(String(row.id)) !== (opts.split === 'holdout')) continue;
    const t0 = performance.now();
    const verdict = engine.moderate(row.text);
    micros += (performance.now() - t0) * 1000;
    n++;
    const predicted = opts.category ? verdict.categories.includes(opts.category) : verdict.decision !== 'approve';
    if (predicted && label) c.tp++;
    else if (predicted && !label) {
      c.fp++;
      if (fps.length < opts.errors) fps.push({ text: row.text, verdict });
    } else if (!predicted && label) {
      c.fn++;
      if (fns.length < opts.errors) fns.push({ text: row.text, verdict });
    } else c.tn++;
  }
  const report: EvalReport = {
    data: opts.data,
    label: opts.label,
    prediction: opts.category ? `category ${opts.category}` : 'decision != approve',
    split: opts.split,
    n,
    skipped,
    ...c,
    ...scores(c),
    policyVersion: engine.policy.version,
    microsPerComment: n > 0 ? micros / n : 0,
  };
  if (opts.json) {
    io.stdout.write(JSON.stringify({ ...report, falsePositives: fps, falseNegatives: fns }, null, 2) + '\n');
    return 0;
  }
  io.stdout.write(formatReport(report));
  if (opts.errors > 0) {
    io.stdout.write(`\nfalse positives (${fps.length}):\n`);
    for (const e of fps) io.stdout.write(formatError(e));
    io.stdout.write(`\nfalse negatives (${fns.length}):\n`);
    for (const e of fns) io.stdout.write(formatError(e));
  }
  return 0;
}

export function scores(c: Confusion): Pick<EvalReport, 'precision' | 'recall' | 'f1' | 'macroF1' | 'accuracy'> {
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = div(c.tp, c.tp + c.fp);
  const recall = div(c.tp, c.tp + c.fn);
  const f1 = div(2 * precision * recall, precision + recall);
  const negP = div(c.tn, c.tn + c.fn);
  const negR = div(c.tn, c.tn + c.fp);
  const negF1 = div(2 * negP * negR, negP + negR);
  return {
    precision,
    recall,
    f1,
    macroF1: (f1 + negF1) / 2,
    accuracy: div(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
  };
}

function formatReport(r: EvalReport): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `data        ${r.data} (${r.split}, ${r.n} comments${r.skipped ? `, ${r.skipped} skipped` : ''})`,
    `label       ${r.label}   prediction: ${r.prediction}   policy ${r.policyVersion}`,
    `precision   ${f(r.precision)}`,
    `recall      ${f(r.recall)}`,
    `F1          ${f(r.f1)}`,
    `macro-F1    ${f(r.macroF1)}`,
    `accuracy    ${f(r.accuracy)}`,
    `confusion   tp ${r.tp}  fp ${r.fp}  fn ${r.fn}  tn ${r.tn}`,
    `speed       ${r.microsPerComment.toFixed(1)} µs per comment`,
    '',
  ].join('\n');
}

function formatError(e: { text: string; verdict: Verdict }): string {
  const text = e.text.replace(/\s+/g, ' ').slice(0, 240);
  const why = e.verdict.reasons.map((r) => `${r.category}/${r.rule} "${r.excerpt}"`).join('; ');
  return `  - ${text}\n    ${e.verdict.decision}${why ? `: ${why}` : ''}\n`;
}

function parseArgs(args: string[]): Options {
  const opts: Partial<Options> = { split: 'all', json: false, errors: 0 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--data':
        opts.data = value();
        break;
      case '--label':
        opts.label = value();
        break;
      case '--category': {
        const v = value();
        if (!(CATEGORIES as readonly string[]).includes(v)) {
          throw new Error(`--category: expected one of ${CATEGORIES.join('|')}`);
        }
        opts.category = v as Category;
        break;
      }
      case '--policy':
        opts.policy = value();
        break;
      case '--split': {
        const v = value();
        if (v !== 'all' && v !== 'dev' && v !== 'holdout') throw new Error('--split: expected all|dev|holdout');
        opts.split = v;
        break;
      }
      case '--json':
        opts.json = true;
        break;
      case '--errors': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 0) throw new Error('--errors: expected a whole number');
        opts.errors = v;
        break;
      }
      default:
        throw new Error(`unknown option ${a}`);
    }
  }
  if (!opts.data) throw new Error('--data is required');
  if (!opts.label) throw new Error('--label is required');
  return opts as Options;
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A fixed 20% of ids (FNV-1a hash), so development never looks at the held-out part. */
export function inHoldout(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}
