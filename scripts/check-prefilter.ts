/**
 * Checks the prefilter's contract (src/moderation/prefilter.ts): skipping the full analysis of a comment
 * never changes its verdict. Runs every labelled comment, and disguised variants of each, through the
 * engine with and without the prefilter and reports any difference.
 *
 *   npx tsx scripts/check-prefilter.ts [DATASETS_DIR]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../src/moderation';
import { loadPolicy } from '../src/policy/loadPolicy';

const dir = process.argv[2] ?? process.env.WARDEN_DATASETS ?? path.resolve(__dirname, '../../shared/datasets');
const policy = loadPolicy();
const fast = createEngine(policy);
const full = createEngine(policy, { prefilter: false });

/** Disguises that move a comment off the prefilter's plain-word path. */
const variants = (t: string): string[] => [
  t,
  t.replace(/[aeiou]/g, (v) => ({ a: '4', e: '3', i: '1', o: '0', u: 'u' })[v]!),
  t.replace(/(\w)(\w)/g, '$1 $2'),
  t.replace(/ /g, '-'),
  t.replace(/o/g, 'ο'),
  t.replace(/([aeiou])/g, '$1$1'),
  t.replace(/ /g, ', '),
  t.toUpperCase(),
  t.replace(/\b(\w+)(\w\w)\b/g, (_m, a: string, b: string) => [...a].join(' ') + ' ' + b),
  t.replace(/(\w)(?=\w)/g, '$1/'),
  t.replace(/(\w)(?=\w)/g, '$1 ').replace(/[st]/g, (c) => (c === 's' ? '5' : '7')),
  t.replace(/\b(\w{2})(\w{2,})\b/g, '$1 $2'),
  t.replace(/(\w)(?=\w)/g, '$1 - '),
  t.replace(/\b(\w)(\w)\w/g, '$1.$2'),
];

let n = 0;
let diffs = 0;
for (const file of ['impermium-train.jsonl', 'olid-train.jsonl']) {
  for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    for (const v of variants(text)) {
      n++;
      const a = fast.moderate(v);
      const b = full.moderate(v);
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        if (diffs++ < 20) process.stdout.write(`DIFF ${JSON.stringify(v.slice(0, 200))}\n  fast ${JSON.stringify(a.reasons)}\n  full ${JSON.stringify(b.reasons)}\n`);
      }
    }
  }
}
process.stdout.write(`${n} texts, ${diffs} verdicts differ\n`);
process.exitCode = diffs === 0 ? 0 : 1;
