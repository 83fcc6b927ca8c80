// temporary, not committed
import { readFileSync } from 'fs';
import { parse } from 'yaml';
import { createEngine } from '../src/moderation';
import { loadPolicy } from '../src/policy/loadPolicy';
const engine = createEngine(loadPolicy());
const prof = parse(readFileSync('policies/lexicons/profanity.yaml', 'utf8'));
const ins = parse(readFileSync('policies/lexicons/insults.yaml', 'utf8'));
const idn = parse(readFileSync('policies/lexicons/identity.yaml', 'utf8'));
const flat = (x: unknown): string[] => (Array.isArray(x) ? x.flatMap(flat) : typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(flat) : []);
const ADJ = process.argv.includes('--adj');
let words = ADJ ? [...flat(ins.adjectives?.high ?? []), ...flat(ins.adjectives?.medium ?? [])] : [...flat(prof.terms.high), ...flat(prof.terms.medium), ...flat(ins.nouns?.high ?? []), ...flat(ins.nouns?.medium ?? []), ...flat(idn.slurs)];
words = [...new Set(words.filter((w) => /^[a-z]{4,}$/.test(w)))];
const CYR: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ' };
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
const L = (w: string) => [...w];
const iv = (w: string) => L(w).findIndex((c, i) => i > 0 && 'aeiou'.includes(c));
const D: Record<string, (w: string) => string | null> = {
  leet1: (w) => { const i = L(w).findIndex((c, k) => k > 0 && LEET[c]); return i < 0 ? null : w.slice(0, i) + LEET[w[i]!] + w.slice(i + 1); },
  leetAll: (w) => L(w).map((c) => LEET[c] ?? c).join(''),
  mask: (w) => { const i = iv(w); return i < 0 ? null : w.slice(0, i) + '*' + w.slice(i + 1); },
  bang: (w) => w.includes('i') ? w.replace('i', '!') : null,
  stretch: (w) => { const i = iv(w); return i < 0 ? null : w.slice(0, i) + w[i]!.repeat(4) + w.slice(i + 1); },
  spaced: (w) => L(w).join(' '),
  dotted: (w) => L(w).join('.'),
  dashed: (w) => L(w).join('-'),
  cyr: (w) => { const r = L(w).map((c) => CYR[c] ?? c).join(''); return r === w ? null : r; },
  full: (w) => L(w).map((c) => String.fromCodePoint(0xff41 + c.charCodeAt(0) - 97)).join(''),
  zw: (w) => w.slice(0, 2) + '\u200b' + w.slice(2),
  caps: (w) => w.toUpperCase(),
  leetStretch: (w) => { const x = D.leet1!(w); if (!x) return null; const i = iv(x); return i < 0 ? null : x.slice(0, i) + x[i]!.repeat(3) + x.slice(i + 1); },
  spacedLeet: (w) => { const x = D.leet1!(w); return x ? L(x).join(' ') : null; },
  cyrMask: (w) => { const x = D.mask!(w); if (!x) return null; const r = L(x).map((c) => CYR[c] ?? c).join(''); return r === x ? null : r; },
  greek: (w) => { const G: Record<string, string> = { a: 'α', o: 'ο', i: 'ι', k: 'κ', u: 'υ', v: 'ν', p: 'ρ', t: 'τ' }; const r = L(w).map((c) => G[c] ?? c).join(''); return r === w ? null : r; },
  smallcaps: (w) => { const S: Record<string, string> = { a: 'ᴀ', b: 'ʙ', c: 'ᴄ', d: 'ᴅ', e: 'ᴇ', f: 'ꜰ', g: 'ɢ', h: 'ʜ', i: 'ɪ', j: 'ᴊ', k: 'ᴋ', l: 'ʟ', m: 'ᴍ', n: 'ɴ', o: 'ᴏ', p: 'ᴘ', r: 'ʀ', s: 'ꜱ', t: 'ᴛ', u: 'ᴜ', v: 'ᴠ', w: 'ᴡ', y: 'ʏ', z: 'ᴢ' }; return L(w).map((c) => S[c] ?? c).join(''); },
  italic: (w) => L(w).map((c) => (c === 'h' ? 'ℎ' : String.fromCodePoint(0x1d44e + c.charCodeAt(0) - 97))).join(''),
  rlo: (w) => '\u202e' + L(w).reverse().join('') + '\u202c',
  shyAll: (w) => L(w).join('\u00ad'),
  emoji: (w) => L(w).join('💩'),
  mixedSpaced: (w) => L(w).map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(' '),
  dotLeet: (w) => { const x = D.leetAll!(w); return L(x).join('.'); },
  maskTwo: (w) => { if (w.length < 5) return null; return w[0] + '**' + w.slice(3); },
  maskEnd: (w) => w.slice(0, -1) + '*',
  repeatLast: (w) => w + w.at(-1)!.repeat(5),
  accent: (w) => { const A: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ü' }; const r = L(w).map((c) => A[c] ?? c).join(''); return r === w ? null : r; },
};
const held = (t: string) => engine.moderate(t).decision !== 'approve';
const per: Record<string, [number, number, string[]]> = {};
let skipped = 0;
for (const w of words) {
  const frame = ADJ ? (x: string) => `you are so ${x}` : (x: string) => `you are such a ${x}`;
  if (!held(frame(w))) { skipped++; continue; }
  for (const [k, d] of Object.entries(D)) {
    const x = d(w); if (!x) continue;
    const p = (per[k] ??= [0, 0, []]); p[1]++;
    if (held(frame(x))) p[0]++; else p[2].push(x);
  }
}
console.log(words.length, 'words', skipped, 'skipped (plain not held)');
for (const [k, [ok, n, miss]] of Object.entries(per)) console.log(k.padEnd(12), `${ok}/${n}`, miss.slice(0, 25).join(' | '));
