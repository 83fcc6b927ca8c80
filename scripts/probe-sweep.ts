/**
 * A sweep of generated probes: every disguise kind applied to every strong word, in three sentence
 * frames, and ordinary words that contain a listed one. Prints the share caught (or kept) per kind, so a
 * change to the normaliser, the tokeniser or the lists can be measured on evasions it was not written
 * for. The words and disguises are our own; nothing comes from the datasets.
 *
 *   npx tsx scripts/probe-sweep.ts [--misses]
 */
import { createEngine } from '../src/moderation';
import { loadPolicy } from '../src/policy/loadPolicy';

const engine = createEngine(loadPolicy());
const showMisses = process.argv.includes('--misses');

const WORDS = [
  'fuck', 'shit', 'bitch', 'asshole', 'cunt', 'bastard', 'whore', 'slut', 'motherfucker', 'bullshit', 'dick', 'pussy',
  'fucking', 'shitty', 'dickhead', 'wanker', 'twat', 'cock', 'prick', 'jackass',
];
const FRAMES = [(w: string) => w, (w: string) => `what a ${w} this is`, (w: string) => `this is ${w}.`];

const CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', h: 'һ', k: 'к', t: 'т', m: 'м', b: 'в', n: 'п',
  d: 'ԁ', w: 'ԝ', j: 'ј', l: 'ӏ', r: 'г',
};
const GREEK: Record<string, string> = { a: 'α', o: 'ο', i: 'ι', k: 'κ', t: 'τ', u: 'υ', v: 'ν', n: 'η', p: 'ρ', e: 'ε', x: 'χ', b: 'β' };
const ARMENIAN: Record<string, string> = { u: 'ս', o: 'օ', h: 'հ', n: 'ո', g: 'ց' };
const LEET: Record<string, string[]> = { a: ['4', '@'], e: ['3'], i: ['1', '!'], l: ['1'], o: ['0'], s: ['$', '5'], t: ['7'] };

const letters = (w: string) => [...w];
const map = (w: string, table: Record<string, string>) => letters(w).map((c) => table[c] ?? c).join('');
const shift = (w: string, base: number) => letters(w).map((c) => String.fromCodePoint(base + c.charCodeAt(0) - 97)).join('');
const leetAll = (w: string, k: number) => letters(w).map((c) => (LEET[c] ? LEET[c][k % LEET[c].length]! : c)).join('');
const innerVowel = (w: string) => letters(w).findIndex((c, i) => i > 0 && 'aeiou'.includes(c));
const maskAt = (w: string, i: number, sign: string) => (i < 0 ? null : w.slice(0, i) + sign + w.slice(i + 1));

type Disguise = (w: string) => string | null;
const EVASIONS: Record<string, Disguise> = {
  'upper case': (w) => w.toUpperCase(),
  'mixed case': (w) => letters(w).map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''),
  'zero-width spaces': (w) => letters(w).join('\u200b'),
  'a zero-width joiner': (w) => w.slice(0, 2) + '\u200d' + w.slice(2),
  'a soft hyphen': (w) => w.slice(0, 2) + '\u00ad' + w.slice(2),
  'a bidi control': (w) => w.slice(0, 1) + '\u202e' + w.slice(1),
  'word joiners': (w) => letters(w).join('\u2060'),
  'Cyrillic look-alikes': (w) => map(w, CYRILLIC),
  'Greek look-alikes': (w) => map(w, GREEK),
  'Armenian look-alikes': (w) => map(w, ARMENIAN),
  'fullwidth letters': (w) => shift(w, 0xff41),
  'mathematical bold': (w) => shift(w, 0x1d41a),
  'mathematical sans italic': (w) => shift(w, 0x1d622),
  'mathematical monospace': (w) => shift(w, 0x1d68a),
  'one leet sign': (w) => {
    const i = letters(w).findIndex((c) => LEET[c]);
    return i < 0 ? null : w.slice(0, i) + LEET[w[i]!]![0] + w.slice(i + 1);
  },
  'leet, first signs': (w) => leetAll(w, 0),
  'leet, second signs': (w) => leetAll(w, 1),
  'a stretched vowel': (w) => w.replace(/([aeiou])/, '$1$1$1$1'),
  'every letter tripled': (w) => letters(w).map((c) => c.repeat(3)).join(''),
  'a stretched ending': (w) => w + w.at(-1)!.repeat(4),
  'spaced letters': (w) => letters(w).join(' '),
  'spaced capitals': (w) => letters(w.toUpperCase()).join(' '),
  'dotted letters': (w) => letters(w).join('.'),
  'dashed letters': (w) => letters(w).join('-'),
  'underscored letters': (w) => letters(w).join('_'),
  'slashed letters': (w) => letters(w).join('/'),
  'letters two spaces apart': (w) => letters(w).join('  '),
  'letters split by " - "': (w) => letters(w).join(' - '),
  'letters split by ".."': (w) => letters(w).join('..'),
  'letters split by an emoji': (w) => letters(w).join('\u{1f525}'),
  'letters split by ", "': (w) => letters(w).join(', '),
  'spaced, the last two together': (w) => (w.length > 3 ? letters(w.slice(0, -2)).join(' ') + ' ' + w.slice(-2) : null),
  'split once in two': (w) => (w.length >= 4 ? w.slice(0, w.length >> 1) + ' ' + w.slice(w.length >> 1) : null),
  'a masked vowel (*)': (w) => maskAt(w, innerVowel(w), '*'),
  'a masked vowel (#)': (w) => maskAt(w, innerVowel(w), '#'),
  'a masked vowel (@)': (w) => maskAt(w, innerVowel(w), '@'),
  'a masked vowel ($)': (w) => maskAt(w, innerVowel(w), '$'),
  'a masked vowel (.)': (w) => maskAt(w, innerVowel(w), '.'),
  'a masked vowel (-)': (w) => maskAt(w, innerVowel(w), '-'),
  'a masked vowel (_)': (w) => maskAt(w, innerVowel(w), '_'),
  'a masked vowel (?)': (w) => maskAt(w, innerVowel(w), '?'),
  'all inner letters masked': (w) => (w.length > 3 ? w[0] + '*'.repeat(w.length - 2) + w.at(-1) : null),
  'leet and spaced': (w) => letters(leetAll(w, 0)).join(' '),
  'leet in capitals': (w) => leetAll(w, 0).toUpperCase(),
  'zero-width and leet': (w) => letters(leetAll(w, 1)).join('\u200b'),
};

const KEPT_WORDS = `Scunthorpe Essex Sussex Middlesex Wessex assassin assassination cocktail cocktails specialist
  specialists Dickens Dickensian Hancock shiitake Matsushita analysis analyst analytics title titles titled hello bass
  bassist Arsenal assess assessment assignment assistant assume assumption associate bassoon brass class classic compass
  embassy grass glass mass massive pass passage passenger passion harass harassment amass cassette lass molasses morass
  sassy trespass crass scrape grape grapes therapist therapists cumin cumulative circumstance document accumulate
  cucumber succumb Penistone penal peninsula Hitchcock cockpit cockroach peacock shuttlecock Cockburn woodcock hitch
  kitchen pitch ditch shitake titmouse titillate titan titanic butterscotch button buttress rebuttal scuttle shuttle
  parse sparse hell hello shell shellfish Michelle Rochelle seashell nutshell condemn Amsterdam dams damsel pussycat
  pussywillow analog canal banal annals cockney Dickinson Dickson Whitcomb Wankel swank swankier Hoare Whorf pricked
  prickly twitter Cunningham Titus Sextus sextant sextet analyse analysed analysing psychoanalysis cockatoo cockatiel
  cockerel cockle Spicer spice spicy Nigeria Nigerian Niger niggle niggling Vandyke Coonhound raccoon cocoon tycoon
  typhoon Japanese Pakistani Mongolia Mongolian mongoose retardant Fuchs fuchsia Fukuoka Fukushima Phuket Dumas dumbbell
  dumbfounded Assange Assad Hassan Massachusetts Massey Hasselhoff Rasmussen Glasgow Basildon Clitheroe Cockermouth
  Sexton Sussman Shiite Kuntz cocky Gaylord Dick homo Twatt Bitche Shitterton Wankie`
  .split(/\s+/)
  .filter(Boolean);
const KEPT_FRAMES = [(w: string) => w, (w: string) => `I read about ${w} yesterday.`, (w: string) => `The ${w} was mentioned in the report`];

function sweep(): void {
  let total = 0;
  let caught = 0;
  const rows: [string, number, number, string[]][] = [];
  for (const [kind, disguise] of Object.entries(EVASIONS)) {
    let n = 0;
    let ok = 0;
    const misses: string[] = [];
    for (const word of WORDS) {
      const d = disguise(word);
      if (d === null || d === word) continue;
      for (const frame of FRAMES) {
        const text = frame(d);
        n++;
        if (engine.moderate(text).decision !== 'approve') ok++;
        else misses.push(text);
      }
    }
    total += n;
    caught += ok;
    rows.push([kind, ok, n, misses]);
  }
  let kept = 0;
  let keptTotal = 0;
  const flagged: string[] = [];
  for (const word of KEPT_WORDS) {
    for (const frame of KEPT_FRAMES) {
      const text = frame(word);
      keptTotal++;
      if (engine.moderate(text).decision === 'approve') kept++;
      else flagged.push(text);
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [kind, ok, n, misses] of rows) {
    process.stdout.write(`${kind.padEnd(width)}  ${String(ok).padStart(3)}/${n}${ok < n ? `  missed ${misses.length}` : ''}\n`);
    if (showMisses) for (const m of misses) process.stdout.write(`    ${JSON.stringify(m)}\n`);
  }
  process.stdout.write(`\ndisguised strong words caught: ${caught}/${total} = ${pct(caught, total)} (${rows.length} disguise kinds x ${WORDS.length} words x ${FRAMES.length} frames)\n`);
  process.stdout.write(`ordinary words kept:           ${kept}/${keptTotal} = ${pct(kept, keptTotal)} (${KEPT_WORDS.length} words x ${KEPT_FRAMES.length} frames)\n`);
  if (showMisses) for (const f of flagged) process.stdout.write(`    held or rejected: ${JSON.stringify(f)}\n`);
}

sweep();
