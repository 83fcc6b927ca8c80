/**
 * Mines candidate lexicon terms from labelled comments: words far more frequent in positive than in
 * negative comments, by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
 * 2008), z-scored. The output is a list of CANDIDATES to curate by hand (see policies/README.md): it is
 * noisy ("section", "sister") and must never be pasted into the policy as is.
 *
 *   npx tsx scripts/mine-lexicon.ts --data ../shared/datasets/impermium-train.jsonl --label labels.insult [--top 150]
 *
 * Only the development split (80%, `warden eval --split dev`) is read, so held-out checks stay honest.
 */
import { readFileSync } from 'node:fs';
import { inHoldout } from '../src/cli/eval';
import { normalise } from '../src/moderation/normalise';
import { tokenise } from '../src/moderation/tokens';

function arg(name: string, def?: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : def;
  if (v === undefined) throw new Error(`${name} is required`);
  return v;
}

const data = arg('--data');
const label = arg('--label');
const top = Number(arg('--top', '150'));
const minCount = Number(arg('--min', '5'));

const pos = new Map<string, number>();
const neg = new Map<string, number>();
let nPos = 0;
let nNeg = 0;
for (const line of readFileSync(data, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: string; text: string; labels: Record<string, unknown> };
  if (inHoldout(String(row.id))) continue;
  const y = row.labels[label.replace(/^labels\./, '')];
  if (typeof y !== 'boolean') continue;
  // Document frequency: a word counts once per comment.
  const words = new Set(tokenise(normalise(row.text)).filter((t) => t.wordLike).map((t) => t.key));
  const target = y ? pos : neg;
  if (y) nPos++;
  else nNeg++;
  for (const w of words) target.set(w, (target.get(w) ?? 0) + 1);
}

const vocab = new Set([...pos.keys(), ...neg.keys()]);
const totalPos = [...pos.values()].reduce((a, b) => a + b, 0);
const totalNeg = [...neg.values()].reduce((a, b) => a + b, 0);
const alpha0 = 1000; // prior strength, spread by overall frequency
const totalAll = totalPos + totalNeg;
const scored: { w: string; z: number; p: number; n: number }[] = [];
for (const w of vocab) {
  const p = pos.get(w) ?? 0;
  const n = neg.get(w) ?? 0;
  if (p + n < minCount) continue;
  const aw = (alpha0 * (p + n)) / totalAll;
  const lp = Math.log((p + aw) / (totalPos + alpha0 - p - aw));
  const ln = Math.log((n + aw) / (totalNeg + alpha0 - n - aw));
  const variance = 1 / (p + aw) + 1 / (n + aw);
  scored.push({ w, z: (lp - ln) / Math.sqrt(variance), p, n });
}
scored.sort((a, b) => b.z - a.z);
process.stdout.write(`# ${data} ${label}: ${nPos} positive, ${nNeg} negative comments (development split)\n`);
for (const s of scored.slice(0, top)) process.stdout.write(`${s.w}\t${s.z.toFixed(2)}\t${s.p}\t${s.n}\n`);
