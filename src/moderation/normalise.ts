/**
 * Normalisation that keeps offsets back into the original text.
 *
 * The normalised string is built one code point at a time; for every normalised character we record the
 * UTF-16 span [start, end) of the original code point that produced it. A finding on the normalised text
 * therefore maps back to an exact excerpt of what the author wrote, however it was disguised.
 *
 * Steps per code point: compatibility decomposition (NFKD, which covers NFKC's fullwidth and
 * mathematical alphanumerics) with combining marks dropped (so "fück" and zalgo text read as letters),
 * invisible characters dropped (zero-width, soft hyphen, bidi controls, Hangul fillers: every format character, \p{Cf}, and every default-ignorable code point),
 * look-alike letters of other scripts (Cyrillic, Greek, Armenian, Cherokee, Canadian syllabics) and
 * boxed letters (negative circled and squared, regional indicators) folded to Latin, then lower case. Text after a right-to-left
 * override is put back in the order it is shown (see `reverseOverridden`), and a German sharp s is "ss"
 * ("aßhole"), or the "b" it looks like when it starts a word ("ßitch": no German word starts with it).
 */

export interface NormalisedText {
  readonly original: string;
  /** Lower-case, folded text. */
  readonly text: string;
  /** start[i]: UTF-16 offset in `original` of the code point that produced text[i]. */
  readonly start: Int32Array;
  /** end[i]: the end (exclusive) of that code point. */
  readonly end: Int32Array;
  /** text[i] comes from original[i] for every i (ASCII text): the offset maps are not needed. */
  readonly identity: boolean;
}

/** ASCII text: lower-casing keeps every offset, so the maps are only built if someone asks. */
class IdentityText implements NormalisedText {
  readonly identity = true;
  private starts: Int32Array | null = null;
  constructor(
    readonly original: string,
    readonly text: string,
  ) {}
  get start(): Int32Array {
    if (this.starts === null) {
      this.starts = new Int32Array(this.text.length);
      for (let i = 0; i < this.starts.length; i++) this.starts[i] = i;
    }
    return this.starts;
  }
  get end(): Int32Array {
    return this.start.map((i) => i + 1);
  }
}

/** Any UTF-16 code unit above U+007F (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Cyrillic, Greek and Latin look-alikes, folded to the Latin letter they imitate. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic capitals and small letters
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', У: 'y',
  Ѕ: 's', І: 'i', Ј: 'j', Һ: 'h', Ԁ: 'd', Ԛ: 'q', Ԝ: 'w', Ӏ: 'l',
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', х: 'x', у: 'y',
  ѕ: 's', і: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ь: 'b', г: 'r', п: 'n', ѵ: 'v',
  // Cyrillic letters with a hook, tail or stroke drawn on a k, the Ukrainian e ("қ", "ҡ", "ӄ", "є")
  қ: 'k', Қ: 'k', ҡ: 'k', Ҡ: 'k', ӄ: 'k', Ӄ: 'k', ҝ: 'k', Ҝ: 'k', є: 'e', Є: 'e',
  // "ц" is the u with a tail that fancy-text generators and filter dodgers use ("fцck", "сцnт")
  ц: 'u', Ц: 'u',
  // Greek capitals and small letters
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't',
  Υ: 'y', Χ: 'x',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', Ϲ: 'c', ς: 's', ϝ: 'f', Ϝ: 'f',
  // Armenian letters that look like Latin ones: "fսck" is typed on any Armenian keyboard (a word of
  // Armenian letters only folds into nothing the lists hold: these letters spell no listed word)
  ս: 'u', Ս: 'u', օ: 'o', Օ: 'o', հ: 'h', ո: 'n', ց: 'g', զ: 'q', Տ: 's', Լ: 'l', ա: 'w', ժ: 'd',
  // Cherokee capitals that are drawn as Latin ones ("ᏴᎥᎢᏟᎻ"), and the Canadian syllabics that "fancy
  // text" generators use for Latin letters ("ᖴᑌᑕK"). Neither script is written on this site, and their
  // other letters are left alone, so a word in either folds into nothing the lists hold.
  Ꭺ: 'a', Ᏼ: 'b', Ꮯ: 'c', Ꭰ: 'd', Ꭼ: 'e', Ꮐ: 'g', Ꮋ: 'h', Ꭵ: 'i', Ꭻ: 'j', Ꮶ: 'k', Ꮮ: 'l', Ꮇ: 'm', Ꮲ: 'p',
  Ꮢ: 'r', Ꮪ: 's', Ꭲ: 't', Ꮩ: 'v', Ꮃ: 'w', Ꮓ: 'z',
  // the rest of the Cherokee alphabet of "fancy text" generators ("ᏚᎻᏆᎢ", "ᏴᎪᏚᎢᎪᎡᎠ"), and its Cyrillic F ("Ғ")
  Ꮖ: 'i', Ꮑ: 'n', Ꮎ: 'o', Ꮕ: 'q', Ꭱ: 'r', Ꮜ: 'u', Ꮤ: 'w', Ꮍ: 'y', Ғ: 'f', ғ: 'f',
  ᗩ: 'a', ᗷ: 'b', ᑕ: 'c', ᗪ: 'd', ᖴ: 'f', ᕼ: 'h', ᒍ: 'j', ᒪ: 'l', ᗰ: 'm', ᑎ: 'n', ᑭ: 'p', ᑫ: 'q', ᖇ: 'r',
  ᔕ: 's', ᑌ: 'u', ᐯ: 'v', ᗯ: 'w', '᙭': 'x', ᘔ: 'z',
  // Other look-alikes: the APL alpha, Latin small letters of other alphabets, Cyrillic rarities
  '⍺': 'a', ƅ: 'b', Ƅ: 'b', Ь: 'b', ҽ: 'e', ɩ: 'i', ϳ: 'j', ǀ: 'l', ᴦ: 'r', ѡ: 'w', ү: 'y', Ү: 'y',
  // Latin letters with a hook or a stroke, which NFKD leaves alone ("ƀitch", "ʂhit", "ɗick", "ȼunt")
  ƀ: 'b', Ƀ: 'b', ɓ: 'b', ȼ: 'c', Ȼ: 'c', ƈ: 'c', ɗ: 'd', Ɗ: 'd', ɖ: 'd', ɇ: 'e', Ɇ: 'e', ɠ: 'g', ǥ: 'g', ɦ: 'h',
  ɨ: 'i', Ɨ: 'i', ɉ: 'j', ʝ: 'j', ƙ: 'k', ꝁ: 'k', ɬ: 'l', ƚ: 'l', ɱ: 'm', ɲ: 'n', ƞ: 'n', ɵ: 'o', ƥ: 'p', ᵽ: 'p',
  ʠ: 'q', ɋ: 'q', ɍ: 'r', ɽ: 'r', ʂ: 's', ʃ: 's', ƭ: 't', ʈ: 't', ŧ: 't', Ŧ: 't', ʉ: 'u', Ʉ: 'u', ʋ: 'v', ⱳ: 'w', ƴ: 'y',
  ɏ: 'y', ȥ: 'z', ʐ: 'z', ƶ: 'z', Ƶ: 'z', ⱥ: 'a', Ⱥ: 'a',
  // Latin look-alikes NFKD leaves alone, and signs used as letters
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ð: 'd', ħ: 'h', ƒ: 'f', Ƒ: 'f',
  '¡': 'i', '©': 'c', '®': 'r', '¢': 'c', ĸ: 'k', ß: 'ss', ẞ: 'ss',
  // Small capitals ("ꜰᴜᴄᴋ"), which NFKD leaves alone
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // Typographic apostrophes and quotes read as the ASCII apostrophe
  '\u2019': "'", '\u2018': "'", '\u02bc': "'",
};

const COMBINING_MARK = /\p{M}/gu;
/**
 * Invisible characters: format characters, and the other code points Unicode says to ignore when they
 * cannot be shown (the Hangul fillers, "f\u3164u\u3164c\u3164k", are letters drawn as nothing).
 */
const FORMAT_CHAR = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

const cache = new Map<number, string>();

/** The normalised form of one non-ASCII code point ('' when it is invisible). */
function foldCodePoint(cp: number): string {
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  // Negative circled and negative squared capitals ("🅕", "🅵"), which NFKD leaves alone,
  // parenthesized letters ("⒡", which NFKD would make "(f)"), read as letters.
  let out = '';
  if (cp >= 0x1f150 && cp <= 0x1f169) out = String.fromCharCode(cp - 0x1f150 + 97);
  else if (cp >= 0x1f170 && cp <= 0x1f189) out = String.fromCharCode(cp - 0x1f170 + 97);
  else if (cp >= 0x249c && cp <= 0x24b5) out = String.fromCharCode(cp - 0x249c + 97);
  // Regional indicator symbols are letters drawn in boxes ("🇫 🇺 🇨 🇰"); two in a row may be a flag, which
  // `normalise` keeps as the emoji it is (see `isFlagRow`).
  else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) out = String.fromCharCode(cp - 0x1f1e6 + 97);
  // A look-alike is read as the letter it imitates before NFKD can turn it into another letter (the
  // lunate sigma "ϲ" looks like c; NFKD makes it a sigma, read as s).
  // The line and paragraph separators and the next-line control end a line as "\n" does.
  else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) out = '\n';
  // Cherokee small letters ("ꮪꮋꭵꭲ") are read as the capitals they are drawn like.
  else if ((cp >= 0xab70 && cp <= 0xabbf) || (cp >= 0x13f8 && cp <= 0x13fd)) out = CONFUSABLES[ch.toUpperCase()] ?? '';
  if (out === '') out = CONFUSABLES[ch] ?? '';
  if (out === '' && !FORMAT_CHAR.test(ch)) {
    const decomposed = ch.normalize('NFKD').replace(COMBINING_MARK, '');
    for (const c of decomposed) {
      // A capital of a listed look-alike ("Ƈ", "Ƙ", "Ƥ") is read as its small letter is ("ƈ" as c).
      const lower = c.toLowerCase();
      out += CONFUSABLES[c] ?? CONFUSABLES[lower] ?? lower;
    }
  }
  // Bounded: a text cannot grow the cache beyond the set of code points it uses, and comments use few.
  if (cache.size < 65536) cache.set(cp, out);
  return out;
}

export function normalise(original: string): NormalisedText {
  if (!NON_ASCII.test(original) && !LINE_END_HYPHEN.test(original)) return new IdentityText(original, original.toLowerCase());
  const n = original.length;
  // The normalised text is built as UTF-16 code units, then made a string in one go. A code point can
  // expand (e.g. "ﬃ" -> "ffi"); the buffers grow if it happens.
  let units = new Uint16Array(n + 8);
  let start = new Int32Array(n + 8);
  let end = new Int32Array(n + 8);
  let j = 0;
  let surrogates = false;
  /** Where the text a right-to-left override governs starts in the output, or -1. */
  let overridden = -1;
  /** The end of the row of regional indicators the last one read belongs to, and whether it is a flag. */
  let indicatorsEnd = -1;
  let flagRow = false;
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      // A word broken over two lines with a hyphen ("Arse-\nnal", "ass-\nessment") is one word.
      if (c === 45 && j > 0 && isLetterUnit(units[j - 1]!)) {
        const next = afterLineEndHyphen(original, i + 1);
        if (next > 0) {
          i = next;
          continue;
        }
      }
      if (overridden >= 0 && (c === 10 || c === 13)) {
        reverseOverridden(units, start, end, overridden, j);
        overridden = -1;
      }
      units[j] = c >= 65 && c <= 90 ? c + 32 : c;
      start[j] = i;
      end[j] = i + 1;
      j++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // An override inside a word ("fu\u202eck") is read as the invisible character it mostly is: the
    // disguise is an override that starts a word and spells it backwards.
    if (cp === RLO) {
      if (overridden >= 0) reverseOverridden(units, start, end, overridden, j);
      overridden = j === 0 || !isLetterUnit(units[j - 1]!) ? j : -1;
    } else if (overridden >= 0 && OVERRIDE_END.has(cp)) {
      reverseOverridden(units, start, end, overridden, j);
      overridden = -1;
    }
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff && i >= indicatorsEnd) {
      indicatorsEnd = indicatorRowEnd(original, i);
      flagRow = isFlagRow(original, i, indicatorsEnd);
    }
    const folded =
      (cp === 0xdf || cp === 0x1e9e) && (j === 0 || !isLetterUnit(units[j - 1]!)) ? 'b' : cp >= 0x1f1e6 && cp <= 0x1f1ff && flagRow ? String.fromCodePoint(cp) : foldCodePoint(cp);
    if (j + folded.length >= start.length) {
      const bigger = Math.max(start.length * 2, j + folded.length + 8);
      units = grown(units, new Uint16Array(bigger));
      start = grown(start, new Int32Array(bigger));
      end = grown(end, new Int32Array(bigger));
    }
    for (let k = 0; k < folded.length; k++) {
      const u = folded.charCodeAt(k);
      if (u >= 0xd800 && u <= 0xdfff) surrogates = true;
      units[j] = u;
      start[j] = i;
      end[j] = i + width;
      j++;
    }
    i += width;
  }
  if (overridden >= 0) reverseOverridden(units, start, end, overridden, j);
  return { original, text: fromUnits(units.subarray(0, j), surrogates), start: start.subarray(0, j), end: end.subarray(0, j), identity: false };
}

/**
 * The end of the row of regional indicators (two UTF-16 units each) that starts at i. A flag ("🇦🇲") is
 * kept as the emoji it is (see `isFlagRow`): read as letters, "🇺🇸❤️🇺🇸❤️🇺🇸" would be the word "us" over
 * and over. A lone one, between spaces or invisible characters, is a letter.
 */
function indicatorRowEnd(original: string, i: number): number {
  let e = i;
  for (;;) {
    const c = original.codePointAt(e);
    if (c === undefined || c < 0x1f1e6 || c > 0x1f1ff) return e;
    e += 2;
  }
}

/** The two-letter region codes that have a flag (ISO 3166-1, and the few others emoji draw: "eu", "un", "xk"). */
const FLAG_CODES = new Set(
  (
  'ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt ' +
  'bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh ' +
  'er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht ' +
  'hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls ' +
  'lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni ' +
  'nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg ' +
  'sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug ' +
  'um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw ac cp dg ea ic ta eu un xk'
  ).split(' '),
);

/**
 * The row of regional indicators [i, end) is flags: pairs, each of them a region that has a flag
 * ("🇺🇸🇺🇸🇺🇸", "🇬🇧🇫🇷"). An odd row, or a pair that is no region ("🇫🇺🇨🇰", "🇸🇹🇫🇺"), is a word in boxed letters.
 */
function isFlagRow(original: string, i: number, end: number): boolean {
  if ((end - i) % 4 !== 0) return false;
  for (let k = i; k < end; k += 4) {
    const code = String.fromCharCode(original.codePointAt(k)! - 0x1f1e6 + 97, original.codePointAt(k + 2)! - 0x1f1e6 + 97);
    if (!FLAG_CODES.has(code)) return false;
  }
  return true;
}

/** A hyphen closing a line in ASCII text (the line ending may be another kind in other text). */
const LINE_END_HYPHEN = /[a-z]-[ \t]*[\r\n]/i;

/**
 * After a hyphen at `from` - 1 that follows a letter: when only spaces and one line ending (of any kind)
 * come before a small letter, the offset of that letter (the hyphen only broke a word over two lines),
 * else 0. A capital after the break starts something new (a list, a signature).
 */
function afterLineEndHyphen(original: string, from: number): number {
  let k = from;
  while (k < original.length && (original.charCodeAt(k) === 32 || original.charCodeAt(k) === 9)) k++;
  const c = original.charCodeAt(k);
  if (c === 13 && original.charCodeAt(k + 1) === 10) k += 2;
  else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) k++;
  else return 0;
  while (k < original.length && (original.charCodeAt(k) === 32 || original.charCodeAt(k) === 9)) k++;
  const d = original.charCodeAt(k);
  return d >= 97 && d <= 122 ? k : 0;
}

/** RIGHT-TO-LEFT OVERRIDE: the letters after it are shown right to left ("\u202ekcuf" shows "fuck"). */
const RLO = 0x202e;
/** What ends an override: POP DIRECTIONAL FORMATTING or ISOLATE, or another override or embedding. */
const OVERRIDE_END = new Set([0x202c, 0x2069, 0x202a, 0x202b, 0x202d]);

/**
 * Output units [from, to) governed by a right-to-left override, reversed in place with their offsets:
 * the text reads as it is shown. A surrogate pair keeps its order.
 */
function reverseOverridden(units: Uint16Array, start: Int32Array, end: Int32Array, from: number, to: number): void {
  units.subarray(from, to).reverse();
  start.subarray(from, to).reverse();
  end.subarray(from, to).reverse();
  for (let k = from; k + 1 < to; k++) {
    const u = units[k]!;
    if (u >= 0xdc00 && u <= 0xdfff && units[k + 1]! >= 0xd800 && units[k + 1]! <= 0xdbff) {
      units[k] = units[k + 1]!;
      units[k + 1] = u;
      k++;
    }
  }
}

/** A letter of the output so far (ASCII or not): a sharp s after one is inside a word. */
function isLetterUnit(u: number): boolean {
  return (u >= 97 && u <= 122) || (u >= 0xc0 && LETTER.test(String.fromCharCode(u)));
}
const LETTER = /\p{L}/u;

/** Little-endian machines can decode the code units natively (UTF-16LE is their layout in memory). */
const UTF16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le') : null;

/** The string of these code units. A lone surrogate must survive (the decoder would replace it). */
function fromUnits(units: Uint16Array, surrogates: boolean): string {
  if (UTF16 !== null && !surrogates && units.length > 1024) return UTF16.decode(units);
  let text = '';
  // In slices: fromCharCode takes its code units as arguments.
  for (let from = 0; from < units.length; from += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(from, from + 8192) as unknown as number[]);
  }
  return text;
}

function grown<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** UTF-16 offset in the original text where normalised character i starts. */
export function originalStart(norm: NormalisedText, i: number): number {
  return norm.identity ? i : norm.start[i]!;
}

/** UTF-16 offset in the original text where normalised character i ends. */
export function originalEnd(norm: NormalisedText, i: number): number {
  return norm.identity ? i + 1 : norm.end[i]!;
}

/** The original-text span of normalised characters [from, to). */
export function originalSpan(norm: NormalisedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = from < norm.text.length ? originalStart(norm, from) : norm.original.length;
    return { start: at, end: at };
  }
  const start = originalStart(norm, from);
  const end = originalEnd(norm, to - 1);
  // Characters put back in their shown order (a right-to-left override) come from the other way round.
  return start < end ? { start, end } : { start: originalStart(norm, to - 1), end: originalEnd(norm, from) };
}
