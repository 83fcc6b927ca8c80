import { isCode, type Analysis } from '../analyse';
import {
  BODY_PARTS, FIRST_PERSON, NEGATORS, PERSON_NOUNS, REPORTING as REPORTED, THINGS, THIRD_PERSON, conditionFollows, groupHead, hypothetical, inIdiom, isAddress,
  isPeople, namesSubject, negatedBetween, nearestReferentBefore, orderAt, quotedSpeech, referentOf, BE_FORMS, THIRD_SINGULAR_BE,
} from '../grammar';
import { SECOND_POSSESSIVE } from '../lexicon';
import { originalSpan } from '../normalise';
import { FindingList, type Finding, type Severity } from '../types';

/** Words that turn a violent verb into intent: "I will kill", "we're gonna", "someone should". */
const INTENT = new Set([
  'will', 'ill', 'gonna', 'going', 'wanna', 'want', 'shall', 'gotta', 'should', 'lets', 'must', 'would',
  'id', 'ima', 'imma', 'im', 'gon', 'wll', 'plan', 'plans', 'intend', 'intends', 'ready', 'to', 'll',
  'could', 'might', 'wants',
  // "i wil kil u": the one-l spelling of "will".
  'wil',
  // "I hope someone shoots you": violence wished, done by someone else.
  'hope', 'wish', 'pray',
]);
/**
 * Violence only a person does, foretold to the reader ("you're going to get shot", "you'll get stabbed");
 * "you'll get hurt", "you'll get killed", "you'll get burned" are also warnings of an accident.
 */
const BY_HAND = new Set(['shot', 'stabbed', 'hanged', 'lynched', 'beheaded', 'strangled', 'knifed', 'slapped', 'punched', 'smacked', 'gutted', 'executed']);

/** Intent words of a mere possibility. */
const MAYBE = new Set(['could', 'might', 'would']);

/**
 * A thing's noun right before the word at k, after its determiner: "the heatwave could", "the new pesticide
 * might", "the tattoo needle will" (not "they would", "the Turks could", "the traitor will", "these vermin could").
 */
function thingBefore(a: Analysis, k: number): boolean {
  const sentence = a.tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - 3 && a.tokens[j]!.sentence === sentence; j--) {
    const p = a.tokens[j]!;
    if (THING_DETERMINERS.has(p.key)) return j < k - 1;
    if (!p.wordLike || p.capitalised || referentOf(a, p) !== 'none' || PERSON_NOUNS.has(p.key) || isPeople(a, j) || personWord(a, j) || a.hits[j]!.some((h) => h.entry.list === 'dehumanising')) return false;
  }
  return false;
}
const THING_DETERMINERS = new Set(['the', 'this', 'that', 'a', 'an', 'these', 'those', 'its']);
/** Words that open a clause inside another: "find where you live", "know who you are". */
const EMBEDDING = new Set(['where', 'wherever', 'who', 'what', 'how', 'when']);
const THREATENERS = new Set([...FIRST_PERSON, 'someone', 'somebody', 'ill', 'lets', 'ima', 'imma']);
const PERSON_OBJECT = new Set(['you', 'u', 'ya', 'yall', 'him', 'her', 'them', 'yourself', 'yourselves', 'your', 'ur', 'ye', 'thee']);
/** "you deserve to die", "I hope you rot". */
const WISH = new Set(['hope', 'wish', 'deserve', 'deserves', 'should', 'pray', 'must', 'need', 'needs', 'ought', 'go', 'better', 'gonna', 'will']);
const PASSIVE_MODAL = new Set(['should', 'deserve', 'deserves', 'needs', 'need', 'ought', 'must', 'gotta', 'will', 'gonna']);
/** Whole peoples: "annihilate all of the Armenian souls". */
const MASS_OBJECT = new Set(['people', 'peoples', 'souls', 'nation', 'race', 'all', 'every', 'population', 'civilians', 'children']);

/**
 * Policy clauses "personal_attacks" and "inappropriate_material": violence aimed at a person ("I will
 * kill you", "you deserve to die", "kill yourself") and calls for the destruction of a people. Idioms
 * where no person is the object ("this analysis is killing me", "kill the bill") and history told in
 * the past tense are not threats.
 */
export function threat(a: Analysis): Finding[] {
  const findings = new FindingList();
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    // "burn" is both: violence done to someone ("we will burn your house down") and harm wished on
    // them ("I hope you burn"); the first reading that finds a threat counts.
    for (const hit of a.hits[i]!) {
      const list = hit.entry.list;
      const f =
        list === 'violentVerb' || list === 'contestVerb'
          ? violentIntent(a, i, list === 'contestVerb')
          : list === 'harmWish'
            ? harmWish(a, i)
            : list === 'harmOutcome'
              ? harmOutcome(a, i)
              : list === 'weapon'
                ? weaponAimed(a, i)
                : null;
      // 'threats like "I will kill you" are unacceptable', 'he told me "I'll shoot you"': a threat quoted
      // and reported is someone else's.
      if (f && !quotedSpeech(a, i) && !sayingMentioned(a, i) && !slogansNamed(a, i)) {
        findings.add(f);
        break;
      }
    }
    for (const { entry: phrase, last: lastIndex } of a.phrases[i]!) {
      if (phrase.list !== 'threat') continue;
      if (negatedBetween(a, i - 3, i) || !phraseAimed(a, i, lastIndex) || inIdiom(a, i, lastIndex) || quotedSpeech(a, i) || sayingMentioned(a, i) || slogansNamed(a, i) || threatReported(a, i)) continue;
      // "the tattoo needle will make you bleed": a thing foretold to do it.
      if (i > 0 && (FORETELLING.has(tokens[i - 1]!.key) || MAYBE.has(tokens[i - 1]!.key)) && thingBefore(a, i - 1)) continue;
      // "put him six feet under": done to someone talked about, a threat only when ordered or meant.
      // "beat him up" too ("let's go round and beat him up"; "they beat him up" is told).
      if (phrase.aboutOthers && (tokens[i]!.key === 'put' || tokens[i]!.key === 'beat') && !orderAt(a, i) && !meantBefore(a, i)) continue;
      // "filter part KYS-2240": a one-word phrase in capitals joined to a number is a part or model number.
      if (lastIndex === i && isCode(a, i, 'exact')) continue;
      findings.add({
        rule: 'threatening-phrase',
        category: 'threat',
        severity: phrase.severity,
        ...originalSpan(a.norm, tokens[i]!.ns, tokens[lastIndex]!.ne),
        explanation: `"${phrase.phrase}" threatens or wishes harm`,
      });
    }
  }
  return findings.items;
}

/** Round 14 (ti6): "telling people to die in a fire is not debate" is mentioned as "saying" is. */
const SAYING = new Set(['saying', 'telling']);
/** Before "saying", words that make the words after it a mention: "arrested for saying", "notes saying". */
const MENTIONERS = new Set([
  'for', 'about', 'without', 'note', 'notes', 'message', 'messages', 'letter', 'letters', 'sign', 'signs', 'text', 'texts',
  'email', 'emails', 'post', 'posts', 'comment', 'comments', 'tweet', 'tweets', 'card', 'banner', 'banners',
]);

/**
 * "can you be arrested for saying I hope you die?", "the killer leaves notes saying I know where you live":
 * the threat is words mentioned, by the gerund "saying" after a preposition or a written thing (not "I'm
 * saying I'll kill you", the writer's own).
 */
function sayingMentioned(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 7 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    const opens = k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;
    if (SAYING.has(tokens[k]!.key)) return (!opens && MENTIONERS.has(tokens[k - 1]!.key)) || (opens && gerundSubject(a, i));
    // "in the show he tells her I will kill you", "the villain says I'll find you": another's words reported
    // without quotes (not "I said I will kill you", the writer's own).
    // "the accused allegedly wrote I will kill you": an adverb between the teller and the telling.
    if (TOLD.has(tokens[k]!.key)) return !opens && (teller(a, k - 1) || (k > 1 && TELLING_ADVERBS.has(tokens[k - 1]!.key) && teller(a, k - 2)));
  }
  return false;
}

/**
 * Round 13 (ti4): "police say the man threatened to put a bullet in the judge", "threatening to put a bullet in
 * someone is a crime": a threat reported or named by "threatened to", not made (not "I threatened to ...").
 */
function threatReported(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  if (i < 2 || tokens[i - 1]!.key !== 'to' || !THREAT_REPORTS.has(tokens[i - 2]!.key) || tokens[i - 2]!.sentence !== tokens[i]!.sentence) return false;
  const subject = tokens[i - 3];
  return !(subject && subject.sentence === tokens[i]!.sentence && FIRST_PERSON.has(subject.key));
}

const THREAT_REPORTS = new Set(['threatened', 'threatens', 'threatening']);

/**
 * Round 14 (ti5): "the slogans calling for death to Armenians must be condemned", "crowds chanting death to
 * America": a call named by the writing or the crowd that makes it (a noun before "calling for", or "chanting"),
 * not made (not "I'm calling for death to ...", "we are chanting ...": the writer's own).
 */
function slogansNamed(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  let verb = i - 1;
  if (tokens[verb]?.key === 'for' && CALLING.has(tokens[verb - 1]?.key ?? '')) verb--;
  else if (!CHANTING.has(tokens[verb]?.key ?? '')) return false;
  // "the crowd was chanting": the maker before its "be".
  let m = verb - 1;
  if (BE_FORMS.has(tokens[m]?.key ?? '')) m--;
  const maker = tokens[m];
  return maker !== undefined && maker.sentence === tokens[i]!.sentence && maker.wordLike && !FIRST_PERSON.has(maker.key) && referentOf(a, maker) !== 'second';
}

const CALLING = new Set(['calling', 'calls', 'called']);
const CHANTING = new Set(['chanting', 'chanted', 'chants', 'shouting', 'screaming']);

/**
 * Round 13 (ti4): "Saying someone should hang for their opinions is way over the line": the gerund opening the
 * sentence is the subject of a "be" after the threat, which names the saying (not "Saying this: I will kill you").
 */
function gerundSubject(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  for (let j = i + 1; j < tokens.length && j <= i + 10 && tokens[j]!.sentence === tokens[i]!.sentence; j++) if (THIRD_SINGULAR_BE.has(tokens[j]!.key)) return true;
  return false;
}

/** Verbs that report another's words: "he tells her ...", "the villain says ...". */
const TOLD = new Set([
  'says', 'said', 'tells', 'told', 'writes', 'wrote', 'yells', 'yelled', 'shouts', 'shouted', 'screams', 'screamed',
  // Round 14 (ti6): another's words online ("someone posted you should be shot under my article")
  'posted', 'tweeted', 'commented', 'texted',
  // and words sung ("in the song he sings I'm coming for you")
  'sings', 'sang',
]);
const TELLERS = new Set(['he', 'she', 'they']);
/** Round 14 (ti6): adverbs between a teller and its verb: "he allegedly wrote", "she later posted". */
const TELLING_ADVERBS = new Set(['allegedly', 'reportedly', 'apparently', 'supposedly', 'later', 'then', 'once', 'also', 'actually']);

/** Round 14 (ti6): an unnamed teller ("someone posted ...", "somebody wrote ..."). */
const ANONYMOUS = new Set(['someone', 'somebody']);

/** Someone else as a speaker at k: "he", "she", "they", a person's noun or "the villain". */
function teller(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  // Round 15 (mix6): a written thing's words ("the message, which said watch your back"): "which" is never the writer.
  return t.key === 'which' || TELLERS.has(t.key) || ANONYMOUS.has(t.key) || PERSON_NOUNS.has(t.key) || (a.tokens[k - 1]?.key === 'the' && t.wordLike && referentOf(a, t) === 'none');
}

/** An intent or a call before the verb at i: "someone should put him ...", "I'm going to put him ...". */
function meantBefore(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && a.tokens[k]!.sentence === a.tokens[i]!.sentence; k--) if (INTENT.has(a.tokens[k]!.key) || URGING.has(a.tokens[k]!.key)) return true;
  // "let's go to his house and beat him up": a "let's" opening the sentence orders all its verbs.
  let first = i;
  while (first > 0 && first > i - 12 && a.tokens[first - 1]!.sentence === a.tokens[i]!.sentence) first--;
  return a.tokens[first]!.key === 'lets' && (first === 0 || a.tokens[first - 1]!.sentence !== a.tokens[i]!.sentence);
}

/** The reader's people: "your family", "your kids". */
const KIN = new Set([
  'family', 'families', 'kids', 'kid', 'children', 'child', 'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'mother', 'mom',
  'father', 'dad', 'parents', 'brother', 'sister', 'people', 'friends', 'house', 'home', 'village', 'town', 'city',
]);

/** Others who may be urged to do violence: "they should hang you". */
const OTHERS = new Set(['they', 'people', 'somebody', 'everyone', 'everybody']);
const URGING = new Set(['should', 'ought', 'must', 'need', 'needs']);

/** The reader is the object right after the verb at i: "hang you", "shoot ur ...". */
function secondObjectAfter(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return next !== undefined && next.sentence === a.tokens[i]!.sentence && !next.clauseBreak && referentOf(a, next) === 'second';
}

/** Where a weapon is brought to the reader: "to your door", "to your house". */
const DOORSTEP = new Set(['door', 'doorstep', 'house', 'home', 'place', 'face', 'head', 'skull', 'office', 'work', 'school']);

/**
 * "I've got a 9mm with your name on it", "my AK is loaded and waiting for you", "I'm bringing my shotgun
 * to your door": the writer's weapon (a first person before it) aimed at the reader after it. Not "I've
 * got a 9mm lens for my camera", "I have a bat for you if you want to join", "I'll bring my knife to your
 * barbecue".
 */
function weaponAimed(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let owner = -1;
  for (let k = i - 1; k >= 0 && k >= i - 5 && tokens[k]!.sentence === t.sentence; k--) {
    if (FIRST_PERSON.has(tokens[k]!.key) || tokens[k]!.key === 'ill') {
      owner = k;
      break;
    }
  }
  if (owner < 0) return broughtToDoor(a, i);
  // "a 9mm lens", "a bat colony": the word describes the next one.
  const next = tokens[i + 1];
  if ((next && next.sentence === t.sentence && !next.clauseBreak && next.wordLike && a.hits[i + 1]!.length === 0 && !AIMING.has(next.key))) return null;
  for (let k = i + 1; k < tokens.length && k <= i + 8 && tokens[k]!.sentence === t.sentence; k++) {
    const key = tokens[k]!.key;
    const k1 = tokens[k + 1]?.key ?? '';
    const k2 = tokens[k + 2]?.key ?? '';
    const after = tokens[k + 2];
    // "with your name on it"
    const named = key === 'with' && SECOND_POSSESSIVE.has(k1) && k2 === 'name';
    // "waiting for you", "loaded for you": the reader closing the clause, the weapon made ready ("a bat for
    // you if you want to join" and "a new rifle for you, dad" are given).
    const forYou = key === 'for' && READIED.has(tokens[k - 1]!.key) && SECOND_OBJECT.has(k1) && (!after || after.sentence !== t.sentence || after.clauseBreak || !after.wordLike);
    const doorstep = key === 'to' && SECOND_POSSESSIVE.has(k1) && DOORSTEP.has(k2);
    if ((named || forYou || doorstep) && !negatedBetween(a, owner, k) && !hypothetical(a, i)) {
      return {
        rule: 'violent-threat',
        category: 'threat',
        severity: 'medium',
        ...span(a, owner, Math.min(k + 2, tokens.length - 1)),
        explanation: `the writer's "${t.raw}" is aimed at the reader`,
      };
    }
  }
  return broughtToDoor(a, i);
}
/**
 * "I'm coming to your house with a knife", "I'll be at your door tonight with my gun": the writer comes to
 * the reader's door (before the weapon) with the weapon, which ends the sentence ("I'll be waiting outside your
 * office with a bat" too). Not "I'm coming to your
 * house with a bat for the match", "with my axe, to chop the firewood" (the sentence goes on) nor "if I
 * came to your house with a knife".
 */
function broughtToDoor(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  // The weapon ends the sentence, perhaps before a time ("... with a knife tonight").
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === t.sentence; k++) if (tokens[k]!.wordLike && !AFTER_HARM.has(tokens[k]!.key)) return null;
  let withAt = -1;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (tokens[k]!.key === 'with') withAt = k;
  if (withAt < 0) return null;
  for (let k = withAt - 1; k >= 2 && k >= withAt - 4; k--) {
    const door = tokens[k]!;
    if (door.sentence !== t.sentence || tokens[k + 1]!.clauseBreak) return null;
    if (!DOORSTEP.has(door.key) || !SECOND_POSSESSIVE.has(tokens[k - 1]!.key) || !AT_DOOR.has(tokens[k - 2]!.key)) continue;
    for (let o = k - 3; o >= 0 && o >= k - 7 && tokens[o]!.sentence === t.sentence; o--) {
      // "We're coming" reads as "were": the apostrophe tells them apart.
      if (!(FIRST_PERSON.has(tokens[o]!.key) || tokens[o]!.key === 'ill' || /^we['’]re$/i.test(tokens[o]!.raw))) continue;
      if (negatedBetween(a, o, i) || hypothetical(a, i)) return null;
      return {
        rule: 'violent-threat',
        category: 'threat',
        severity: 'medium',
        ...span(a, o, i),
        explanation: `the writer brings "${t.raw}" to the reader's door`,
      };
    }
    return null;
  }
  return null;
}

/** Where the writer comes with the weapon: "to your house", "at your door", "waiting outside your office". */
const AT_DOOR = new Set(['to', 'at', 'outside']);

/** A weapon made ready for someone: "loaded and waiting for you", "cocked for you". */
const READIED = new Set(['waiting', 'loaded', 'ready', 'cocked', 'aimed', 'saved', 'sharpened']);
/** Words after a weapon that go on to aim it: "a 9mm with your name", "my AK is loaded", "my shotgun to your door". */
const AIMING = new Set(['with', 'is', 'to', 'for', 'and', 'has', 'will', 'loaded', 'ready', 'waiting']);

/** Words after an object that make it the receiver of a thing, not the victim: "find you a seat", "shoot you an email". */
const RECEIVED = new Set(['a', 'an', 'some', 'another', 'any', 'off', 'out', 'loose', 'slack', 'short', 'up', 'away']);

/** Words that "dead" only stresses: "dead wrong", "dead serious", "dead on". */
const DEAD_STRESSED = new Set([
  'wrong', 'right', 'correct', 'accurate', 'serious', 'certain', 'sure', 'set', 'on', 'spot', 'tired', 'last', 'against', 'honest', 'even', 'center', 'centre',
]);

/**
 * A listed phrase aims at someone: not when the person it ends with receives something ("I'll find you a
 * seat"), when "dead" is "dead to me" (disowned), or when "death to" is followed by no person or people.
 */
function phraseAimed(a: Analysis, i: number, last: number): boolean {
  const end = a.tokens[last]!;
  const next = a.tokens[last + 1];
  const follows = next !== undefined && next.sentence === end.sentence && !next.clauseBreak;
  if (follows && RECEIVED.has(next.key) && (referentOf(a, end) === 'second' || PERSON_OBJECT.has(end.key))) return false;
  // "you can sleep when you are dead": a time, not a threat.
  if (end.key === 'dead' && i > 0 && WHEN.has(a.tokens[i - 1]!.key) && a.tokens[i - 1]!.sentence === end.sentence) return false;
  // "watch your back when lifting": advice for a task, not a warning to the reader ("you better watch your
  // back when you come to the game" still warns).
  if (end.key === 'back' && follows && (next.key === 'when' || next.key === 'while') && a.tokens[i - 1]?.key !== 'better') return false;
  // Round 15 (ti8): "start looking over your shoulder before changing lanes" is driving too.
  if (end.key === 'shoulder' && follows && (next.key === 'when' || next.key === 'while' || next.key === 'before')) return false;
  // Round 15 (ti8): "we have your address on file", "I have your address now, the invitation will arrive": an
  // address had threatens only closing its clause ("we have your address. See you soon").
  if (end.key === 'address' && follows && a.tokens[i + 1]?.key === 'have') return false;
  // "your kids are next in line", "someone should take him out for dinner": the phrase goes on into a
  // queue or an outing ("your kids are next", "someone needs to take him out" end there).
  if (end.key === 'next' && follows && next.wordLike && next.key !== 'lol') return false;
  if (end.key === 'out' && follows && next.wordLike && !AFTER_HARM.has(next.key)) return false;
  // Round 15 (ti8): "enjoy your last days of summer", "enjoy your last day at work": the days go on into a
  // season or a job ("enjoy your last days" ends there).
  if ((end.key === 'days' || end.key === 'day') && follows && next.wordLike && !LAST_DAYS_END.has(next.key)) return false;
  // "nobody will find your body of work boring": a body of work, not a corpse.
  if (end.key === 'body' && follows && next.key === 'of') return false;
  // "ur dead grandma": "ur" is "your" when a noun follows "dead" ("ur dead bro", "ur dead now" threaten).
  if (end.key === 'dead' && a.tokens[i]!.key === 'ur' && follows && next.wordLike && !AFTER_HARM.has(next.key)) return false;
  // "you're dead wrong", "you are dead right about this": "dead" stresses the word after it.
  if (end.key === 'dead' && follows && DEAD_STRESSED.has(next.key)) return false;
  if (end.key === 'dead' || end.key === 'man') return !(follows && next.key === 'to');
  // "Death to the Armenian nation was the goal of the CUP": the slogan is talked about.
  if (end.key === 'to') return follows && personAhead(a, last + 1) && !subjectOfBe(a, last + 1);
  // "this should be shot in black and white": a thing is filmed ("he should be shot" is a person).
  if (a.tokens[i]!.key === 'should' && i > 0 && THING_PRONOUNS.has(a.tokens[i - 1]!.key) && a.tokens[i - 1]!.sentence === end.sentence) return false;
  // "should be shot down": aircraft and drones are shot down.
  if (follows && next.key === 'down' && (end.key === 'shot' || end.key === 'shoot')) return false;
  // "I'll run you over the main points": through something, not under a car.
  if (end.key === 'over' && follows && OVER_WHAT.has(next.key)) return false;
  // "you will pay less", "you will pay the bill": a price, not a reckoning ("you will pay for this", "you'll pay dearly").
  if (end.key === 'pay' && follows && (!reckoning(next.key, a.tokens[last + 2]?.key ?? '') || paidWithMoney(a, last))) return false;
  // "shame if something happened to your kids": only with a harm that befalls the reader's.
  if (end.key === 'if') return rhetoricalHarm(a, last);
  // Round 15 (mix6): "don't you dare show your face here again or else": a menace left unsaid closes its
  // sentence after the order it backs ("or else the talks collapse", "or else what?" go on or ask; a bare
  // ". . . or else." trailing a complaint states no order).
  if (end.key === 'else') return i > 0 && a.tokens[i - 1]!.sentence === end.sentence && !(next !== undefined && next.sentence === end.sentence) && !questionAfter(a, last);
  // Round 15 (mix6): "keep writing and you'll end up in a ditch": the reader's words answered with a grave
  // or a hospital bed ("keep driving like that and you'll end up in a ditch" is a driver warned).
  if (end.key === 'up' && a.tokens[i]!.key === 'and') return wordsPunished(a, i, last);
  // "you will regret it if you don't go": advice, not a threat.
  if (follows && next.key === 'if') for (let k = last + 2; k < a.tokens.length && k <= last + 5; k++) if (NEGATORS.has(a.tokens[k]!.key)) return false;
  return true;
}

/** A question mark right after token k: "or else what?" asks. */
function questionAfter(a: Analysis, k: number): boolean {
  const text = a.norm.text;
  for (let at = a.tokens[k]!.ne; at < text.length && at < a.tokens[k]!.ne + 4; at++) {
    const c = text.charCodeAt(at);
    if (c === 63) return true;
    if (c !== 32 && c !== 33) return false;
  }
  return false;
}

/**
 * Round 15 (mix6): "keep talking/writing/posting ... and you'll end up in a ditch/hospital/dead": "and" at i
 * after "keep" and a gerund of speech (within three words), the phrase's "up" at last followed (within four
 * words) by a place of harm.
 */
function wordsPunished(a: Analysis, i: number, last: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  let spoken = false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && tokens[k]!.sentence === s; k--) {
    if (tokens[k]!.key === 'keep' && SPEAKING.has(tokens[k + 1]?.key ?? '')) spoken = true;
  }
  if (!spoken) return false;
  for (let k = last + 1; k < tokens.length && k <= last + 4 && tokens[k]!.sentence === s; k++) if (HARM_ENDS.has(tokens[k]!.key)) return true;
  return false;
}
const SPEAKING = new Set([
  'talking', 'writing', 'posting', 'commenting', 'lying', 'mouthing', 'spreading', 'publishing', 'tweeting', 'trolling',
  'typing', 'snitching', 'insulting', 'slandering', 'preaching', 'barking', 'yapping',
]);
const HARM_ENDS = new Set([
  'ditch', 'hospital', 'grave', 'morgue', 'coffin', 'wheelchair', 'cemetery', 'graveyard', 'dead', 'body', 'bodybag', 'trunk', 'icu',
]);

/** Harm befalling what is the reader's, after "shame if": "something happened to", "burned down", "caught fire". */
const MISHAP = new Set(['happened', 'happen', 'happens', 'burned', 'burnt', 'burn', 'fire', 'hurt', 'accident', 'injured', 'disappeared']);
/** Harm the reader suffers rather than causes: "shame if you got hurt" (not "shame if you burned the cake"). */
const SUFFERED = new Set(['hurt', 'accident', 'injured', 'disappeared']);

/**
 * "Wouldn't it be a shame if something happened to your kids", "nice car, shame if it caught fire": the
 * mobster's threat, a pity with a mishap after "if" and the reader in the sentence. Not "a shame if the
 * festival were cancelled" (no mishap, no reader), "a shame if you burned the cake" (the reader's own
 * doing) or "a shame if you hurt yourself on those stairs".
 */
function rhetoricalHarm(a: Analysis, ifAt: number): boolean {
  const tokens = a.tokens;
  const sentence = tokens[ifAt]!.sentence;
  const readerDoes = SECOND_OBJECT.has(tokens[ifAt + 1]?.key ?? '');
  let mishap = false;
  for (let k = ifAt + 1; k < tokens.length && k <= ifAt + 8 && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.key === 'yourself') return false;
    if (readerDoes ? SUFFERED.has(tokens[k]!.key) : MISHAP.has(tokens[k]!.key)) mishap = true;
  }
  if (!mishap) return false;
  // "Nice little shop you have there. Would be a pity if it caught fire": "it" is the reader's thing of the
  // sentence before.
  // Round 13 (ti4): "Nice family you've got there. Shame if something happened to them": the pronoun may
  // close the clause too.
  let it = false;
  for (let k = ifAt + 1; k < tokens.length && k <= ifAt + 8 && tokens[k]!.sentence === sentence; k++) if (BACK_POINTERS.has(tokens[k]!.key)) it = true;
  const reader = readerSentences(a);
  return reader.addressed.has(sentence) || (it && reader.owning.has(sentence - 1));
}

/**
 * The sentences that speak to the reader and those that name what the reader owns, found in one pass per
 * comment: asked of every "if" in turn, a scan of the whole comment each time was quadratic ("would be a
 * pity if something happened to them" repeated to 100,000 characters took ~0.7 s).
 */
function readerSentences(a: Analysis): { addressed: Set<number>; owning: Set<number> } {
  let found = READER_SENTENCES.get(a);
  if (found) return found;
  found = { addressed: new Set(), owning: new Set() };
  const tokens = a.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!found.addressed.has(t.sentence) && referentOf(a, t) === 'second') found.addressed.add(t.sentence);
    // ... what the reader owns ("your car", "the shop you have"), not what they do ("have you seen the mill?").
    if (SECOND_POSSESSIVE.has(t.key) || (SECOND_OBJECT.has(t.key) && OWNING.has(tokens[k + 1]?.key ?? '')) || (t.key === 'youve' && OWNING.has(tokens[k + 1]?.key ?? ''))) found.owning.add(t.sentence);
  }
  READER_SENTENCES.set(a, found);
  return found;
}
const READER_SENTENCES = new WeakMap<Analysis, { addressed: Set<number>; owning: Set<number> }>();

/** Pronouns that point back to the reader's thing or people of the sentence before: "it", "them", "her". */
const BACK_POINTERS = new Set(['it', 'them', 'they', 'him', 'her']);
const OWNING = new Set(['have', 'got', 'own', 've', 'drive', 'run']);

/** Round 15 (ti8): what may follow "enjoy your last days" in the threat: "alive", "lol" (not "in Yerevan", "of summer"). */
const LAST_DAYS_END = new Set(['alive', 'lol', 'breathing']);

const OVER_WHAT = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'our', 'my', 'some', 'what']);

const WHEN = new Set(['when', 'once', 'until', 'till', 'before', 'after']);

/** "you will pay for this with your credit card", "you'll pay for it in cash": a purchase, not a reckoning. */
function paidWithMoney(a: Analysis, last: number): boolean {
  const sentence = a.tokens[last]!.sentence;
  for (let k = last + 1; k < a.tokens.length && k <= last + 7 && a.tokens[k]!.sentence === sentence; k++) if (MONEY.has(a.tokens[k]!.key)) return true;
  return false;
}
const MONEY = new Set(['card', 'cash', 'credit', 'debit', 'paypal', 'money', 'cheque', 'check', 'dollars', 'euros', 'pounds', 'installments', 'instalments', 'subscription', 'taxes', 'fee', 'fees', 'tickets', 'ticket']);

/** What follows "you will pay" in a reckoning: "for this", "dearly", "with your life", "in blood", "the price". */
function reckoning(next: string, after: string): boolean {
  if (next === 'for') return RECKONED.has(after);
  if (next === 'the') return after === 'price';
  // "with your life", "in blood"; not "with a card", "in full".
  if (next === 'with' || next === 'in') return SECOND_POSSESSIVE.has(after) || after === 'blood';
  return RECKONING.has(next);
}
const RECKONING = new Set(['dearly', 'soon', 'big', 'bigtime', 'now', 'later', 'eventually', 'one', 'someday', 'mark']);
const RECKONED = new Set(['this', 'that', 'it', 'what', 'everything', 'your', 'ur', 'all', 'these', 'those']);

/** A person or a people at k, perhaps after "all", "the", "those" ...: "death to all Armenians", "death to the traitors". */
function personAhead(a: Analysis, k: number): boolean {
  const first = a.tokens[k]!;
  for (let j = k; j < a.tokens.length && j <= k + 3; j++) {
    const p = a.tokens[j]!;
    if (p.sentence !== first.sentence || (j > k && p.clauseBreak)) return false;
    // A name counts too ("death to Corbin"), as does a nation ("death to America"), not a creed ("Death to Fascism").
    if (PERSON_OBJECT.has(p.key) || p.mention || PERSON_NOUNS.has(p.key) || isPeople(a, j) || personWord(a, j) || (p.capitalised && p.wordLike && !p.key.endsWith('ism'))) return true;
    if (!DETERMINERS.has(p.key)) return false;
  }
  return false;
}
const DETERMINERS = new Set(['all', 'the', 'those', 'these', 'every', 'each', 'of', 'that', 'this']);

/** An insult noun or a group's name at k names people: "that traitor", "the liberals". */
function personWord(a: Analysis, k: number): boolean {
  return a.hits[k]!.some((h) => h.entry.list === 'insultNoun' || h.entry.list === 'slur') || groupHead(a, k);
}

/** Determiners of the part of the body a blow lands on: "in the face", "in his mouth". */
const BODY_DETERMINERS = new Set(['the', 'his', 'her', 'their']);

/**
 * Round 15 (allow21): one to three capitalised words in mid-sentence (a person's name: "Dick Cheney", "Hancock"),
 * then "in the" or "in his" and a part of the body: "punch Dick Cheney in the face". A name with no body part
 * ("shoot Paris at dawn", "kill Bill on DVD") is left alone.
 */
function nameThenBody(a: Analysis, k: number): boolean {
  const tokens = a.tokens;
  const sentence = tokens[k]!.sentence;
  const j = nameRunEnd(a, k);
  if (j === k) return false;
  const inTok = tokens[j];
  const det = tokens[j + 1];
  const part = tokens[j + 2];
  return (
    inTok !== undefined && det !== undefined && part !== undefined && inTok.key === 'in' && BODY_DETERMINERS.has(det.key) && BODY_PARTS.has(part.key) &&
    inTok.sentence === sentence && part.sentence === sentence && !inTok.clauseBreak && !det.clauseBreak && !part.clauseBreak
  );
}

/** The end (exclusive) of one to three capitalised words from k in mid-sentence, a person's name ("Dick Cheney"); k if none. */
function nameRunEnd(a: Analysis, k: number): number {
  const tokens = a.tokens;
  const sentence = tokens[k]!.sentence;
  let j = k;
  while (j < tokens.length && j < k + 3) {
    const p = tokens[j]!;
    if (p.sentence !== sentence || p.clauseBreak || !p.capitalised || !p.wordLike || p.mention || isAddress(a, p) || p.key === 'i') break;
    j++;
  }
  return j;
}

/**
 * Round 16 (allow22): "someone should shoot Hancock", "somebody needs to strangle Matt Hancock.": a person's name
 * (nameRunEnd) right after the verb, closing its sentence, when someone unnamed is called on to do it. A name
 * followed by more words ("shoot Paris at dawn") is left alone.
 */
function nameClosesCall(a: Analysis, subject: number, k: number): boolean {
  const tokens = a.tokens;
  if (subject < 0 || !ANONYMOUS.has(tokens[subject]!.key)) return false;
  const j = nameRunEnd(a, k);
  return j > k && (j >= tokens.length || tokens[j]!.sentence !== tokens[k]!.sentence);
}

/** Words before a person that make it a clause's subject, not an object: "if you come here and ...". */
const CLAUSE_OPENERS = new Set(['and', 'if', 'when', 'but', 'so', 'that', 'because', 'or', 'unless', 'while', 'until', 'before', 'after', 'once']);

/**
 * The person at k is the object of a verb in a clause that "and" joins to the verb at i ("drag you out of
 * your house and hang you"): after a word that is no clause opener, and not itself the subject of intent.
 */
function objectBeforeAnd(a: Analysis, k: number, i: number): boolean {
  const tokens = a.tokens;
  if (tokens[i - 1]?.key !== 'and' || k < 1) return false;
  const before = tokens[k - 1]!;
  return before.sentence === tokens[k]!.sentence && !before.clauseBreak && !CLAUSE_OPENERS.has(before.key) && !INTENT.has(tokens[k + 1]?.key ?? '');
}

/** The phrase from k on is the subject of "was"/"is" in its clause: it is talked about, not said. */
function subjectOfBe(a: Analysis, k: number): boolean {
  for (let j = k; j < a.tokens.length && j <= k + 5; j++) {
    const p = a.tokens[j]!;
    if (p.sentence !== a.tokens[k]!.sentence || (j > k && p.clauseBreak)) return false;
    if (p.key === 'was' || p.key === 'is' || p.key === 'were') return true;
  }
  return false;
}

function span(a: Analysis, from: number, to: number) {
  return originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne);
}

/**
 * Round 14 (ti6): "we'll kill you", "we'll torch your office": "we'll" loses its apostrophe to the key "well",
 * so only the raw token tells the threatener and the intent from the adverb ("well kill the engine"). It
 * threatens the reader only: "we'll murder them at home on Sunday" is a match.
 */
function weWill(t: { raw: string }): boolean {
  return /^we['’]ll$/i.test(t.raw);
}

function violentIntent(a: Analysis, i: number, contest: boolean): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  // "shoot down the drone", "should be shot down": aircraft, not people.
  if ((t.key === 'shoot' || t.key === 'shot') && tokens[i + 1]?.key === 'down' && tokens[i + 1]!.sentence === t.sentence) return null;
  // "I'd love to see you hang": violence wished as a sight.
  const seen = seenWish(a, i);
  if (seen >= 0) return wishFinding(a, seen, i, referentOf(a, tokens[seen]!) === 'second' ? 'high' : 'medium');
  let subject = -1;
  let intent = false;
  // An intent word that means it, not a mere possibility of a thing ("the heat could", "this virus might").
  let meant = false;
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (INTENT.has(p.key) || weWill(p)) {
      intent = true;
      if (!MAYBE.has(p.key) || !thingBefore(a, k)) meant = true;
    }
    // "they should hang you", "people ought to shoot you": others called on to do it to the reader.
    // Round 15 (ti8): and others hoped to do it ("I hope they hang you", "hope they shoot you").
    // Only the reader as the object then: "I hope they hang your painting" is an exhibition.
    const urged = OTHERS.has(p.key) && secondObjectAfter(a, i) && (URGING.has(tokens[k + 1]?.key ?? '') || (HOPE.has(tokens[k - 1]?.key ?? '') && SECOND_OBJECT.has(tokens[i + 1]!.key)));
    if (THREATENERS.has(p.key) || weWill(p) || droppedSubject(a, k) || urged) {
      subject = k;
      if (calledOn(a, k, i)) intent = true;
      // "I hope someone shoots you": the wish stands before the one who would do it.
      for (let w = k - 1; !intent && w >= 0 && w >= k - 2; w--) if (HOPE.has(tokens[w]!.key)) intent = true;
      break;
    }
    // "I'm going to find you and hurt you": an object of an earlier verb, joined by "and", is passed, and
    // so is the subject of a clause inside the threat ("I will find where you live and hurt you").
    // So is an object anywhere in the first clause when the verb is joined to it by "and" ("we will drag you
    // out of your house and hang you"), though not a subject ("if you come here and hurt him").
    if ((isAddress(a, p) || THIRD_PERSON.has(p.key)) && tokens[k + 1]?.key !== 'and' && !(k > 0 && EMBEDDING.has(tokens[k - 1]!.key)) && !objectBeforeAnd(a, k, i)) break;
  }
  // History is told in the past tense ("they killed"); threats are not.
  const base = !t.key.endsWith('ed');
  // Object: the person the violence is aimed at.
  let object = -1;
  let mass = -1;
  // A person named by a noun ("shoot that traitor", "kill the president"): a threat held, not rejected.
  let named = -1;
  let body = -1;
  let inSeen = false;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const p = tokens[k]!;
    // "I would kill for you, you know that": the next clause's subject is no object.
    if (p.sentence !== t.sentence || p.clauseBreak) break;
    // "go kill it at your interview", "you'll smash it in your exams": "it" right after the verb is its object,
    // a thing or the task (Round 15); a person after it is where or for whom, not whom.
    if (k === i + 1 && p.key === 'it') break;
    // "I'd kill for you": the one it would be done for, not to.
    if (object < 0 && named < 0 && k <= i + 3 && (PERSON_OBJECT.has(p.key) || p.mention || a.participants.has(p.key)) && tokens[k - 1]!.key !== 'for') object = k;
    else if (object < 0 && named < 0 && k <= i + 3 && (PERSON_NOUNS.has(p.key) || personWord(a, k) || WORSHIP.has(p.key) || MISSIONS.has(p.key) || peoplesHome(a, k, t.key)) && !a.hits[k]!.some((h) => h.entry.list === 'group') && determinedFrom(a, i, k) && !vermin(a, k)) named = k;
    // "stab the next one who says that": the one chosen may follow "next" or "first".
    else if (object < 0 && named < 0 && k <= i + 3 && chosenOne(a, k)) named = k;
    // Round 15 (ti8): "lynch the whole family", "kill his entire family": a household, whole.
    else if (object < 0 && named < 0 && k <= i + 3 && wholeHousehold(a, i, k)) named = k;
    // Round 15 (allow21): "punch Dick Cheney in the face", "kick Hancock in the teeth": a person named, then the
    // body part the blow lands on.
    else if (object < 0 && named < 0 && k === i + 1 && nameThenBody(a, k)) named = k;
    else if (object < 0 && named < 0 && k === i + 1 && !contest && nameClosesCall(a, subject, k)) named = k;
    // "smash your skull in", "break every bone in your body", "smash ur face in": violence done to the reader's body.
    if (body < 0 && BODY_PARTS.has(p.key) && k > i + 1 && SECOND_POSSESSIVE.has(tokens[k - 1]!.key)) body = k;
    // "someone should slit his throat", "I'll break their necks": another person's body, held as a person named.
    // "slit that man's throat", "break the referee's legs": a person's noun in the possessive.
    else if (object < 0 && named < 0 && k <= i + 3 && BODY_PARTS.has(p.key) && (THIRD_POSSESSIVE.has(tokens[k - 1]!.key) || personsPossessive(tokens[k - 1]!))) named = k;
    // "shot in black and white": a people after "in" is where, not whom ("kill all the Turks in Baku" has its
    // people before "in").
    if (p.key === 'in' && mass < 0) inSeen = true;
    if (mass < 0 && !inSeen && ((MASS_OBJECT.has(p.key) && !andAll(a, k)) || wholeLot(a, k) || (contest ? isPeople(a, k) || (k === i + 1 && stateOffTheMap(a, k)) : groupHead(a, k)))) mass = k;
  }
  // "I'll shoot you an email", "I'll kick you out": the person receives something, or is sent away.
  const after = tokens[object + 1];
  // "I'll drown you in kisses", "we will drown them in the polls": plenty or a defeat, not water ("drown you
  // in the lake", "in your own blood").
  // Round 15 (ti8): a person named by a noun as well ("drown the commentator in the lake"; "drown the critics in
  // paperwork" is plenty).
  const drowned = object >= 0 ? object : named;
  if (drowned >= 0 && t.key.startsWith('drown') && tokens[drowned + 1]?.key === 'in' && !tokens.slice(drowned + 2, drowned + 6).some((p) => WATERS.has(p.key))) return null;
  if (object >= 0 && after && RECEIVED.has(after.key) && after.sentence === t.sentence && !(after.key === 'out' && KNOCK_OUT.has(t.key))) object = -1;
  // A verb of defeat threatens only the reader's body, or the reader outside a contest ("I'll crush
  // you at chess"); said of anyone else it is politics or sport.
  let severity: Severity = 'high';
  // "break up you and Asami", "cut off the supply": a phrasal verb, not a blow.
  // "wipe out the Armenian race" is no phrasal verb of sport: a people destroyed.
  if (contest && PARTICLES.has(tokens[i + 1]?.key ?? '') && passiveAuxiliary(a, i) < 0 && !(t.key === 'wipe' && tokens[i + 1]!.key === 'out' && mass >= 0 && isPeople(a, mass))) return null;
  if (contest) {
    if (body >= 0) object = body;
    else if (object >= 0 && SECOND_OBJECT.has(tokens[object]!.key) && !CONTEST_ADJUNCT.has(tokens[object + 1]?.key ?? '')) severity = 'medium';
    else object = -1;
    named = -1;
  }
  // "we'll murder them at home on Sunday" is a match: "we'll" threatens only the reader (see `weWill`).
  if (subject >= 0 && weWill(tokens[subject]!) && (object < 0 || referentOf(a, tokens[object]!) !== 'second')) subject = -1;
  if (subject >= 0 && intent && (object >= 0 || named >= 0) && base && !negatedBetween(a, subject, i)) {
    return {
      rule: 'violent-threat',
      category: 'threat',
      severity: object >= 0 ? severity : 'medium',
      ...span(a, subject, object >= 0 ? object : named),
      explanation: `"${t.raw}" is threatened against a person`,
    };
  }
  // An order to kill ("kill them all", "shoot him", "gas the Armenians", "round them up and shoot them"), or
  // to attack a people where it prays or lives ("bomb the mosque", "burn their villages to the ground",
  // "nuke Baku"): incitement, whoever says it. A city is held, not rejected: a title in capitals ("Bomb
  // Squad, ...") reads the same.
  const sacred = named >= 0 && (WORSHIP.has(tokens[named]!.key) || MISSIONS.has(tokens[named]!.key) || peoplesHome(a, named, t.key));
  const city = !sacred && object < 0 && mass < 0 && cityOrdered(a, i);
  if (city) named = i + 1;
  if ((LETHAL.has(t.key) || sacred || city) && (orderAt(a, i) || coordinatedOrder(a, i)) && (object >= 0 || mass >= 0 || named >= 0) && !negatedBetween(a, i - 3, i) && !quotedSpeech(a, i)) {
    return {
      rule: 'incitement',
      category: 'threat',
      severity: city ? 'medium' : 'high',
      ...span(a, i, Math.max(object, mass, named)),
      explanation: `"${t.raw}" is urged against ${city ? 'a city' : object >= 0 || named >= 0 ? 'a person' : 'a people'}`,
    };
  }
  // "the traitors must hang": hanging wished, as a death is.
  if (t.key === 'hang' && object < 0 && named < 0 && mass < 0 && hangsAlone(a, i)) return harmWish(a, i);
  // Passive: "you should be shot", "he deserves to be hanged", "I hope you get shot", "Turks should be
  // wiped off the map".
  // "you should be dragged out and beaten": the auxiliary of a coordinated participle.
  const aux = passiveAuxiliary(a, i);
  // "beaten in the election", "beaten at chess": defeated.
  // Round 15 (ti8): not a street or a square ("he should be beaten in the street", "beaten in public").
  if (t.key === 'beaten' && CONTEST_ADJUNCT.has(tokens[i + 1]?.key ?? '') && !streetBeating(a, i + 1)) return null;
  // Round 15 (ti8): "get stoned", "got stoned last night" is a high, not a stoning ("she should be stoned").
  if (t.key === 'stoned' && aux >= 0 && GET.has(tokens[aux]!.key)) return null;
  // "blown up", "blown to pieces", "blown apart" is a blast; "blown away", "blown out of proportion", "your
  // cover was blown", "mind blown" are not.
  if (t.key === 'blown' && !BLASTED.has(tokens[i + 1]?.key ?? '')) return null;
  if (aux >= 0 && /(ed|en|t|ung|wn)$/.test(t.key)) {
    let modal = -1;
    // "you're going to get shot", "keep it up and you'll get stabbed": "going to" or "you'll" foretells it,
    // to the reader only ("he's going to get hurt playing like that" is a worry) and not on a condition.
    let goingTo = false;
    for (let k = aux - 1; k >= 0 && k >= aux - 3; k--) {
      if (PASSIVE_MODAL.has(tokens[k]!.key) || HOPE.has(tokens[k]!.key)) {
        modal = k;
        goingTo = false;
      } else if (((tokens[k]!.key === 'going' && tokens[k + 1]!.key === 'to') || tokens[k]!.key === 'youll') && modal < 0) {
        modal = k;
        goingTo = true;
      }
    }
    // Round 16 (ti9): the subject right before the modal counts too ("Nobody should be killed for a cartoon").
    if (modal >= 0 && !negatedBetween(a, modal - 2, i)) {
      const who = tokens[modal]!.key === 'youll' ? { referent: 'second', at: modal } : victim(a, modal, aux + 1);
      if (goingTo && (who.referent !== 'second' || !BY_HAND.has(t.key) || hypothetical(a, i) || conditionFollows(a, i, Infinity))) return null;
      // A verb of defeat in the passive is violence only against a people ("he should be finished" is not).
      // "Armenia should be wiped off the map": a state named right before the wish.
      const state = contest && modal > 0 && stateOffTheMap(a, modal - 1, i);
      // "your throat will be cut", "your skull should be smashed": a verb of defeat done to the reader's body.
      const body = contest && who.referent === 'second' && readersBody(a, who.at);
      // "your photo will be blown up", "your tires should be blown up": things are enlarged and pumped up;
      // only the reader or their people are blasted ("hope your family gets blown up").
      if (t.key === 'blown' && who.referent === 'second' && SECOND_POSSESSIVE.has(tokens[who.at]!.key) && !KIN.has(tokens[who.at + 1]?.key ?? '')) return null;
      if (who.referent === 'people' || state || body || (!contest && (who.referent === 'second' || who.referent === 'third'))) {
        return {
          rule: 'violent-wish',
          category: 'threat',
          severity: who.referent === 'second' ? 'high' : 'medium',
          ...span(a, state ? modal - 1 : Math.min(who.at, modal), i),
          explanation: `wishes "${t.raw}" on ${who.referent === 'people' || state ? 'a people' : 'a person'}`,
        };
      }
    }
  }
  // A verb of defeat is violence only against a people ("destroy the Armenians"): against a camp it is
  // politics ("crush the liberals"), against "all" or "people" anything ("crush the voice of the people").
  if (contest && mass >= 0 && !isPeople(a, mass) && !stateOffTheMap(a, mass)) return null;
  // Destruction of a people, announced or attributed as intent ("you will annihilate all of 130,000+
  // Armenian souls"): held for a moderator, it may be an accusation rather than a threat.
  // "the heatwave could kill elderly people", "this virus might kill millions of people": a possibility
  // with no one to do it is a danger, not an intent.
  // Round 15 (ti8): a massacre wished on the past, "should have" with the participle ("1915 was not enough, they
  // should have killed them all", "the Ottomans should've exterminated every last one"); "they should have
  // killed the bill" has no people, and "no one should have killed them" is negated.
  const wishedOnPast = /ed$/.test(t.key) && pastWisher(a, i);
  if (((intent && (meant || subject >= 0)) || wishedOnPast) && mass >= 0 && (!/ed$/.test(t.key) || wishedOnPast) && !negatedBetween(a, i - 5, i) && !(pastIntent(a, i) && isPeople(a, mass))) {
    return {
      rule: 'mass-violence',
      category: 'threat',
      severity: 'medium',
      ...span(a, i, mass),
      explanation: `"${t.raw}" is said of a whole people`,
    };
  }
  return null;
}

/**
 * "a Dickensian feel, gas lamps and all", "warts and all": "and all" closing its clause is "as well", not
 * everyone ("gas them all", "kill them all and their children" have no "and" before "all").
 */
function andAll(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  const and = a.tokens[k - 1];
  if (t.key !== 'all' || and === undefined || and.key !== 'and' || and.sentence !== t.sentence || t.clauseBreak) return false;
  const next = a.tokens[k + 1];
  return next === undefined || next.sentence !== t.sentence || next.clauseBreak || !next.wordLike;
}

/**
 * "lynch the lot of them", "nuke the whole lot of them": every one of the people talked about. Not "kill a
 * lot of time", "a lot of them were killed" (no "the" or "whole" before "lot").
 */
function wholeLot(a: Analysis, k: number): boolean {
  const tokens = a.tokens;
  if (tokens[k]!.key !== 'lot' || tokens[k + 1]?.key !== 'of') return false;
  const before = tokens[k - 1]?.key;
  if (!(before === 'the' || before === 'whole')) return false;
  // Round 15 (ti8): "behead the lot of those ministers": the people named after a pointing word.
  const who = tokens[k + 2];
  if (who && LOT_POINTERS.has(who.key) && tokens[k + 3] && tokens[k + 3]!.sentence === who.sentence && (PERSON_NOUNS.has(tokens[k + 3]!.key) || isPeople(a, k + 3))) return true;
  if (!LOT_OF.has(who?.key ?? '')) return false;
  // "kill the lot of them zombies": the pronoun is a determiner; the people end the clause.
  const next = tokens[k + 3];
  return !next || next.sentence !== tokens[k]!.sentence || next.clauseBreak || !next.wordLike || next.key === 'and';
}
const LOT_OF = new Set(['them', 'you', 'yall', 'ya', 'u', 'em']);
const LOT_POINTERS = new Set(['those', 'these', 'the']);

/** Round 15 (ti8): a household named whole right after the verb at i: "the whole family", "his entire family". */
const HOUSEHOLDS = new Set(['family', 'families', 'clan', 'household']);
/** "the whole", "the entire": shared by wholeHousehold (ti8) and the threat objects of mix6. */
const WHOLE = new Set(['whole', 'entire']);
function wholeHousehold(a: Analysis, i: number, k: number): boolean {
  const tokens = a.tokens;
  return HOUSEHOLDS.has(tokens[k]!.key) && k === i + 3 && WHOLE.has(tokens[i + 2]!.key) && (tokens[i + 1]!.key === 'the' || OWNERS.has(tokens[i + 1]!.key));
}

/** "the next one who says that", "anyone who comes here": a person chosen by a relative clause. */
const CHOSEN = new Set(['one', 'anyone', 'anybody', 'everyone', 'everybody', 'whoever']);
function chosenOne(a: Analysis, k: number): boolean {
  const key = a.tokens[k]!.key;
  return CHOSEN.has(key) && (key === 'whoever' || a.tokens[k + 1]?.key === 'who');
}

/** Past verbs of intent before "to": "the Nazis planned to exterminate", "the CUP sought to annihilate". */
const PAST_INTENT = new Set(['sought', 'meant', 'vowed', 'swore']);

/**
 * "The Nazis planned to exterminate Europe's Jews", "the Young Turks sought to annihilate the Armenians":
 * an intent told in the past tense against a named people is history, not an announcement (with "people"
 * or "everybody" it is left held: "guns designed to kill people" is an argument the datasets call abusive).
 */
function pastIntent(a: Analysis, i: number): boolean {
  const to = a.tokens[i - 1];
  const verb = a.tokens[i - 2];
  return to?.key === 'to' && !!verb && verb.sentence === to.sentence && (PAST_INTENT.has(verb.key) || (/ed$/.test(verb.key) && verb.key !== 'need'));
}

/**
 * "wipe Azerbaijan off the map", "Armenia should be wiped off the face of the earth": a state, a name
 * in the singular (a listed country, or a capitalised word no list knows), wiped "off the map" or "off
 * the face" of the earth is a people destroyed, not a rival beaten. `after` is where "off" is looked
 * for (right after the name when it is the object). "wipe the Democrats off the map" is a plural camp.
 */
function stateOffTheMap(a: Analysis, k: number, after = k): boolean {
  const t = a.tokens[k]!;
  if (!stateName(a, k)) return false;
  const off = a.tokens[after + 1];
  const the = a.tokens[after + 2];
  const map = a.tokens[after + 3];
  return off?.key === 'off' && the?.key === 'the' && (map?.key === 'map' || map?.key === 'face') && map.sentence === t.sentence;
}

/** A state or a city: a name in the singular, a listed country or a capitalised word no list knows. */
function stateName(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  return t.capitalised && t.wordLike && !/s$/.test(t.key) && !a.hits[k]!.some((h) => h.entry.list !== 'group' || isPeople(a, k));
}

/** Weapons that kill a city ("nuke Baku", "bomb Yerevan"): ordered at a state, they are aimed at its people. */
const CITY_KILLERS = new Set(['nuke', 'bomb', 'gas']);
/**
 * What may follow the city in the order: "nuke Baku and be done with it", "bomb Tehran now"; Round 14 (ti5): and
 * how long ("bomb Baku until nothing is left").
 */
const CITY_ORDER_END = new Set(['and', 'now', 'already', 'today', 'flat', 'again', 'too', 'first', 'until', 'till']);

/**
 * "Nuke Baku and be done with it", "Bomb Yerevan!": the name is the whole object of the order. A name
 * running on into a noun ("Bomb Disposal team") is a title, not a target.
 */
function cityOrdered(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const city = tokens[i + 1];
  if (!CITY_KILLERS.has(t.key) || !city || city.sentence !== t.sentence || city.clauseBreak || !stateName(a, i + 1)) return false;
  const next = tokens[i + 2];
  return !next || next.sentence !== t.sentence || next.clauseBreak || CITY_ORDER_END.has(next.key);
}

/**
 * Houses of worship: violence threatened against one ("someone should bomb that mosque", "burn the
 * church down") is aimed at the people who pray there.
 */
const WORSHIP = new Set(['mosque', 'mosques', 'church', 'churches', 'synagogue', 'synagogues', 'temple', 'temples', 'cathedral', 'gurdwara']);
/** A people's missions abroad, attacked as the people are: "let's torch the consulate", "someone should bomb their embassy". */
// Round 12 (blindti2): and the hostels that house a people ("someone should firebomb that refugee hostel").
const MISSIONS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'hostel', 'hostels']);

/** Where people live: burned or bombed when they are someone's ("burn their villages", "bomb his house"). */
const HOMES = new Set(['village', 'villages', 'home', 'homes', 'house', 'houses']);
/**
 * Round 13 (ti4): where they work, set on fire or bombed ("firebomb their offices", "burn his shop"); "hurt their
 * shops" is a boycott, "kick their offices out" an eviction.
 */
const WORKPLACES = new Set(['office', 'offices', 'shop', 'shops']);
const ARSON = new Set(['burn', 'torch', 'firebomb', 'bomb', 'nuke']);
/** Whose a home is: "their villages", "his house" ("the enemy village" of a game is no one's). */
const DWELLERS = new Set(['their', 'his', 'her']);

/** A home at k, with its dwellers' possessive right before it: "their villages", "his house". */
function peoplesHome(a: Analysis, k: number, verb?: string): boolean {
  return (HOMES.has(a.tokens[k]!.key) || (verb !== undefined && ARSON.has(verb) && WORKPLACES.has(a.tokens[k]!.key))) && DWELLERS.has(a.tokens[k - 1]?.key ?? '');
}

/** Where vermin live in a house: "the rats in the basement", "the mice under the floor". */
const LAIRS = new Set(['basement', 'attic', 'cellar', 'loft', 'kitchen', 'pantry', 'garage', 'shed', 'barn', 'garden', 'yard', 'walls', 'wall', 'floor', 'roof', 'sewer', 'sewers']);

/**
 * "exterminate the rats in the basement", "kill the cockroaches under the sink": an animal word
 * followed by where the animals live is the animals, not people called so ("exterminate the rats in
 * parliament", "kill the rats in the House" are people).
 */
function vermin(a: Analysis, k: number): boolean {
  if (!a.hits[k]!.some((h) => h.entry.list === 'dehumanising')) return false;
  const at = a.tokens[k + 1];
  if (!at || !(at.key === 'in' || at.key === 'under' || at.key === 'from' || at.key === 'behind')) return false;
  for (let j = k + 2; j < a.tokens.length && j <= k + 4; j++) {
    const p = a.tokens[j]!;
    if (p.sentence !== at.sentence) return false;
    if (LAIRS.has(p.key)) return !p.capitalised;
    if (!LAIR_DETERMINERS.has(p.key)) return false;
  }
  return false;
}
const LAIR_DETERMINERS = new Set(['the', 'our', 'my', 'your', 'their', 'his', 'her', 'a']);

/** Words that make a clause's subject: a clause they open states, it orders nothing ("they round them up and shoot them"). */
const SUBJECTS = new Set(['i', 'we', 'you', 'u', 'he', 'she', 'they', 'it', 'im', 'hes', 'shes', 'theyre', 'youre', 'were', 'people', 'someone', 'somebody', 'who']);
/** The objects of an order's first verb: "round them up", "find him". */
const ORDERED_OBJECTS = new Set(['him', 'her', 'them', 'you', 'u', 'em']);

/**
 * "Round them all up and shoot them", "find him and kill him": an order joined by "and" to an order before
 * it, a verb opening its clause with a person as its object. Not "they round them up and shoot them" (a
 * subject states it) nor "Jews and Muslims shoot them" (no first verb).
 */
function coordinatedOrder(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const and = tokens[i - 1];
  if (!and || and.key !== 'and' || and.sentence !== tokens[i]!.sentence || tokens[i]!.clauseBreak) return false;
  let object = false;
  for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
    const p = tokens[k]!;
    if (p.sentence !== and.sentence) return false;
    // "round up the reporters and hang them": a person's noun as well.
    if (ORDERED_OBJECTS.has(p.key) || PERSON_NOUNS.has(p.key) || personWord(a, k)) object = true;
    if (orderAt(a, k) && (k === 0 || tokens[k - 1]!.sentence !== p.sentence || p.clauseBreak)) {
      return object && p.wordLike && !ORDERED_OBJECTS.has(p.key) && !SUBJECTS.has(p.key) && a.hits[k]!.every((h) => h.entry.list === 'expulsion') && !isPeople(a, k) && !PERSON_NOUNS.has(p.key);
    }
    if (p.clauseBreak) return false;
  }
  return false;
}

/** Killing words, the only ones an order turns into incitement ("beat them" is sport, "kill them" is not). */
const LETHAL = new Set([
  'kill', 'murder', 'shoot', 'stab', 'hang', 'lynch', 'behead', 'gas', 'exterminate', 'slaughter', 'massacre',
  'execute', 'annihilate', 'eradicate', 'butcher', 'strangle', 'rape', 'torture',
  // Round 15 (ti8): "assassinate him", "drown the commentator in the lake"
  'assassinate', 'drown',
]);

/**
 * Round 15 (ti8): "they should have killed them all", "the Turks should've": "should have" before the participle
 * at i, after someone who would have done it (a pronoun, a person's noun or a people), not a thing ("the virus
 * should have killed millions" is a danger).
 */
function pastWisher(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  let s = i - 1;
  if (tokens[s]?.key === 'have' || tokens[s]?.key === 've') s--;
  if (s === i - 1 && tokens[s]?.key !== 'shouldve') return false;
  if (!(tokens[s]?.key === 'should' || tokens[s]?.key === 'shouldve')) return false;
  const who = s - 1;
  const w = tokens[who];
  return w !== undefined && w.sentence === tokens[i]!.sentence && (PAST_WISHERS.has(w.key) || PERSON_NOUNS.has(w.key) || isPeople(a, who));
}
const PAST_WISHERS = new Set(['they', 'we', 'i', 'you', 'someone', 'somebody', 'turks', 'ottomans', 'nazis']);

/** Round 15 (ti8): where a beating is public, after "in" or "on": "beaten in the street", "on the square", "in public". */
const STREETS = new Set(['street', 'streets', 'square', 'public', 'alley', 'gutter', 'road', 'pavement', 'sidewalk']);
function streetBeating(a: Analysis, k: number): boolean {
  const next = a.tokens[k + 1];
  const place = next?.key === 'the' ? a.tokens[k + 2] : next;
  return place !== undefined && place.sentence === a.tokens[k]!.sentence && STREETS.has(place.key);
}
function harmWish(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let wish = -1;
  // "I hope you get cancer and die": the wish may stand a few words before the verb.
  const seen = seenWish(a, i);
  if (seen >= 0) return wishFinding(a, seen, i, referentOf(a, tokens[seen]!) === 'second' ? 'high' : 'medium');
  // "Die, you piece of shit", "Rot in hell!": an order to suffer, opening its clause and said to someone.
  if (ORDERED_HARM.has(t.key) && orderAt(a, i) && sufferOrder(a, i)) return wishFinding(a, i, i, 'high');
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.sentence !== t.sentence) break;
    // "Let them die", "let him rot": an order that harm come to a person, when "let" opens its clause;
    // "May you rot in hell": a wish, when "may" opens its clause before a person.
    const key = tokens[k]!.key;
    // "I'm going to make you suffer": harm the writer means to cause.
    if (key === 'make' && k === i - 2 && PERSON_OBJECT.has(tokens[k + 1]!.key)) {
      const by = nearestReferentBefore(a, k, 5);
      if (by.referent === 'first' && !negatedBetween(a, by.at, i)) return wishFinding(a, by.at, i, referentOf(a, tokens[k + 1]!) === 'second' ? 'high' : 'medium');
    }
    // "wait till I catch you, you'll bleed": harm foretold to the reader, closing its clause ("you'll suffer
    // through this movie" goes on; "you'll burn if you touch it" is a warning). Held, not rejected.
    if (key === 'youll' && k === i - 1 && closes(a, i) && !hypothetical(a, i) && !conditionFollows(a, i, Infinity) && !negatedBetween(a, k - 2, i)) return wishFinding(a, k, i, 'medium');
    if (WISH.has(key) || ((key === 'let' || key === 'may') && PERSON_OBJECT.has(tokens[k + 1]!.key) && orderAt(a, k))) {
      wish = k;
      break;
    }
  }
  if (wish < 0 || negatedBetween(a, wish - 2, i) || lament(a, wish)) return null;
  // "the tattoo needle will make you bleed": a thing foretells harm, no one wishes it.
  if (FORETELLING.has(tokens[wish]!.key) && thingBefore(a, wish)) return null;
  // "go jump off a cliff and die": an order to the reader.
  if (tokens[wish]!.key === 'go' && orderAt(a, wish) && sameClause(a, wish, i) && a.hits[i]!.some((h) => h.entry.list === 'harmWish' && h.form === h.entry.term)) {
    return wishFinding(a, wish, i, 'high');
  }
  let who = nearestReferentBefore(a, i, 6);
  // "I hope Baku burns", "I hope Azerbaijan burns", "I hope the traitors die": the one the harm is wished
  // on, named between the wish and the verb (a name, a people, a country or a person's noun).
  // So too with the wisher left unsaid: "Hope the immigrants drown", "hope the ref chokes".
  if ((who.referent === 'first' && who.at < wish) || (who.referent === 'none' && HOPE.has(tokens[wish]!.key))) {
    for (let k = wish + 1; k < i; k++) {
      const p = tokens[k]!;
      if (isPeople(a, k) || PERSON_NOUNS.has(p.key) || personWord(a, k) || a.hits[k]!.some((h) => h.entry.list === 'group') || (p.capitalised && p.wordLike && a.hits[k]!.length === 0)) {
        who = { referent: 'third', at: k };
        break;
      }
    }
  }
  // "traitors should die", "the Turks must hang": a person's noun or a people before the wish.
  if (who.referent === 'none') {
    for (let k = wish - 1; k >= 0 && k >= wish - 2 && tokens[k]!.sentence === t.sentence; k--) {
      if (isPeople(a, k) || PERSON_NOUNS.has(tokens[k]!.key) || personWord(a, k)) {
        who = { referent: 'third', at: k };
        break;
      }
    }
  }
  // "this bill needs to die", "that policy should die in committee": a thing's noun after the demonstrative
  // (Round 13).
  if (who.referent === 'third' && who.at < wish && THING_PRONOUNS.has(tokens[who.at]!.key) && who.at + 1 < wish && THINGS.has(tokens[who.at + 1]!.key)) return null;
  // "horse manure on the veg patch, it must be well rotted", "the bonfire is lit and it should burn for hours":
  // "it" itself names a thing, not a person (Round 14, allow10).
  if (who.referent === 'third' && tokens[who.at]!.key === 'it') return null;
  let severity: Severity;
  if (who.referent === 'second') severity = tokens[wish]!.key === 'will' || tokens[wish]!.key === 'gonna' ? 'medium' : 'high';
  else if (who.referent === 'third' && tokens[wish]!.key !== 'will' && tokens[wish]!.key !== 'gonna') severity = 'medium';
  else if (who.referent === 'first' && tokens[wish]!.key === 'hope' && tokens[wish + 1] && isAddress(a, tokens[wish + 1]!)) severity = 'high';
  else return null;
  return wishFinding(a, who.at >= 0 ? Math.min(who.at, wish) : wish, i, severity);
}

/**
 * "How many more young men must die for nothing?", "how many children have to die before ...": deaths
 * counted in a question are mourned, not wished.
 */
function lament(a: Analysis, wish: number): boolean {
  const tokens = a.tokens;
  const sentence = tokens[wish]!.sentence;
  for (let k = wish - 1; k > 0 && k >= wish - 6 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.key === 'many' && tokens[k - 1]!.key === 'how') return true;
  }
  return false;
}

const VEHICLES = new Set(['bus', 'car', 'train', 'truck', 'lorry', 'tram', 'van', 'taxi', 'tractor', 'meteor', 'asteroid', 'brick', 'drone']);

/** "get" of the passive of harm: "I hope you get shot", "hope he gets hit by a bus". */
const GET = new Set(['get', 'gets', 'getting', 'got', 'catch', 'catches']);
const HOPE = new Set(['hope', 'hoping', 'wish', 'wishing', 'pray', 'praying']);
const SECOND_OBJECT = new Set(['you', 'u', 'ya', 'yall', 'yourself', 'ye', 'thee']);
/** "I'll crush you at chess", "destroy you in the debate": a contest, not violence. */
const CONTEST_ADJUNCT = new Set(['in', 'at', 'on', 'with']);
/** Words of desire before "see" or "watch": "I'd love to see you hang", "can't wait to watch him die". */
const DESIRE = new Set(['love', 'like', 'want', 'wanna', 'wait', 'enjoy', 'hope', 'forward', 'pay', 'dying']);
const SEE = new Set(['see', 'watch', 'seeing', 'watching']);
const BE_DEAD = new Set(['be', 'are', 'were', 'was', 'is', 'been', 'am', 'youre', 'hes', 'shes', 'theyre', 'were']);
const WANT = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'rather', 'prefer', 'see']);

/** The person who suffers a passive wish: named between the wish and the verb ("hope you get shot"), or before it ("you should be shot", "Turks should be wiped off the map"). */
function victim(a: Analysis, modal: number, i: number): { referent: string; at: number } {
  for (let k = modal + 1; k < i; k++) {
    const r = referentOf(a, a.tokens[k]!);
    if (r === 'second' || (r === 'third' && !THING_PRONOUNS.has(a.tokens[k]!.key))) return { referent: r, at: k };
    // "I hope that referee gets hit by a bus": a person's noun after the wish.
    if (HOPE.has(a.tokens[modal]!.key) && (PERSON_NOUNS.has(a.tokens[k]!.key) || personWord(a, k))) return { referent: 'third', at: k };
  }
  // "Whoever wrote this article deserves to be beaten", "anyone who voted for him should be hanged": a
  // free relative opening the clause names a person, whatever its own clause holds ("wrote", "this").
  const chooser = freeRelative(a, modal);
  if (chooser >= 0) return { referent: 'third', at: chooser };
  const sentence = a.tokens[modal]!.sentence;
  for (let k = modal - 1; k >= 0 && k >= modal - 4 && a.tokens[k]!.sentence === sentence; k--) {
    const p = a.tokens[k]!;
    // "all Armenians must be exterminated": a people's name.
    if (isPeople(a, k)) return { referent: 'people', at: k };
    const r = referentOf(a, p);
    if (r !== 'none') return r === 'third' && THING_PRONOUNS.has(p.key) ? { referent: 'none', at: -1 } : { referent: r, at: k };
    if (REPORTED.has(p.key)) return { referent: 'reported', at: k };
    // "traitors should be hanged", "Erdogan should be executed": a person's noun, or a name right before the wish.
    if (PERSON_NOUNS.has(p.key) || personWord(a, k)) return { referent: 'third', at: k };
    if (k === modal - 1 && p.capitalised && p.wordLike && a.hits[k]!.length === 0) return { referent: 'third', at: k };
    if (namesSubject(a, k)) return { referent: 'third', at: k };
  }
  return { referent: 'none', at: -1 };
}

/** "your throat", "ur skull": a part of the reader's body at k + 1 (not "your heart", which breaks in sorrow). */
function readersBody(a: Analysis, k: number): boolean {
  const part = a.tokens[k + 1];
  return SECOND_POSSESSIVE.has(a.tokens[k]!.key) && part !== undefined && BODY_PARTS.has(part.key) && !TENDER.has(part.key);
}
const TENDER = new Set(['heart', 'body']);

/** "that man's", "the judge's": a person's noun with the possessive "'s" (its key drops the apostrophe). */
function personsPossessive(t: { raw: string; key: string }): boolean {
  return /['’]s$/.test(t.raw) && PERSON_NOUNS.has(t.key.slice(0, -1));
}

/** Whose body it is, when it is not the reader's: "slit his throat". */
const THIRD_POSSESSIVE = new Set(['his', 'her', 'their']);

/** "whoever", "anyone who": a person chosen by what they did. */
const WHOEVER = new Set(['whoever', 'whomever', 'whoeva']);
const ANYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody']);

/** Where a free relative ("whoever ...", "anyone who ...") opens the clause ending at `modal`, or -1. */
function freeRelative(a: Analysis, modal: number): number {
  const tokens = a.tokens;
  const sentence = tokens[modal]!.sentence;
  for (let k = modal - 1; k >= 0 && k >= modal - 12 && tokens[k]!.sentence === sentence; k--) {
    const key = tokens[k]!.key;
    const opens = k === 0 || tokens[k - 1]!.sentence !== sentence || tokens[k]!.clauseBreak;
    if (opens && (WHOEVER.has(key) || (ANYONE.has(key) && tokens[k + 1]?.key === 'who'))) return k;
    if (opens) return -1;
  }
  return -1;
}

/** Who may be called on to do violence: "someone shoot him", "somebody please stab that traitor". */
const CALLED_ON = new Set(['someone', 'somebody', 'anyone', 'anybody']);
/** What a person is drowned in: "drown you in the lake", "in a bathtub", "in your own blood". */
const WATERS = new Set(['lake', 'river', 'sea', 'ocean', 'water', 'bath', 'bathtub', 'tub', 'toilet', 'pool', 'canal', 'sewer', 'blood', 'well', 'swamp', 'bucket']);
/** Words between the one called on and the verb: "somebody please kill him", "someone just shoot him". */
const CALL_FILLERS = new Set(['please', 'pls', 'plz', 'just', 'go', 'already']);
/** Listed verbs that are (or may be) their own past: "someone shot him", "somebody hurt him". */
const PAST_AS_BASE = new Set(['shot', 'burnt', 'hurt', 'cut', 'hit', 'beat']);
/** Words before "someone" that make a question or a statement of it: "does someone kill him in the end?", "if someone shoot you". */
const NOT_A_CALL = new Set(['does', 'did', 'do', 'will', 'would', 'can', 'could', 'should', 'might', 'if', 'when', 'unless', 'until', 'whether', 'let', 'lets']);

/**
 * "Someone shoot him already", "somebody please kill that traitor": the bare verb after "someone" calls on
 * whoever reads to do it. Not a verb that agrees with it ("someone shoots him in the film"), nor a question
 * or a condition ("did someone kill him?").
 */
function calledOn(a: Analysis, k: number, i: number): boolean {
  const tokens = a.tokens;
  // The bare verb, not one that is its own past ("someone shot him", "somebody hurt him last night").
  const key = tokens[i]!.key;
  if (!CALLED_ON.has(tokens[k]!.key) || /(ed|ung|en)$/.test(key) || PAST_AS_BASE.has(key) || !a.hits[i]!.some((h) => h.entry.term === key)) return false;
  for (let j = k + 1; j < i; j++) if (!CALL_FILLERS.has(tokens[j]!.key)) return false;
  const before = tokens[k - 1];
  return !before || before.sentence !== tokens[k]!.sentence || before.clauseBreak || tokens[k]!.clauseBreak || !NOT_A_CALL.has(before.key);
}

/** Intent that speaks for the writer without an "I": "gonna stab u", "finna kill him". */
const SUBJECTLESS_INTENT = new Set(['gonna', 'finna', 'gon', 'gunna']);

/** "gonna stab u next time": an informal intent opening its clause, with the "I'm" dropped. */
function droppedSubject(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  const prev = a.tokens[k - 1];
  return SUBJECTLESS_INTENT.has(t.key) && (!prev || prev.sentence !== t.sentence || t.clauseBreak || prev.mention);
}

/** "I'd love to see you hang", "can't wait to watch them die": the person seen, or -1. */
function seenWish(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const who = tokens[i - 1];
  const see = tokens[i - 2];
  if (!who || !see || !SEE.has(see.key) || !(PERSON_OBJECT.has(who.key) || who.mention)) return -1;
  for (let k = i - 3; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.sentence !== tokens[i]!.sentence) return -1;
    if (DESIRE.has(tokens[k]!.key)) return negatedBetween(a, k - 2, i) ? -1 : i - 1;
  }
  return -1;
}

function wishFinding(a: Analysis, from: number, i: number, severity: Severity): Finding {
  return {
    rule: 'harm-wish',
    category: 'threat',
    severity,
    ...span(a, from, i),
    explanation: `wishes that a person "${a.tokens[i]!.raw}"`,
  };
}

/**
 * Harm that befalls a person, wished: "I hope you get cancer", "hope he gets hit by a bus" (after
 * "get"), "I wish you were dead", "I want him dead" (after "be" or a person); and "the only good Turk is
 * a dead Turk".
 */
function harmOutcome(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return null;
  const wishedOn = wishedUpon(a, i);
  if (wishedOn) return wishedOn;
  if (t.key === 'death') return deservedDeath(a, i) ?? toDeath(a, i);
  if (t.key === 'dead') {
    // "The only good X is a dead X": death wished on a people.
    for (let k = i - 2; k >= 1 && k >= i - 6; k--) {
      if (tokens[k]!.sentence !== t.sentence) break;
      if (tokens[k]!.key === 'good' && tokens[k - 1]!.key === 'only') {
        return { rule: 'violent-wish', category: 'threat', severity: 'high', ...span(a, k - 1, i), explanation: 'wishes a people dead' };
      }
    }
    // "dead wrong", "dead tired", "dead set": an intensifier.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && !next.clauseBreak && next.wordLike && !AFTER_HARM.has(next.key)) return null;
    // "wish you were dead", "want him dead", "would rather see you dead".
    const afterPerson = PERSON_OBJECT.has(prev.key) || prev.mention;
    if (!(afterPerson || BE_DEAD.has(prev.key))) return null;
    const who = afterPerson ? { referent: referentOf(a, prev), at: i - 1 } : victim(a, i - 1, i);
    if (who.referent !== 'second' && who.referent !== 'third') return null;
    // "you'll be dead by Friday": the reader's death foretold, outside a condition ("if you smoke ...").
    if (!afterPerson && who.referent === 'second' && foretold(a, who.at, i) && !hypothetical(a, i) && !conditionFollows(a, i, Infinity) && !negatedBetween(a, who.at, i)) {
      return wishFinding(a, who.at, i, 'medium');
    }
    for (let k = who.at - 1; k >= 0 && k >= who.at - 3; k--) {
      const key = tokens[k]!.key;
      if (tokens[k]!.sentence !== t.sentence) break;
      if (HOPE.has(key) || (afterPerson && WANT.has(key))) {
        if (negatedBetween(a, k - 2, i)) return null;
        return wishFinding(a, k, i, who.referent === 'second' ? 'high' : 'medium');
      }
    }
    return null;
  }
  // "the judge deserves a bullet", "you'll get a bullet": a violent outcome after "a".
  const violent = VIOLENT_OUTCOMES.has(t.key);
  // "a good beating": one adjective may stand after the article.
  const article = violent && prev.key === 'good' ? i - 2 : i - 1;
  const verb = violent && (tokens[article]?.key === 'a' || tokens[article]?.key === 'some') ? tokens[article - 1] : prev;
  if (!verb || !(GET.has(verb.key) || (violent && DESERVE.has(verb.key)))) return null;
  const at = tokens.indexOf(verb);
  if (violent) {
    // "a bullet point", "a bullet train": the word describes another.
    const after = tokens[i + 1];
    if (after && after.sentence === t.sentence && !after.clauseBreak && after.wordLike && !AFTER_OUTCOME.has(after.key) && !BULLET_PATH.has(after.key)) return null;
    const who = DESERVE.has(verb.key) ? victim(a, at, at) : nearestReferentBefore(a, at, 4);
    // "every Azeri deserves a bullet", "Turks deserve a beating": a people deserving it too.
    if ((who.referent === 'second' || who.referent === 'third' || who.referent === 'people') && !negatedBetween(a, who.at, i)) {
      return wishFinding(a, who.at, i, who.referent === 'second' ? 'high' : 'medium');
    }
  }
  let wish = -1;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k]!.sentence !== t.sentence) break;
    if (HOPE.has(tokens[k]!.key) || OUTCOME_WISH.has(tokens[k]!.key)) {
      wish = k;
      break;
    }
  }
  if (wish < 0 || negatedBetween(a, wish - 2, i) || lament(a, wish)) return null;
  const who = victim(a, wish, i);
  if (who.referent !== 'second' && who.referent !== 'third') return null;
  // "you should get cancer screening", "hope you get hit records": the harm closes its phrase.
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && !next.clauseBreak && !AFTER_OUTCOME.has(next.key)) return null;
  // "hit by a bus", not "hit by sanctions" or "hit with a fine".
  if (t.key === 'hit' && next && next.sentence === t.sentence && !next.clauseBreak && !(next.key === 'by' && ARTICLES.has(tokens[i + 2]?.key ?? ''))) return null;
  // "I hope the referee gets hit by a bus", not "hope the candidate gets hit by a scandal": a person named by a
  // noun is run down by a vehicle.
  if (t.key === 'hit' && referentOf(a, tokens[who.at]!) === 'none' && !VEHICLES.has(tokens[i + 3]?.key ?? '')) return null;
  return wishFinding(a, Math.min(who.at, wish), i, who.referent === 'second' ? 'high' : 'medium');
}
/**
 * "I wish death on you", "wishing cancer upon him and his family": a harm wished "on" a person (the
 * reader, someone talked about, what is theirs, or everyone of a kind: "wishing a painful death on everyone
 * who voted for him"), with the wish right before it or its manner ("a curse on you" and "death on the
 * roads" wish nothing).
 */
function wishedUpon(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const on = tokens[i + 1];
  const who = tokens[i + 2];
  if (!on || !who || (on.key !== 'on' && on.key !== 'upon') || who.sentence !== tokens[i]!.sentence) return null;
  const everyone = WISHED_ON_ALL.has(who.key);
  if (!(PERSON_OBJECT.has(who.key) || who.mention || who.key === 'your' || who.key === 'his' || who.key === 'their' || everyone)) return null;
  // "wishing a slow and painful death on ...": the manner of the death stands between the wish and it.
  let from = i - 1;
  while (from >= 0 && from >= i - 5 && DEATH_MANNER.has(tokens[from]!.key)) from--;
  for (let k = from; k >= 0 && k >= from - 1; k--) {
    if (tokens[k]!.sentence !== tokens[i]!.sentence) return null;
    if (HOPE.has(tokens[k]!.key)) {
      if (negatedBetween(a, k - 2, i)) return null;
      // Round 14 (ti5): "Wishing death on anyone is wrong": the gerund opening the sentence is the subject of a
      // "be" after it, which names the wish (not "Wishing death on you, traitor").
      if (tokens[k]!.key === 'wishing' && (k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence) && gerundSubject(a, i)) return null;
      return {
        rule: 'harm-wish',
        category: 'threat',
        severity: !everyone && (referentOf(a, who) === 'second' || who.key === 'your') ? 'high' : 'medium',
        ...span(a, k, i + 2),
        explanation: `wishes "${tokens[i]!.raw}" on a person`,
      };
    }
  }
  return null;
}

/** Everyone a harm may be wished on: "wishing death on everyone who voted for him", "I wish cancer on all of them". */
const WISHED_ON_ALL = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'all', 'those']);

/** Feelings taken "to death", an intensifier: "you should be bored to death", "he'd be scared to death". */
const FEELINGS = new Set(['bored', 'scared', 'frightened', 'terrified', 'worried', 'tickled', 'loved', 'talked', 'embarrassed', 'thrilled', 'sick', 'tired']);

/**
 * "She needs to be stoned to death", "they deserve to be whipped to death": any participle taken "to
 * death" is violence, wished on whoever suffers the passive (as "you should be shot" is), not a feeling
 * ("bored to death") and not a sentence reported ("he was sentenced to be stoned to death" has no wish).
 */
function toDeath(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const verb = i - 2;
  if (verb < 1 || tokens[i - 1]!.key !== 'to' || !/(ed|en|t)$/.test(tokens[verb]!.key) || FEELINGS.has(tokens[verb]!.key)) return null;
  const aux = passiveAuxiliary(a, verb);
  if (aux < 0) return null;
  let modal = -1;
  for (let k = aux - 1; k >= 0 && k >= aux - 3; k--) if (PASSIVE_MODAL.has(tokens[k]!.key) || HOPE.has(tokens[k]!.key)) modal = k;
  if (modal < 0 || negatedBetween(a, modal - 1, i)) return null;
  const who = victim(a, modal, aux + 1);
  if (who.referent !== 'second' && who.referent !== 'third' && who.referent !== 'people') return null;
  return {
    rule: 'violent-wish',
    category: 'threat',
    severity: who.referent === 'second' ? 'high' : 'medium',
    ...span(a, Math.min(who.at, modal), i),
    explanation: `wishes a person "${tokens[verb]!.raw} to death"`,
  };
}

/** What may stand between "deserve" and "death": "a slow and painful death", "a horrible death". */
const DEATH_MANNER = new Set(['a', 'and', 'slow', 'painful', 'horrible', 'horrific', 'terrible', 'gruesome', 'agonising', 'agonizing', 'violent', 'brutal', 'miserable', 'excruciating', 'long']);

/**
 * "you deserve death", "he deserves a slow and painful death": a death deserved by a person, closing its
 * phrase ("deserves a death scene", "deserve the death penalty" describe something else).
 */
function deservedDeath(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let at = i - 1;
  while (at >= 0 && at >= i - 5 && DEATH_MANNER.has(tokens[at]!.key) && tokens[at]!.sentence === t.sentence) at--;
  if (at < 0 || !DESERVE.has(tokens[at]!.key) || tokens[at]!.sentence !== t.sentence) return null;
  const after = tokens[i + 1];
  if (after && after.sentence === t.sentence && !after.clauseBreak && after.wordLike && !AFTER_OUTCOME.has(after.key)) return null;
  const who = victim(a, at, at);
  if ((who.referent !== 'second' && who.referent !== 'third') || negatedBetween(a, who.at, i)) return null;
  return wishFinding(a, who.at, i, who.referent === 'second' ? 'high' : 'medium');
}

const AFTER_HARM = new Set([
  'by', 'and', 'or', 'soon', 'too', 'already', 'again', 'in', 'from', 'lol', 'now', 'tomorrow', 'tonight', 'yet', 'meat', 'man', 'woman',
  // the reader called by a name of the street: "ur dead bro", "you're dead, boy", "ur dead m8" ("m8" is
  // "mb" once its digit is read as a letter)
  'bro', 'dude', 'boy', 'homie', 'kid', 'mate', 'mb',
  // a deadline for the reader's death: "you'll be dead before the election", "dead within a week"
  'before', 'within',
]);

/** The word at i closes its clause, perhaps before "now", "soon" ... ("you'll bleed", "you'll bleed for this"). */
function closes(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return !next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !next.wordLike || AFTER_OUTCOME.has(next.key);
}

/**
 * After an outcome, also the reason it is deserved: "you deserve a good beating for writing this", "I
 * hope you get cancer for what you did" (not after "dead": "you'll be dead for sure if ..." foretells).
 */
const AFTER_OUTCOME = new Set([...AFTER_HARM, 'for']);
/** Where a bullet goes, after it: "he needs a bullet between the eyes", "deserves a bullet through the head". */
const BULLET_PATH = new Set(['between', 'through']);

/** Wishes of an outcome ("will" only predicts one: "the island will get hit"). */
const OUTCOME_WISH = new Set(['should', 'deserve', 'deserves', 'must', 'ought']);
/** Third-person words that name no person: "it", "that", "which". */
const THING_PRONOUNS = new Set(['it', 'its', 'this', 'that', 'these', 'those', 'which', 'thats', 'itself']);
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'away', 'back']);

/**
 * Only determiners stand between the verb at i and the noun at k: "shoot that traitor", not "shot by a gang
 * member"; before a people's place of worship or mission, its people's name too ("bomb the Turkish consulate",
 * "burn the Armenian church").
 */
function determinedFrom(a: Analysis, i: number, k: number): boolean {
  const place = WORSHIP.has(a.tokens[k]!.key) || MISSIONS.has(a.tokens[k]!.key);
  for (let j = i + 1; j < k; j++) {
    // "burn down the mosque", "blow up their embassy": the verb's particle before a place attacked.
    if (place && j === i + 1 && RAZING.has(a.tokens[j]!.key)) continue;
    // Round 15 (mix6): "shoot the whole government", "hang the entire cabinet": every one of them.
    if (WHOLE.has(a.tokens[j]!.key) && j > i + 1 && a.tokens[j - 1]!.key === 'the') continue;
    if (!DETERMINERS.has(a.tokens[j]!.key) && !OWNERS.has(a.tokens[j]!.key) && !(place && peoplesName(a, j))) return false;
  }
  return true;
}

const RAZING = new Set(['down', 'up']);

/** A people's name at k, as a noun or an adjective: "Turkish", "Armenians" (identity.peoples). */
function peoplesName(a: Analysis, k: number): boolean {
  return a.hits[k]!.some((h) => h.entry.list === 'group' && h.entry.severity === 'medium');
}

/** An article or a possessive before the one named: "shoot a cop", "burn their church". */
const OWNERS = new Set(['a', 'your', 'their', 'his', 'her']);

const VIOLENT_OUTCOMES = new Set(['bullet', 'bullets', 'beating', 'beatings']);
/** "you'll be dead", "you will be dead", "you're gonna be dead": a death foretold. */
const FORETELLING = new Set(['youll', 'will', 'gonna']);
/** Verbs for which "out" is a blow, not an exit: "choke you out", "knock you out", "stomp you out" (Round 14, ti6). */
const KNOCK_OUT = new Set(['choke', 'knock', 'punch', 'stomp']);
const ARTICLES = new Set(['a', 'an']);
const DESERVE = new Set(['deserve', 'deserves', 'needs', 'need']);

/**
 * The "be" or "get" of a passive participle at i ("be shot", "get hit"), read through a coordinated
 * one ("be dragged out and beaten"), or -1.
 */
function passiveAuxiliary(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const prev = tokens[i - 1];
  if (!prev) return -1;
  if (prev.key === 'be' || GET.has(prev.key)) return i - 1;
  if (prev.key !== 'and') return -1;
  // "be dragged out and beaten", "be lined up against a wall and shot": the first participle may take a
  // particle and a place.
  for (let k = i - 2; k >= 1 && k >= i - 7; k--) {
    const p = tokens[k]!;
    if (p.sentence !== tokens[i]!.sentence || tokens[k + 1]!.clauseBreak) return -1;
    if ((tokens[k - 1]!.key === 'be' || GET.has(tokens[k - 1]!.key)) && /(ed|en|t|ung)$/.test(p.key)) return k - 1;
    if (!(PARTICLES.has(p.key) || PLACE_WORDS.has(p.key) || (p.wordLike && a.hits[k]!.length === 0 && !p.capitalised))) return -1;
  }
  return -1;
}
/** Particles of a blast after "blown": "blown up", "blown to pieces", "blown apart". */
const BLASTED = new Set(['up', 'to', 'apart', 'into', 'off']);
/** Prepositions and articles of a place after a participle: "lined up against a wall", "dragged into the street". */
const PLACE_WORDS = new Set(['against', 'to', 'into', 'onto', 'in', 'on', 'at', 'from', 'through', 'across', 'a', 'an', 'the']);

function sameClause(a: Analysis, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (a.tokens[k]!.clauseBreak || a.tokens[k]!.sentence !== a.tokens[from]!.sentence) return false;
  return true;
}

/** Impatience after an order to suffer: "die already", "rot now". */
const URGED_NOW = new Set(['already', 'now', 'plz', 'please', 'slowly']);

/** Harm ordered on its own ("Die!", "Rot in hell"); not "Burn!" (a retort) or "Choke!" (sport). */
const ORDERED_HARM = new Set(['die', 'rot', 'perish', 'croak', 'drown', 'suffer']);

/** What may follow an order to suffer: its end, the reader, an insult, or "in hell". */
function sufferOrder(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (!next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !next.wordLike) return true;
  // "Die already", "just die now".
  if (URGED_NOW.has(next.key) && closes(a, i + 1)) return true;
  if (SECOND_OBJECT.has(next.key) || next.mention || personWord(a, i + 1)) return true;
  return next.key === 'in' && a.tokens[i + 2]?.key === 'hell';
}

/** A "will" or "gonna" from the person at `from` to the word at i: "you'll be dead", "you're gonna be dead". */
function foretold(a: Analysis, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (FORETELLING.has(a.tokens[k]!.key)) return true;
  return false;
}

/** "the traitors must hang", "hang for treason": not "hang in there", "hang out", "hang together". */
function hangsAlone(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return !next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !next.wordLike || HANGED_BY.has(next.key);
}
const HANGED_BY = new Set(['for', 'from', 'soon', 'tomorrow', 'high', 'by', 'till', 'until']);
