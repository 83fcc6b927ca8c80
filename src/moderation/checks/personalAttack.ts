import type { Analysis } from '../analyse';
import { calledThenOrdered, closingCall, madeToLookClever, deniedBe, deniedPraise, disownedClaim, emojiCalls, insultEntry, mockVocative, namedQuotation, namingSentence, opensOrder, orderedVocative, outdoneByLesser, retractedNaming, scareQuoted, nearbyTarget, praisedAfter, praisedBefore, praisedClause, speaksToSomeone, statedTarget, warmComment, type InsultPattern, type InsultTarget } from '../address';
import { PERSON_NOUNS, THINGS, conditionFollows, hypothetical, inIdiom, isAddress, phraseSubject, quotedSpeech } from '../grammar';
import { originalSpan } from '../normalise';
import { FindingList, type Finding, type Severity } from '../types';
import { SECOND_PERSON } from '../lexicon';

/**
 * Policy clause "personal_attacks": an insult aimed at a participant of the conversation, i.e. the
 * insult is addressed to the reader ("you idiot", "you are a complete idiot", "@USER moron",
 * "Arthur, you ..."), or abuse is shouted at them ("shut up", "fuck you", "go back to your cave").
 *
 * Not attacks: negated ("you are not an idiot for asking"), about the writer ("I was stupid to believe
 * it"), reported ("the minister called the statement ridiculous"), about someone outside the
 * conversation (see the incivility check), or praise ("you are my hero").
 */
export function personalAttack(a: Analysis): Finding[] {
  const findings = new FindingList();
  let addressed: boolean | undefined;
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    const entry = insultEntry(a, i);
    if (entry) {
      // When the words around it state no target, an insult is aimed at the reader only in a comment that
      // speaks to someone (nearbyTarget); in any other, whom it is about cannot make it a finding.
      let target = statedTarget(a, i);
      if (target === null || target.pattern === 'vocative') addressed ??= speaksToSomeone(a);
      if (target === null) target = addressed ? nearbyTarget(a, i) : NOT_AIMED;
      // "Sorry for calling you a fool earlier": the name is taken back.
      if (target.pattern === 'direct' && target.addressAt > 0 && retractedNaming(a, target.addressAt)) target = NOT_AIMED;
      // "Don't be silly, nobody is banning cars.": a mild word in an order not to be it is no attack.
      if (target.pattern === 'direct' && target.addressAt < 0 && entry.severity === 'low' && deniedBe(a, i)) target = NOT_AIMED;
      const stated = target.pattern === 'direct' || target.pattern === 'comparison';
      // "you are a fool if you believe that": said on a condition, so held rather than rejected.
      if (target.pattern === 'direct' && conditionFollows(a, i)) target = { pattern: 'near', addressAt: target.addressAt };
      // "Stop posting, clown.": an order (or mock praise) said to someone, the vocative closing it names them.
      const spokenTo = (addressed ?? false) || (target.pattern === 'vocative' && orderedVocative(a, i));
      let severity = severityFor(target.pattern, entry.severity, spokenTo, a.tokens.length <= SHORT_COMMENT);
      // "Go home troll.", "That got settled last week troll.": a milder singular noun closing a sentence
      // bare, in a short reply, calls on the reader as plainly as a strong one does.
      if (!severity && entry.severity === 'medium' && target.pattern === 'vocative' && a.tokens.length <= SHORT_COMMENT && closingCall(a, i)) severity = 'medium';
      // "Worthless little troll." "Spineless weasel.": a sentence that only names someone is said to them.
      if (!severity && entry.severity !== 'low' && (target.pattern === 'vocative' || target.pattern === 'unattributed') && namingSentence(a, i)) severity = 'medium';
      // A condition describes what anyone might do ("if you throw trash out your window, you ..."): a
      // word near "you" in it is not aimed at the reader; "if you are stupid enough to ..." still is.
      // (Asked last: most insult readings give no finding anyway, and the condition is a long look back.)
      if (severity && !stated && hypothetical(a, i)) severity = null;
      if (severity && findings.wants(severity)) {
        const from = target.addressAt >= 0 && target.addressAt < i ? target.addressAt : i;
        const to = target.addressAt > i ? target.addressAt : i;
        findings.add({
          rule: RULE[target.pattern],
          category: 'personal_attack',
          severity,
          ...originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne),
          explanation: `"${entry.term}" ${EXPLAIN[target.pattern]}`,
        });
      }
    }
    const praise = a.hits[i]!.find((h) => h.entry.list === 'praise');
    if (praise && findings.wants('medium')) {
      const at = deniedPraise(a, i);
      if (at >= 0 && !quotedSpeech(a, i)) {
        findings.add({
          rule: 'denied-praise',
          category: 'personal_attack',
          severity: 'medium',
          ...originalSpan(a.norm, a.tokens[Math.min(at, i)]!.ns, a.tokens[Math.max(at, i)]!.ne),
          explanation: `"${praise.entry.term}" is denied to the person addressed`,
        });
      }
    }
    // "you make a goat look intelligent": a lesser thing made to look clever beside the reader (Round 16, exc9).
    if (praise && findings.wants('medium')) {
      const at = madeToLookClever(a, i);
      if (at >= 0 && !quotedSpeech(a, i) && !hypothetical(a, i)) {
        findings.add({
          rule: 'outdone-by-lesser',
          category: 'personal_attack',
          severity: 'medium',
          ...originalSpan(a.norm, a.tokens[at]!.ns, a.tokens[i]!.ne),
          explanation: 'a lesser thing is made to look clever beside the person addressed',
        });
      }
    }
    // "even my dog understands this better than you": a pet or a child outdoes the reader.
    if (a.tokens[i]!.key === 'than' && findings.wants('medium')) {
      const at = outdoneByLesser(a, i);
      if (at >= 0 && !quotedSpeech(a, i) && !hypothetical(a, i)) {
        findings.add({
          rule: 'outdone-by-lesser',
          category: 'personal_attack',
          severity: 'medium',
          ...originalSpan(a.norm, a.tokens[i - 1]!.ns, a.tokens[at]!.ne),
          explanation: 'the person addressed is outdone by a child, a pet or a thing',
        });
      }
    }
    // "nice job genius", "well done, Einstein", `you "genius"`: mock praise said to someone.
    const sarcastic = a.hits[i]!.find((h) => h.entry.list === 'sarcastic');
    const mock = sarcastic ?? a.hits[i]!.find((h) => h.entry.list === 'praise');
    if (mock && findings.wants('medium') && ((sarcastic && (mockVocative(a, i) || calledThenOrdered(a, i))) || scareQuoted(a, i)) && !quotedSpeech(a, i)) {
      findings.add({
        rule: 'sarcastic-vocative',
        category: 'personal_attack',
        severity: 'medium',
        ...originalSpan(a.norm, a.tokens[i]!.ns, a.tokens[i]!.ne),
        explanation: `"${mock.entry.term}" mocks the person addressed`,
      });
    }
    for (const { entry: phrase, last: lastIndex } of a.phrases[i]!) {
      if (phrase.list !== 'insult' || phrase.aboutOthers || !findings.wants(phrase.severity) || quotedSpeech(a, i) || inIdiom(a, i, lastIndex)) continue;
      // A phrase that starts with the reader or compares something with them ("more brains than {you}") is
      // said of them unless it is someone else's claim; any other is said of whoever its subject is.
      if (phrase.phrase.startsWith('{') || phrase.namesReader ? disownedClaim(a, i) : phraseSubject(a, i) !== 'reader') continue;
      // "shut up you big dork, I miss you too": a milder phrase in a comment that loves or misses the reader is banter.
      if (praisedAfter(a, lastIndex) || (phrase.severity !== 'high' && (praisedClause(a, lastIndex) || praisedBefore(a, i) || warmComment(a)))) continue;
      if (TAUNTS.has(phrase.phrase) && !(opensOrder(a, i) && tauntCloses(a, lastIndex))) continue;
      if (excuseForThing(a, phrase.phrase, lastIndex) || kindToMother(a, phrase.phrase, i, lastIndex) || exclaimedHoly(a, i) || namedQuotation(a, i)) continue;
      if (shoutedAtOthers(a, i, lastIndex)) continue;
      // "If you are mentally ill, call the helpline": a milder phrase right after "if" is a condition put to anyone.
      if (phrase.severity !== 'high' && conditionBefore(a, i)) continue;
      // "Nobody with half a brain would blame you": a milder phrase said of no one at all.
      if (phrase.severity !== 'high' && saidOfNobody(a, i, lastIndex)) continue;
      const last = a.tokens[lastIndex]!;
      findings.add({
        rule: 'abusive-phrase',
        category: 'personal_attack',
        severity: phrase.severity,
        ...originalSpan(a.norm, a.tokens[i]!.ns, last.ne),
        explanation: `"${phrase.phrase}" is abuse aimed at the reader`,
      });
    }
  }
  // In a long argument only strong findings count: a held one there (a mild word, or a target that is
  // only inferred: "your ignorance of the treaty") is mostly about the topic, not the reader.
  if (a.tokens.length > LONG_COMMENT && findings.items.every((f) => f.severity !== 'high')) return [];
  // "you are 💩", "@USER 🤡🤡": an emoji that names the reader.
  if (findings.wants('medium')) {
    for (const call of emojiCalls(a)) {
      if (!call.reader) continue;
      findings.add({ rule: 'emoji-insult', category: 'personal_attack', severity: 'medium', start: call.start, end: call.end, explanation: 'a clown or poo emoji said of the person addressed' });
    }
  }
  return findings.items;
}

/**
 * "a pathetic excuse for a peace plan", "sorry excuse of a treaty": a phrase that ends in "a" names what it
 * belittles next; a thing there (not "a sorry excuse for a human being") is criticism of the thing.
 */
function excuseForThing(a: Analysis, phrase: string, last: number): boolean {
  if (!phrase.endsWith(' a') && !phrase.endsWith(' an')) return false;
  const t = a.tokens[last]!;
  for (let k = last + 1; k < a.tokens.length && k <= last + 3; k++) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || p.clauseBreak || PERSON_NOUNS.has(p.key) || a.hits[k]!.length > 0) return false;
    if (THINGS.has(p.key)) return true;
  }
  return false;
}

/** "Holy fuck, you got the tickets?": the swear word after "holy" is an exclamation, not the start of "fuck you". */
function exclaimedHoly(a: Analysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return prev !== undefined && prev.key === 'holy' && prev.sentence === a.tokens[i]!.sentence;
}

/**
 * "Nobody with half a brain would blame you": the phrase describes no one, and the reader, named after it,
 * is set apart from them. Without the reader it judges whoever did the deed ("Nobody with a functioning
 * brain would write this").
 */
function saidOfNobody(a: Analysis, i: number, last: number): boolean {
  const tokens = a.tokens;
  const prev = tokens[i - 1];
  const sentence = tokens[i]!.sentence;
  if (prev === undefined || prev.sentence !== sentence) return false;
  const nobody = prev.key === 'nobody' || prev.key === 'noone' || (prev.key === 'one' && tokens[i - 2]?.key === 'no' && tokens[i - 2]!.sentence === sentence);
  if (!nobody) return false;
  for (let k = last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (SECOND_PERSON.has(tokens[k]!.key)) return true;
  return false;
}

/** Words that open a condition a phrase right after them is put under. */
const CONDITION_OPENERS = new Set(['if', 'unless']);
/**
 * Words that open a condition, with a subject before the phrase: "if you get lost", "in case we get lost". Not "when":
 * "when you grow up and get a real job you will understand" is said of the reader's age.
 */
const SUBJECT_CONDITION_OPENERS = new Set(['if', 'unless', 'case']);
/** Subjects a condition may put the phrase's verb after: "if you get lost, ask for the cathedral". */
const CONDITION_SUBJECTS = new Set(['you', 'u', 'we', 'i', 'they', 'anyone', 'someone', 'people']);

/**
 * The phrase at i is put under a condition: right after "if" or "unless" ("If you are mentally ill, call the
 * helpline"), or after one and a subject (Round 16, exc9: "if you get lost, ask for the cathedral", "in case you
 * get lost"); the phrase is then a verb with its subject, not an order.
 */
function conditionBefore(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  const prev = a.tokens[i - 1];
  if (prev === undefined || prev.sentence !== s) return false;
  if (CONDITION_OPENERS.has(prev.key)) return true;
  const opener = a.tokens[i - 2];
  return opener !== undefined && opener.sentence === s && !a.tokens[i]!.clauseBreak && !prev.clauseBreak && CONDITION_SUBJECTS.has(prev.key) && SUBJECT_CONDITION_OPENERS.has(opener.key);
}

/**
 * Taunts that are orders to someone upset at losing ("keep crying", "cry more", "cope harder"): a taunt only
 * where the order opens its clause (after a mention, "lol", "just" ...); with a subject before them they
 * say what someone does ("my kids keep crying at night", "babies cry more when teething"), and are no abuse of
 * others either ("they keep crying wolf").
 */
export const TAUNTS = new Set(['keep crying', 'keep on crying', 'cry more', 'cry harder', 'cope harder']);
/** Words a taunt may run on into: "keep crying lol", "cry more about it", "keep crying bro". */
const TAUNT_RUN_ON = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'bro', 'bruh', 'mate', 'bud', 'buddy', 'kid', 'son', 'about', 'its', 'it']);

/**
 * The taunt ending at `last` closes its clause, or runs on into an address, an insult or a chat word: "keep
 * crying", "keep crying snowflake", "cry more about it". Not "keep crying wolf", an idiom with its object.
 */
function tauntCloses(a: Analysis, last: number): boolean {
  const next = a.tokens[last + 1];
  if (next === undefined || next.sentence !== a.tokens[last]!.sentence || next.clauseBreak || !next.wordLike) return true;
  return isAddress(a, next) || a.hits[last + 1]!.length > 0 || TAUNT_RUN_ON.has(next.key);
}

/** The phrases that name the reader's mother alone, the start of "your mom ..." abuse (not "your mom's", as in "your mom's basement"). */
const MOTHER_PHRASES = new Set(['{your} mom', '{your} mother', '{your} mama', '{your} momma']);

/** Greetings and thanks sent to the reader's mother: "say hello to your mother", "regards to your mom". */
const GREETINGS = new Set(['hello', 'hi', 'regards', 'greetings', 'thanks', 'thank', 'wishes', 'birthday', 'hugs']);
/** Sympathy and concern: "how is your mom", "sorry for the loss of your mother", "hope your mom recovers". */
const CONCERN = new Set([
  'how', 'hows', 'hope', 'sorry', 'condolences', 'sympathies', 'prayers', 'loss', 'passed', 'rip', 'recovers', 'recovery',
  'recovering', 'health',
]);

/**
 * "Say hello to your mother for me", "how is your mom?", "sorry for the loss of your mother": the
 * reader's mother greeted (the greeting before her) or spoken of with concern (within three words), in
 * the phrase's clause. The mother of "your mom ..." abuse has no such words around her.
 */
function kindToMother(a: Analysis, phrase: string, i: number, last: number): boolean {
  if (!MOTHER_PHRASES.has(phrase)) return false;
  const s = a.tokens[i]!.sentence;
  for (let k = Math.max(0, i - 3); k <= last + 3 && k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    if (t.sentence !== s || (k < i && a.tokens[k + 1]!.clauseBreak)) continue;
    if (k > last && t.clauseBreak) break;
    if (CONCERN.has(t.key) || (k < i && GREETINGS.has(t.key))) return true;
  }
  return false;
}

function severityFor(pattern: InsultPattern, word: Severity, addressed: boolean, short: boolean): Severity | null {
  switch (pattern) {
    case 'direct':
    case 'comparison':
      // Even a mild word said straight at someone ("you're naive") is held for a moderator.
      return word === 'low' ? 'medium' : word;
    case 'vocative':
      // "Shut up, idiot." in a comment that speaks to someone is as direct as "you idiot"; a bare
      // "Idiot." or "Provide proof moron." in a short reply is an address too, held rather than
      // rejected. At the end of a long rant that speaks to no one it is said of the rant's subject.
      if (addressed) return word === 'low' ? 'medium' : word;
      return word === 'high' && short ? 'medium' : null;
    // Inferred targets are held for a moderator, never rejected.
    case 'possessive':
    case 'near':
      return word === 'low' ? null : 'medium';
    case 'unattributed':
      // "Foolish rube." in a comment that speaks to someone: held, never rejected.
      return addressed && word === 'high' && short ? 'medium' : null;
    case 'excused':
    case 'elsewhere':
      return null;
  }
}

/** An insult in a comment that speaks to no one, its target unstated: not aimed at anyone present. */
const NOT_AIMED: InsultTarget = { pattern: 'excused', addressAt: -1 };

/** A reply this short (in words) is one exchange: an unattributed insult in it is aimed at the other side. */
export const SHORT_COMMENT = 40;
/** A comment this long (in words) is an argument (in the development data such held findings were mostly wrong). */
const LONG_COMMENT = 80;

const RULE: Record<InsultPattern, string> = {
  direct: 'second-person-insult',
  comparison: 'insulting-comparison',
  possessive: 'possessive-insult',
  vocative: 'vocative-insult',
  near: 'insult-near-address',
  unattributed: 'insult-in-reply',
  excused: 'insult',
  elsewhere: 'insult',
};

const EXPLAIN: Record<InsultPattern, string> = {
  direct: 'is said of the person addressed',
  comparison: 'compares the person addressed',
  possessive: "describes the addressee's words or mind",
  vocative: 'is used to address someone',
  near: 'appears next to an address of the reader',
  unattributed: 'is said of no one named, in a comment that speaks to someone',
  excused: 'is an insult',
  elsewhere: 'is an insult',
};

/**
 * Round 15 (mix6): "fans were shouting shut up at the referee", "he yelled get lost at the reporters": the
 * phrase is the words a shout carried, right after its verb (no comma between), with no reader after it in the
 * sentence ("I'm shouting shut up at you" still aims at the reader; "stop shouting, shut up" is an order).
 */
function shoutedAtOthers(a: Analysis, i: number, last: number): boolean {
  const tokens = a.tokens;
  const verb = tokens[i - 1];
  if (verb === undefined || !SHOUTED.has(verb.key) || verb.sentence !== tokens[i]!.sentence || tokens[i]!.clauseBreak) return false;
  for (let k = last + 1; k < tokens.length && k <= last + SHOUT_REACH && tokens[k]!.sentence === verb.sentence; k++) if (isAddress(a, tokens[k]!)) return false;
  return true;
}
/** How far (in words) after the phrase a reader is looked for: "shouting shut up at the screen, at you". */
const SHOUT_REACH = 8;
const SHOUTED = new Set([
  'shouting', 'shouted', 'shouts', 'yelling', 'yelled', 'yells', 'screaming', 'screamed', 'screams', 'chanting', 'chanted', 'chants',
]);
