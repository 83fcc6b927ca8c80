import type { Analysis } from '../analyse';
import { TITLES, hitSpan, isCode, isName, isPlace } from '../analyse';
import { titleOfWork } from '../address';
import { ANIMAL_TERMS, amongAnimals, inIdiom } from '../grammar';
import { originalSpan } from '../normalise';
import { FindingList, type Finding } from '../types';

/**
 * Policy clause "profanity": "comments that include profanity ... will not be permitted".
 * Every listed profane word, however disguised (leet, masked, spaced, repeated letters, look-alike
 * letters), and every listed profane phrase. The word's severity decides the action.
 */
export function profanity(a: Analysis): Finding[] {
  const findings = new FindingList();
  let scripture: boolean | undefined;
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    if (a.hits[i]!.length === 0 && a.tokens[i]!.key.charCodeAt(1) === 42 && SELF_CENSORED.test(a.tokens[i]!.key) && !withheldName(a, i) && findings.wants('medium')) {
      const t = a.tokens[i]!;
      findings.add({
        rule: 'profane-word-masked',
        category: 'profanity',
        severity: 'medium',
        ...originalSpan(a.norm, t.ns, t.ne),
        explanation: 'a word masked after its first letter ("s***", "b******") is swearing the writer censored',
      });
    }
    for (const hit of a.hits[i]!) {
      if (hit.entry.list !== 'profanity') continue;
      // "the ass pulled the cart", "the bitch had a litter of puppies": the animal, not a swear word.
      // "the village of Fucking", "Twatt is a hamlet on Orkney": a place's name.
      if (isName(a, i, hit.form) || isPlace(a, i) || isCode(a, i, hit.how) || literalSuck(a, i, hit.entry.term) || (ANIMAL_TERMS.has(hit.entry.term) && amongAnimals(a, i))) break;
      // "Butthole Surfers were a band from Texas", "The Bastard of Istanbul by Elif Shafak": a work's title. Not a
      // run ending in a kind of place ("Fucking Road works again"): named places are isPlace's (Round 15).
      if (hit.how === 'exact' && a.tokens[i]!.capitalised && titleOfWork(a, i, false)) break;
      const severity = hit.entry.intensifier && intensifies(a, i) ? 'medium' : hit.entry.severity;
      // "riding upon an ass", "he that believeth not shall be damned": the King James Bible quoted.
      if (BIBLE_WORDS.has(hit.entry.term) && hit.how === 'exact' && (scripture ??= kingJames(a))) break;
      if (!findings.wants(severity)) break;
      const span = hitSpan(a, i, hit);
      findings.add({
        rule: hit.how === 'exact' ? 'profane-word' : 'profane-word-disguised',
        category: 'profanity',
        severity,
        ...span,
        explanation:
          hit.how === 'exact'
            ? `"${hit.entry.term}" is on the profanity list`
            : `reads as "${hit.entry.term}" (${HOW[hit.how]}), which is on the profanity list`,
      });
      break;
    }
    for (const { entry: phrase, last: lastIndex } of a.phrases[i]!) {
      // "described the front line as hell on earth": the phrase runs into an idiom of the place.
      if (phrase.list !== 'profanity' || !findings.wants(phrase.severity) || inIdiom(a, i, lastIndex)) continue;
      const last = a.tokens[lastIndex]!;
      findings.add({
        rule: 'profane-phrase',
        category: 'profanity',
        severity: phrase.severity,
        ...originalSpan(a.norm, a.tokens[i]!.ns, last.ne),
        explanation: `"${phrase.phrase}" is on the profanity list`,
      });
    }
  }
  // The middle finger emoji is the obscene gesture drawn ("@USER 🖕", "liberals 🖕🏼"): held, like "wtf". ASCII
  // text (most comments) cannot hold it.
  if (!a.norm.identity && findings.wants('medium')) {
    const at = a.original.indexOf(MIDDLE_FINGER);
    if (at >= 0) {
      findings.add({
        rule: 'obscene-gesture',
        category: 'profanity',
        severity: 'medium',
        start: at,
        end: at + MIDDLE_FINGER.length,
        explanation: 'the middle finger emoji is an obscene gesture',
      });
    }
  }
  return findings.items;
}

const MIDDLE_FINGER = '\u{1F595}';

/**
 * One letter, then nothing but masks ("s***", "F*******"): too little to tell which word, but only a
 * swear word is censored by its writer. Letters between the masks ("M*A*S*H") are not this.
 */
const SELF_CENSORED = /^[a-z]\*{2,}$/;

/**
 * Words right before a name a report withholds: "witness J*** D**", "the suspect S****"; a school's or a
 * clinic's reports withhold their people's names too ("Student F*** won the spelling bee", "patient D****").
 */
const NAMING = new Set(['named', 'witness', 'victim', 'suspect', 'defendant', 'plaintiff', 'student', 'pupil', 'patient', 'inmate', 'employee']);
/** Participles before "as" that give a name: "redacted as J*** D**", "identified as M****". */
const NAMED_AS = new Set(['redacted', 'identified', 'named', 'listed', 'known', 'referred', 'registered']);

/**
 * "Mr. S****", "witness J*** D**", "redacted as J*** D**": a capital and masks after a title or a word that
 * gives a name is a name the writer withholds, not a swear word censored. The surname right after a withheld
 * first name ("J*** D**") is withheld too; "F*** Y**" alone is still the swearing it masks.
 */
function withheldName(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  if (!t.capitalised || prev === undefined) return false;
  if (namedAfter(a, i)) return true;
  return prev.sentence === t.sentence && prev.capitalised && SELF_CENSORED.test(prev.key) && namedAfter(a, i - 1);
}

/** Token i comes right after a title ("Mr. S****") or a word that gives a name ("witness J***", "identified as M****"). */
function namedAfter(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  if (prev === undefined) return false;
  // A title's dot ("Mr.") ended a sentence, but the name is the title's.
  if (prev.sentence === t.sentence - 1) return TITLES.has(prev.key);
  if (prev.sentence !== t.sentence) return false;
  if (TITLES.has(prev.key) || NAMING.has(prev.key)) return true;
  const before = a.tokens[i - 2];
  return prev.key === 'as' && before !== undefined && before.sentence === t.sentence && NAMED_AS.has(before.key);
}

/** Words after which "af" is no intensifier: it names something ("the AF base", "in af terms"). */
const NOT_INTENSIFIED = new Set(['the', 'a', 'an', 'of', 'in', 'to', 'and', 'or', 'for', 'with', 'on', 'at', 'by', 'from', 'my', 'our', 'their', 'his', 'her']);

/**
 * "cute af", "tired af.": an intensifier in small letters right after a word, closing its clause
 * (the comment ends, or a new sentence or clause begins). In capitals it is an abbreviation ("AF").
 */
function intensifies(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  if (t.capitalised || t.masked || !prev || !prev.wordLike || prev.mention || prev.sentence !== t.sentence || t.clauseBreak) return false;
  if (NOT_INTENSIFIED.has(prev.key)) return false;
  return !next || next.sentence !== t.sentence || next.clauseBreak || !next.wordLike;
}

/**
 * What the literal verb "suck" takes: a particle or a third party's possessive ("sucks his thumb", "sucks up dust"),
 * or where or how far something is drawn ("sucked into another war", "the treasury was sucked dry").
 */
const SUCKED = new Set(['up', 'his', 'her', 'its', 'their', 'our', 'into', 'dry']);
/** Listed words that the King James Bible itself uses: "the foal of an ass", "pisseth", "shall be damned", "a bastard shall not enter". */
const BIBLE_WORDS = new Set(['ass', 'piss', 'damn', 'bastard']);
/** The King James Bible's own words, which no comment of today's English uses: "unto", "hath", "shalt". */
const ARCHAIC = new Set(['unto', 'thee', 'thy', 'thine', 'hath', 'hast', 'doth', 'shalt', 'saith', 'verily', 'begat', 'ye']);
/** Names ending in "eth" that are no archaic verb ("Elizabeth", "Nazareth"); short words ("teeth") and ordinals ("twentieth") are left out by length and "ieth". */
const NOT_ARCHAIC_VERBS = new Set(['elizabeth', 'macbeth', 'nazareth', 'japheth', 'kenneth', 'gareth']);

/**
 * "And the Lord opened the mouth of the ass, and she said unto Balaam, What have I done unto thee?": two or
 * more words of the King James register ("unto", "thee", or a verb in "-eth", "believeth", "pisseth") mark
 * the comment as quoted scripture, whose "ass", "damned" and "piss" are the Bible's words. "Thou" alone is
 * not enough ("thou art an ass" is still an insult), and other swear words are still swearing.
 */
function kingJames(a: Analysis): boolean {
  let seen = 0;
  for (const t of a.tokens) {
    const k = t.key;
    if (ARCHAIC.has(k) || (k.length > 5 && k.endsWith('eth') && !k.endsWith('ieth') && !NOT_ARCHAIC_VERBS.has(k))) seen++;
    if (seen >= 2) return true;
  }
  return false;
}

/**
 * "The baby sucks his thumb", "the pump sucks up the water": "suck" with an object is the verb itself;
 * the slang ("this sucks", "he sucks at chess") takes none. "suck my ..." is an insult phrase of its own.
 */
function literalSuck(a: Analysis, i: number, term: string): boolean {
  if (term !== 'suck' && term !== 'sucks') return false;
  const next = a.tokens[i + 1];
  return next !== undefined && next.sentence === a.tokens[i]!.sentence && !next.clauseBreak && SUCKED.has(next.key);
}

const HOW = {
  exact: 'as written',
  leet: 'digits or symbols for letters',
  repeated: 'repeated letters',
  masked: 'masked letters',
  embedded: 'inside a longer word',
  misspelt: 'misspelt',
  spaced: 'letters spaced apart',
  compound: 'a compound word',
} as const;
