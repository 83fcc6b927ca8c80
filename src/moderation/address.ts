import { inTitle, isCode, isName, isPlace, type Analysis } from './analyse';
import { tokenise, type Token } from './tokens';
import { normalise } from './normalise';
import {
  BE,
  FIRST_PERSON,
  FILLERS,
  NEGATORS,
  PERSON_NOUNS,
  THIRD_PERSON,
  THINGS,
  REPORTING,
  isAddress,
  isPossessiveAddress,
  nearestReferentAfter,
  nearestReferentBefore,
  negatedBetween,
  quotedSpeech,
  referentOf,
  hypothetical,
  THIRD_SINGULAR_BE,
  BE_FORMS,
} from './grammar';
import type { Entry, Hit } from './lexicon';
import { SECOND_PERSON, severityRank } from './lexicon';
import type { Severity } from './types';

/**
 * Is the insult at token i aimed at a participant of the conversation, and how plainly?
 * Shared by the personal-attack check (aimed at a participant) and the incivility check (aimed at
 * someone else, or at no one in particular).
 */
export type InsultPattern =
  /** "you idiot", "you are a complete idiot", "@USER moron", "Sirvart is a liar" (participant). */
  | 'direct'
  /** "as dumb as you", "dumber than you". */
  | 'comparison'
  /** "your stupid comment", "your ignorance". */
  | 'possessive'
  /** "Idiot." "Shut up, moron." */
  | 'vocative'
  /** An insult in the same clause as "you", nearest person word being "you". */
  | 'near'
  /** Negated, about the writer, or reported speech: not an insult of anyone present. */
  | 'excused'
  /** About a third party. */
  | 'elsewhere'
  /**
   * Said of no one named ("Foolish rube.", "what dummies are on here today"): aimed at a participant
   * when the comment speaks to someone, name-calling otherwise.
   */
  | 'unattributed';

export interface InsultTarget {
  pattern: InsultPattern;
  /** Token index of the address ("you", "@USER"), or -1. */
  addressAt: number;
}

const POST_BE = new Set(['are', 'r', 'is', 'were', 'be', 'was']);

const INTERJECTIONS = new Set([
  'hey', 'oh', 'listen', 'look', 'ok', 'okay', 'well', 'yes', 'yeah', 'no', 'nope', 'lol', 'lmao',
  'haha', 'hahaha', 'go', 'away', 'shut', 'up', 'off', 'ha', 'wow', 'dear', 'mr', 'mrs', 'ms', 'sir',
  'what', 'an', 'a', 'such', 'you', 'u', 'ya', 'get', 'lost', 'out', 'bye', 'good', 'night', 'thanks',
  'moron', 'fool',
]);

/**
 * The strongest insult reading of token i. `profane`: a profane noun counts too ("you twat"), as it
 * does when aimed at the reader; name-calling of others needs a word from the insult lists.
 */
export function insultEntry(a: Analysis, i: number, profane = true): Entry | undefined {
  const hits = a.hits[i]!;
  // Most tokens are no listed word: nothing to look at (this runs for every token, twice).
  if (hits.length === 0) return undefined;
  // "talk trash", "talking shit": the object of "talk" is what is said, not a name for anyone.
  if (i > 0 && TALKED.has(a.tokens[i]!.key) && TALK.has(a.tokens[i - 1]!.key)) return undefined;
  if (i > 0 && (inHandle(a, i) || againstIt(a, i) || infinitive(a, i))) return undefined;
  if (identifierHead(a, i)) return undefined;
  if (proofAgainst(a, i) || tardy(a, i) || posModifier(a, i)) return undefined;
  if (contestLoser(a, i) || shameSuffered(a, i)) return undefined;
  let best: Entry | undefined;
  for (const h of hits) {
    if (!isInsultList(h.entry.list) && !(profane && isProfaneNoun(h, a.tokens[i]!.key))) continue;
    // Name-calling of others (profane = false) leaves dehumanising words to the identity-attack check.
    if (!profane && h.entry.list === 'dehumanising') continue;
    if ((a.names.has(h.form) || a.names.has(a.tokens[i]!.key)) && isName(a, i, h.form)) continue;
    // "The Jerk", "Only Fools and Horses", "Beck's Loser": a word of a title, not a name for anyone (Round 15, allow19).
    if (isInsultList(h.entry.list) && inTitle(a, i)) continue;
    if (isCode(a, i, h.how) || isPlace(a, i)) continue;
    if (h.entry.list === 'insultAdj' && VERB_ING.has(h.form) && progressive(a, i)) continue;
    // "you acted foolishly", "they selfishly voted": an adverb says how something was done, it names no one.
    if (h.entry.list === 'insultAdj' && (adverbOf(h) || intensifiesPraise(a, i))) continue;
    if ((h.entry.list === 'profanity' || h.entry.list === 'insultDirect') && (expletive(a, i) || notCaring(a, i))) continue;
    if (!best || severityRank(h.entry.severity) > severityRank(best.severity)) best = h.entry;
  }
  return best;
}

const LOSER = new Set(['loser', 'losers']);

/** Insult nouns that are also the feeling or the state ("to avoid embarrassment", "resigned in disgrace"). */
const SHAME_NOUNS = new Set(['disgrace', 'embarrassment']);
/**
 * Verbs and prepositions that take the feeling, bare, as their object: no article, so it names no one; and
 * the possessives of someone else, whose feeling it is ("his embarrassment was obvious"; not "your").
 */
const SHAME_TAKERS = new Set([
  'avoid', 'avoids', 'avoided', 'avoiding', 'cause', 'causes', 'caused', 'causing', 'spare', 'spared', 'sparing', 'save', 'saved',
  'bring', 'brings', 'brought', 'bringing', 'in', 'of', 'without', 'from', 'into', 'public', 'further',
  'his', 'her', 'their', 'my', 'our',
]);
/** Insult nouns that are also the crime ("convicted of fraud"): a name only with an article ("a fraud"). */
const CRIME_NOUNS = new Set(['fraud']);
/**
 * What takes the crime, bare, before it: "charged with fraud", "voter fraud", "tax fraud". Not "for": "he should be
 * sent to jail for fraud" wishes a penalty on someone (one OLID line, labelled offensive).
 */
const CRIME_TAKERS = new Set([
  'of', 'with', 'into', 'against', 'in', 'about', 'alleged', 'massive', 'widespread', 'systematic', 'organised', 'organized',
  'election', 'electoral', 'voter', 'vote', 'voting', 'ballot', 'tax', 'bank', 'wire', 'mail', 'insurance', 'securities',
  'benefit', 'benefits', 'welfare', 'accounting', 'financial', 'corporate', 'investment', 'mortgage', 'credit', 'card', 'academic',
]);
/** Nouns the crime qualifies: "the fraud charges were dropped", "a fraud investigation". */
const CRIME_HEADS = new Set(['charge', 'charges', 'case', 'cases', 'investigation', 'investigations', 'trial', 'allegations', 'scheme', 'probe', 'conviction', 'squad']);

/**
 * "renamed to avoid embarrassment", "it brought disgrace on the family", "he resigned in disgrace", "his
 * embarrassment was obvious", "convicted of fraud", "voter fraud", "the fraud charges": the feeling, state or
 * crime, bare after a word that takes it (or before a noun it qualifies), is no name for anyone ("an
 * embarrassment", "a disgrace", "he is a fraud" are). Not before a name: "the school of fraud Blasey".
 */
function shameSuffered(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const p = a.tokens[i - 1];
  const n = a.tokens[i + 1];
  const before = p !== undefined && p.sentence === t.sentence && !t.clauseBreak;
  if (SHAME_NOUNS.has(t.key)) return before && SHAME_TAKERS.has(p.key);
  if (!CRIME_NOUNS.has(t.key)) return false;
  const after = n !== undefined && n.sentence === t.sentence && !n.clauseBreak;
  if (after && n.capitalised) return false;
  return (before && CRIME_TAKERS.has(p.key)) || (after && CRIME_HEADS.has(n.key));
}

/**
 * "the real losers of this war are the civilians", "the loser of the election": whoever lost a contest,
 * not a name for anyone. "you loser", "what a loser of a man", "you're a loser of epic proportions" and
 * "you are the biggest loser of this forum" are still insults: "the" must name the loser, and no one
 * addressed before it in its clause. ("winners and losers" was tried as well: one right, one wrong in OLID.)
 */
function contestLoser(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const of = a.tokens[i + 1];
  const what = a.tokens[i + 2];
  if (!LOSER.has(t.key) || of === undefined || of.key !== 'of' || of.sentence !== t.sentence || of.clauseBreak) return false;
  if (what === undefined || what.sentence !== t.sentence || ARTICLES.has(what.key)) return false;
  let the = false;
  // Read back at most CLOSES_REACH words: to the start of a long unpunctuated clause from each "loser of"
  // in it, the look was quadratic.
  for (let k = i - 1; k >= 0 && k >= i - CLOSES_REACH && a.tokens[k]!.sentence === t.sentence; k--) {
    const p = a.tokens[k]!;
    if (isAddress(a, p) || isPossessiveAddress(p)) return false;
    if (p.key === 'the' && k >= i - 3) the = true;
    if (p.clauseBreak) break;
  }
  return the;
}

/** Praise an insulting adjective can intensify, beyond the `praise` list and the fond words. */
const INTENSIFIED = new Set(['good', 'great', 'awesome', 'amazing', 'talented', 'skilled', 'fast', 'strong', 'lucky']);

/** "you're crazy good at chess", "stupid talented": an insulting adjective right before praise only intensifies it. */
function intensifiesPraise(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (next === undefined || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak) return false;
  return INTENSIFIED.has(next.key) || FOND.has(next.key) || a.hits[i + 1]!.some((h) => h.entry.list === 'praise');
}

/** Words that open the object of a verb: "to fool the voters", "to bully their critics". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'its', 'my', 'this', 'that', 'these', 'those', 'any', 'some']);

/**
 * "you tried to fool the voters", "to retard the ignition", "he wants to bully the opposition": after
 * "to", a noun that is also a verb and is followed by its object is the verb, and names no one.
 * "talking to a fool" has an article between; "listen to this fool" has none before the noun. A swear
 * word stays what it is ("like you wanted to fuck him").
 */
function infinitive(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1]!;
  const next = a.tokens[i + 1];
  if (!NOUN_VERBS.has(t.key) || prev.key !== 'to' || prev.sentence !== t.sentence || t.clauseBreak) return false;
  if (a.hits[i]!.some((h) => h.entry.list === 'profanity')) return false;
  return next !== undefined && next.sentence === t.sentence && !next.clauseBreak && (OBJECT_OPENERS.has(next.key) || AFTER_VERB.has(next.key));
}

/** Prefixes that turn a word into its opposite: "anti-racist", "non-bigoted". */
const AGAINST = new Set(['anti', 'non', 'counter']);

/** "anti-fascist", "anti-racists": a word with a prefix against it names the opponents of what it names. */
function againstIt(a: Analysis, i: number): boolean {
  return a.tokens[i]!.hyphenated && AGAINST.has(a.tokens[i - 1]!.key);
}

/** Second parts of a hyphenated compound that make it a quality of a thing: "idiot-proof", "troll-resistant". */
const PROOF = new Set(['proof', 'proofed', 'proofing', 'resistant']);

/** "idiot-proof instructions", "a troll-proof comment section": what the thing is made safe from, naming no one. */
function proofAgainst(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return next !== undefined && next.hyphenated && PROOF.has(next.key);
}

/**
 * Head nouns that "POS" modifies as an abbreviation: point of sale ("POS terminal"), part of speech ("POS
 * tagging"), proof of stake ("PoS blockchains").
 */
const POS_HEADS = new Set([
  'system', 'systems', 'terminal', 'terminals', 'machine', 'machines', 'device', 'devices', 'software', 'hardware', 'data',
  'tagging', 'tagger', 'taggers', 'tag', 'tags', 'blockchain', 'blockchains', 'consensus', 'network', 'networks', 'transaction',
  'transactions', 'integration', 'printer', 'printers', 'vendor', 'vendors', 'provider', 'providers', 'register', 'registers',
]);

/** "the new POS system", "POS tagging for Armenian": the abbreviation before a noun it modifies, not "piece of shit". */
function posModifier(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  return t.key === 'pos' && next !== undefined && next.sentence === t.sentence && !next.clauseBreak && POS_HEADS.has(next.key);
}

/** "slow" of the mind, but "slow to" of what someone was late to do. */
const SLOW = new Set(['slow', 'slower', 'slowest']);

/** "you were slow to condemn it", "slower to react than the mayor": late to act, not slow-witted. */
function tardy(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return next !== undefined && next.key === 'to' && next.sentence === a.tokens[i]!.sentence && SLOW.has(a.tokens[i]!.key);
}

/**
 * "snake_case", "monkey_patch", "lazy_loading": a word glued by an underscore to a plain word after it (no
 * listed word, no person) is the first part of a name in code or a file, not a word said of anyone (Round 15,
 * ev10). Spelled-out letters ("f_u_c_k") and listed words glued together ("dumb_ass") are read as before.
 */
function identifierHead(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (next === undefined || next.ns !== t.ne + 1 || a.norm.text.charCodeAt(t.ne) !== 95 || t.key.length < 3 || next.key.length < 2) return false;
  if (!next.wordLike || next.mention || a.hits[i + 1]!.length > 0 || referentOf(a, next) !== 'none') return false;
  // A swear word or a slur glued to a word ("azz_crack") is still said.
  if (a.hits[i]!.some((h) => h.entry.list === 'profanity' || h.entry.list === 'slur')) return false;
  // "you snake_case", "idiot_face", "moron_boy" (an insult with a person or a compound's head) stay what they are.
  if (PERSON_NOUNS.has(next.key) || YOUNG.has(next.key) || a.lexicon.isCompoundHead(next.key)) return false;
  const prev = a.tokens[i - 1];
  if (prev !== undefined && prev.sentence === t.sentence && referentOf(a, prev) === 'second') return false;
  const joined = t.key + next.key;
  return /^[a-z]+$/.test(joined) && a.lexicon.lookup(tokenise(normalise(joined))[0]!).length === 0;
}

/** People by their age, who a word glued to them names ("moron_boy", "idiot_kids"). */
const YOUNG = new Set(['boy', 'boys', 'girl', 'girls', 'kid', 'kids', 'son', 'sons', 'child', 'children', 'lad', 'lads']);

/** How many words of a handle joined by underscores are looked through ("@the_real_dumb_guy"). */
const HANDLE_PARTS = 4;

/** "@Big_idiot": a word joined to a mention by underscores is part of the screen name, not a word said. */
function inHandle(a: Analysis, i: number): boolean {
  const text = a.norm.text;
  for (let k = i; k > 0 && k > i - HANDLE_PARTS; k--) {
    const t = a.tokens[k]!;
    const p = a.tokens[k - 1]!;
    if (t.ns !== p.ne + 1 || text.charCodeAt(p.ne) !== 95) return false;
    if (p.mention) return true;
  }
  return false;
}

/** The generated adverb of a listed adjective ("stupidly" of "stupid"), not a listed word itself ("ugly", "silly"). */
function adverbOf(h: Hit): boolean {
  return h.form.endsWith('ly') && !h.entry.term.endsWith('ly') && h.form.length === h.entry.term.length + 2;
}

/**
 * Listed for their attributive use ("a lying politician"), these -ing words are verbs right after "be"
 * ("she is lying"); adjectives of effect ("she is disgusting", "you are annoying") stay adjectives.
 */
const VERB_ING = new Set(['lying', 'cheating', 'whining', 'stealing', 'hating', 'trolling']);

/** Adverbs that may stand between "be" and a verb in -ing. */
const ADVERBS_BEFORE_ING = new Set(['just', 'really', 'obviously', 'clearly', 'only', 'simply', 'probably', 'still', 'always', 'definitely', 'actually', 'seriously', 'literally', 'constantly']);

/**
 * Token i follows "be" (or a contraction of it) in the same sentence, or "are you" asking; or "your"
 * written for "you're", the word ending its clause ("I know your trolling", not "your trolling is obvious").
 */
function progressive(a: Analysis, i: number): boolean {
  // "you are just trolling", "she is clearly lying": an adverb between.
  if (ADVERBS_BEFORE_ING.has(a.tokens[i - 1]?.key ?? '') && a.tokens[i - 1]!.sentence === a.tokens[i]!.sentence) i--;
  const prev = a.tokens[i - 1];
  if (prev === undefined || prev.sentence !== a.tokens[i]!.sentence) return false;
  if ((prev.key === 'your' || prev.key === 'ur') && closesClause(a, i)) return true;
  // "are you trolling?", "r u lying": asked, "be" before the subject.
  const be = a.tokens[i - 2];
  if ((prev.key === 'you' || prev.key === 'u') && be !== undefined && be.sentence === prev.sentence && (be.key === 'are' || be.key === 'r')) return true;
  return BE.has(prev.key) || prev.key === 'youre' || prev.key === 'shes' || prev.key === 'hes' || prev.key === 'theyre';
}

const WH = new Set(['how', 'what', 'why', 'who', 'where', 'when', 'wtf']);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'on']);

/**
 * "how the fuck do you", "calm the fuck down": a swear word after "the" that only intensifies; "holy shit",
 * "holy fuck": an exclamation.
 */
function expletive(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const the = a.tokens[i - 1];
  if (!the || the.sentence !== t.sentence) return false;
  if (the.key === 'holy') return true;
  if (the.key !== 'the') return false;
  const before = a.tokens[i - 2];
  const next = a.tokens[i + 1];
  return (before !== undefined && before.sentence === t.sentence && WH.has(before.key)) || (next !== undefined && next.sentence === t.sentence && PARTICLES.has(next.key));
}

const TALK = new Set(['talk', 'talks', 'talking', 'talkin', 'talked']);
/** What one talks when talking rubbish ("double-talking hypocrites" are people, not what is said). */
const TALKED = new Set(['trash', 'shit', 'shite', 'crap', 'bs', 'bullshit', 'rubbish', 'garbage', 'smack', 'crud']);
const GIVE = new Set(['give', 'gives', 'giving', 'givin', 'gave', 'given']);
const NONE_OR_ONE = new Set(['a', 'no', 'one', 'two', 'zero']);
const MINIMAL = new Set(['single', 'flying', 'rats', 'damn']);

/** "I don't give a fuck", "you do give a crap", "zero fucks given": not caring, said of no one. */
function notCaring(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  let k = i - 1;
  // Bounded: at most one word of smallness ("a single fuck", "a flying fuck") between.
  if (k >= 0 && MINIMAL.has(a.tokens[k]!.key)) k--;
  if (k < 0) return false;
  const quantity = a.tokens[k]!;
  if (quantity.sentence !== t.sentence || !NONE_OR_ONE.has(quantity.key)) return false;
  return quantity.key === 'zero' || (k > 0 && GIVE.has(a.tokens[k - 1]!.key));
}

// Listed participles, "fkn" and "fuckn" ("fucking" in chat spelling) among them.
const PARTICIPLE = /(ing|in|ed|kn)$/;
/** Swear words that never name a person: an interjection or intensifier ("you damn sure are"), a thing ("porn"). */
const NOT_A_PERSON = new Set(['damn', 'goddamn', 'dammit', 'damnit', 'porn', 'wtf', 'omfg', 'stfu']);
const PARTICIPLE_SPELLING = /(ing|in|en|n|ed)$/;

/**
 * A profane word used as a noun ("you are a pieceofshit", "you twat") insults when said directly. A
 * participle does not, however it is spelt: "fucking", and "fucken", "fuckn" read as "fuck" ("are you
 * fucken kidding me" only intensifies).
 */
function isProfaneNoun(h: Hit, key: string): boolean {
  if (h.entry.list !== 'profanity' || h.entry.severity === 'low' || PARTICIPLE.test(h.form) || NOT_A_PERSON.has(h.form)) return false;
  return key === h.form || !PARTICIPLE_SPELLING.test(key);
}

function isInsultToken(a: Analysis, k: number): boolean {
  return a.hits[k]!.some((h) => isInsultList(h.entry.list) || h.entry.list === 'profanity');
}

export function insultTarget(a: Analysis, i: number): InsultTarget {
  return statedTarget(a, i) ?? nearbyTarget(a, i);
}

/**
 * The target the words around the insult state: an address, an order, a vocative (or that they excuse
 * it); null when they state none and only the nearest person word can tell (nearbyTarget).
 */
export function statedTarget(a: Analysis, i: number): InsultTarget | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  // 'You're what they call a "useful idiot"': the reader is what the term names (quoted or not).
  const termed = whatTheyCall(a, i);
  if (termed >= 0) return disownedClaim(a, termed) ? EXCUSED : { pattern: 'direct', addressAt: termed };
  // "He called me an idiot, and you are one too": the name, said of the writer or reported, is then given to the reader.
  const givenOn = oneToo(a, i);
  if (givenOn >= 0 && !quotedSpeech(a, i)) return { pattern: 'direct', addressAt: givenOn };
  // Reported words are someone else's: 'He said "you idiot" to me'.
  if (
    selfLabel(a, i) || quotedSpeech(a, i) || titleOfWork(a, i) || mentionedInQuotes(a, i) || namedQuotation(a, i) ||
    feltLike(a, i) || writerActedLike(a, i) || disclaimedBe(a, i) || playedRole(a, i)
  ) {
    return EXCUSED;
  }
  // "The statement is ridiculous and so are you": an elliptic "so are you" says the insult of the reader too.
  const alsoReader = soAreYou(a, i);
  if (alsoReader >= 0) return { pattern: 'direct', addressAt: alsoReader };

  // Direct: address, then only "be", fillers or other insults, then the insult. After "you are a",
  // up to two words of any kind may stand before the noun ("you are a weak bully").
  const hits = a.hits[i]!;
  let free = 0;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (isAddress(a, p)) {
      // "you troll so hard", "I bet you bitch about taxes": a verb, not name-calling.
      if (k === i - 1 && usedAsVerb(a, i)) return EXCUSED;
      // "you will fool nobody", "you can troll all day": after a modal the word is a verb.
      if (k === i - 2 && MODALS.has(tokens[i - 1]!.key) && NOUN_VERBS.has(t.key)) return EXCUSED;
      // "you are an animal" but not "you are an animal lover": an ambiguous word must end the phrase.
      if (hits.every((h) => h.entry.list === 'dehumanising' || !isInsultList(h.entry.list)) && !closesClause(a, i)) break;
      // "@USER idiot" and "@USER is a clown" name the reader; "@USER Evil in a white robe", "@USER A
      // foolish statement" and "@USER Life is a joke" start a sentence about something else: after a
      // bare mention the insult must close the clause, or "be" must follow the mention itself.
      if (p.mention) {
        const be = firstBe(tokens, k, i);
        if (be < 0 ? !closesClause(a, i) : be !== k + 1) break;
      }
      return ((disownedClaim(a, k) || deniedProposition(a, k)) && !takenBack(a, i)) || affectionate(a, k, i) || noneOf(a, k) || adviceTo(a, k, i) || lifeStage(a, k, i) || askedIfMad(a, k, i) ? EXCUSED : { pattern: 'direct', addressAt: k };
    }
    if (isPossessiveAddress(p)) {
      // "your brother is a nitwit", "your pal the clown": said of someone the reader knows, not of the reader.
      if (k + 1 < i && relationOfReader(a, k)) return ELSEWHERE;
      // "your a idiot", "ur so stupid.": a common spelling of "you're", before an article or before an
      // adjective that ends its clause (so it describes no noun of the reader's, as in "your stupid post").
      const next = tokens[k + 1]!;
      // "your getting silly", "your being an idiot": a verb in -ing right after it makes it "you're" too.
      const predicate = next.key === 'a' || next.key === 'an' || (k + 1 < i && YOURE_ING.has(next.key)) || (hits.some((h) => h.entry.list === 'insultAdj') && closesClause(a, i));
      if (predicate) return { pattern: 'direct', addressAt: k };
      // "a pic of your dick": a word that insults only when said straight at someone is anatomy here, and
      // an animal word is the reader's animal ("your dog barked all night").
      if (k === i - 1 && hits.every((h) => h.entry.list === 'insultDirect' || (h.entry.list === 'dehumanising' && KEPT_ANIMALS.has(h.entry.term)) || (h.entry.list === 'profanity' && !/(y|ing|in)$/.test(h.form)))) {
        return ELSEWHERE_MILD;
      }
      return { pattern: 'possessive', addressAt: k };
    }
    if (BE.has(p.key) || FILLERS.has(p.key) || isInsultToken(a, k) || degreeThat(a, k, i) || degreeAs(a, k, i) || groupAddressed(a, k)) continue;
    if (YOURE_ING.has(p.key) && k > 0 && isPossessiveAddress(tokens[k - 1]!)) continue;
    // "if you were any dumber ...": "any" before a comparative after "be" is a degree.
    if (p.key === 'any' && k === i - 1 && k > 0 && BE.has(tokens[k - 1]!.key)) continue;
    // "you think like a toddler", "you argue like an idiot": a verb of manner before "like" compares the
    // reader, as "you act like a child" does.
    if (MANNER.has(p.key) && tokens[k + 1]!.key === 'like') continue;
    // "you are one of those idiots": a partitive, not a third party.
    if ((p.key === 'those' || p.key === 'these') && tokens[k - 1]?.key === 'of') continue;
    // "if you weren't so stupid, you would ...": denied contrary to fact, the insult is asserted.
    if (contraryToFact(a, k)) continue;
    // "you're not only stupid but a liar": "not only" asserts what follows.
    if ((p.key === 'only' && tokens[k - 1]?.key === 'not') || (p.key === 'not' && tokens[k + 1]!.key === 'only')) continue;
    // Round 15 (exc8): "you're not just stupid, you're proud of it" asserts it too ("you're not just being
    // paranoid" reassures).
    if (p.key === 'not' && NOT_MERELY.has(tokens[k + 1]!.key) && tokens[k + 2]?.key !== 'being' && k + 2 <= i) continue;
    if (NEGATORS.has(p.key) || FIRST_PERSON.has(p.key) || THIRD_PERSON.has(p.key)) break;
    // "you are incredibly stupid": an adverb of degree.
    if (p.key.length >= 6 && p.key.endsWith('ly') && a.hits[k]!.length === 0) continue;
    // "you are offensive and stupid", "you are joking or just dumb": the insult is coordinated with
    // another predicate of the reader.
    if ((p.key === 'and' || p.key === 'or') && k >= 2 && tokens[k - 2]!.sentence === t.sentence && BE.has(tokens[k - 2]!.key)) {
      k--;
      continue;
    }
    // "are you a bot or just this thick?", "you're a liar and stupid": coordinated with a noun said of the
    // reader, "a" and one word after the address or "be".
    if ((p.key === 'and' || p.key === 'or') && k >= 3 && tokens[k - 3]!.sentence === t.sentence && !tokens[k - 1]!.clauseBreak && !tokens[k]!.clauseBreak && (tokens[k - 2]!.key === 'a' || tokens[k - 2]!.key === 'an') && (BE.has(tokens[k - 3]!.key) || isAddress(a, tokens[k - 3]!))) {
      k -= 2;
      continue;
    }
    // Two free words, but only when an article follows the address ("you are a [weak] bully", "you're an
    // [overpaid] idiot"); right before a word that insults only when said straight at someone, a free word
    // makes a compound noun instead ("a war baby", "a power tool").
    if (free < 2 && (k + 1 < i || hits.some((h) => isIndirectInsult(h.entry.list))) && articleBetween(tokens, k, i)) {
      free++;
      continue;
    }
    break;
  }

  // "idiots like you", "a moron like you".
  const l1 = tokens[i + 1];
  const l2 = tokens[i + 2];
  if (l1 && l2 && l1.sentence === t.sentence && l1.key === 'like' && isAddress(a, l2)) {
    return { pattern: 'direct', addressAt: i + 2 };
  }
  // "an idiot like me could follow it", "fools like us": the writer counts as one.
  if (l1 && l2 && l1.sentence === t.sentence && l1.key === 'like' && WRITER_OBJECT.has(l2.key) && !joinedToReader(a, i + 2)) return EXCUSED;
  // "maggots such as yourself".
  const l3 = tokens[i + 3];
  if (l1 && l2 && l3 && l3.sentence === t.sentence && l1.key === 'such' && l2.key === 'as' && isAddress(a, l3)) {
    return { pattern: 'direct', addressAt: i + 3 };
  }

  // Imperatives: "stop being an idiot", "don't be a gutless coward", "stop acting like a bitch".
  if (imperativeBe(a, i)) return { pattern: 'direct', addressAt: -1 };
  // "How does it feel to be the dumbest guy in the room?", "hows it feel to be a loser": asked of the reader.
  if (feelToBe(a, i)) return { pattern: 'direct', addressAt: -1 };

  // "What an idiot you are", "such a joke you are".
  const a1 = tokens[i + 1];
  const a2 = tokens[i + 2];
  if (a1 && a2 && a1.sentence === t.sentence && isAddress(a, a1) && POST_BE.has(a2.key)) {
    const a3 = tokens[i + 3];
    if (!a3 || a3.sentence !== t.sentence || a3.clauseBreak) return { pattern: 'direct', addressAt: i + 1 };
  }

  // Comparison: "as dumb as you", "dumber than you (are)".
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  if (n1 && n2 && n1.sentence === t.sentence && (n1.key === 'as' || n1.key === 'than') && isAddress(a, n2) && !genericYou(a, i + 2)) {
    return { pattern: 'comparison', addressAt: i + 2 };
  }

  // "The only waste of time here is you", "what a joke you are": a word that insults only when said straight
  // at someone, or a mild one, said to be the reader ("the only idiot here is you" is read by nearbyTarget).
  const named = hits.some((h) => h.entry.list === 'insultDirect' || (h.entry.list === 'insultNoun' && h.entry.severity === 'low')) ? readerNamedAfter(a, i) : -1;
  if (named >= 0) return { pattern: 'direct', addressAt: named };

  // Words like "dick" or "tool" insult only when said straight at someone: a whole reply of one ("Tool.",
  // "What a tool.") is said to the person it answers, and so is one closing an order ("Keep crying,
  // snowflake.").
  if (a.hits[i]!.every((h) => !isIndirectInsult(h.entry.list) && !(h.entry.list === 'profanity' && h.entry.severity !== 'low'))) {
    const said = hits.some((h) => h.entry.list === 'insultDirect' && h.entry.severity !== 'low') && (wholeReply(a, i) || orderedVocative(a, i));
    if (said) return { pattern: 'vocative', addressAt: -1 };
    return hits.some((h) => h.entry.list === 'insultDirect' && h.entry.severity !== 'low') && (stressedDirect(a, i) || saidOfReadersRelation(a, i)) ? ELSEWHERE : ELSEWHERE_MILD;
  }

  // "Dickhead will just copy it", "Moron thinks he knows": a bare singular insult noun opening a sentence
  // as its subject is used as a name, like a vocative.
  if (namedSubject(a, i)) return { pattern: 'vocative', addressAt: -1 };

  // "the idiots posting on here", "what dummies are on here today": those who post here are the
  // participants of the conversation.
  const forum = onThisForum(a, i);
  if (forum >= 0) return { pattern: 'near', addressAt: forum };
  // "the dumbest comment I have ever read", "Stupidest post ever.": the comment answered is the reader's.
  const read = worstReadHere(a, i);
  if (read >= 0) return { pattern: 'near', addressAt: read };

  // "the idiot above thinks ...", "the guy two posts up is a moron", "don't feed the troll": a commenter placed
  // in the thread, or its troll, is a participant, though named in the third person (Round 13).
  const placed = Math.max(placedInThread(a, i), trollHere(a, i));
  if (placed >= 0) return { pattern: 'near', addressAt: placed };

  // Vocative: the insult makes up a short clause of its own ("Shut up, idiot.", ", coward."), or ends
  // an order without an article ("Provide proof, faggot", "Go change your tampon maggot!").
  // A negation in the clause before does not reach it: "No you're not, dickhead."
  const vocative = (isVocative(a, i) || isTrailingVocative(a, i) || calledOut(a, i) || orderAfterCall(a, i)) && !nameCalled(a, i) && !apposedToWriter(a, i);
  if ((vocative && (t.clauseBreak || !negatedBetween(a, i - 2, i))) || afterDenial(a, i)) {
    if (affectionate(a, i - 2, i)) return EXCUSED;
    return fragmentBesideOthers(a, i) ? ELSEWHERE : { pattern: 'vocative', addressAt: -1 };
  }
  return null;
}

/**
 * The target inferred from the nearest person word: "near" an address of the reader, about the writer
 * or a third party, or "unattributed". Aimed at the reader ("near", or "unattributed" in a comment that
 * speaks to someone) only when the comment has an address or "your" somewhere (speaksToSomeone).
 */
export function nearbyTarget(a: Analysis, i: number): InsultTarget {
  // "the idiot who wrote this": a definite description of someone else ("I'm the jerk who parked there"
  // describes the writer).
  if (a.tokens[i - 1]?.key === 'the' && RELATIVE.has(a.tokens[i + 1]?.key ?? '') && !writerIs(a, i)) return ELSEWHERE;
  // "Stupid of me not to check", "how dumb of us": the writer judges their own act.
  if (ofWriter(a, i) || exclaimedOfWriter(a, i)) return EXCUSED;
  // "the judge described the defendant as a liar and a fraud": a report reaches every insult of its list.
  // (Only a report: "I come from a long line of bigots and morons" is held, as OLID's annotators count it.)
  const first = coordinatedInsult(a, i);
  if (first >= 0 && nearestReferentBefore(a, first, 7, true).referent === 'reported') return EXCUSED;
  // "called the budget a disgrace and the minister incompetent": the second object of a report.
  if (reportedConjunct(a, i)) return EXCUSED;
  // "as a fellow idiot who missed it, ...": the writer counts as one.
  if (a.tokens[i - 1]?.key === 'fellow' && a.tokens[i - 2]?.key === 'a' && a.tokens[i - 3]?.key === 'as') return EXCUSED;
  if (farFrom(a, i) || nothingOf(a, i) || deniedSubject(a, i) || deniedAnyone(a, i)) return EXCUSED;
  const before = nearestReferentBefore(a, i, 7, true);
  switch (before.referent) {
    case 'second':
      if (before.at + 1 < i && relationOfReader(a, before.at)) return ELSEWHERE;
      // "@USER fuck yeah": an interjection, not a name for the reader.
      if (negatedBetween(a, before.at, i) || reportedBetween(a, before.at, i) || exclamation(a, i) || wouldHaveToBe(a, before.at, i)) return EXCUSED;
      // "@USER the government is pathetic", "You're right, the mayor is an idiot": said of someone else.
      if (otherSubjectBetween(a, before.at, i)) return ELSEWHERE;
      // "When you elect idiots, ...": what the reader does something to, someone else.
      if (before.at === i - 2 && objectOfReader(a, i)) return ELSEWHERE;
      if (clauseBetween(a, before.at, i)) return UNATTRIBUTED;
      // "@USER pathetic response from ...": said of something else.
      if (a.tokens[before.at]!.mention && describesThing(a, i) && !exclaimed(a, i)) return ELSEWHERE;
      return { pattern: 'near', addressAt: before.at };
    case 'first':
      // "I was a fool", "call me an idiot": the writer describes themselves. "I think the coach is an
      // idiot", "we have to deal with morons": the writer only talks, and a strong insult noun names
      // someone else. (Milder words and adjectives stay excused: "I made a stupid mistake".)
      // "the poster above me is a troll": the commenter placed by the writer, the subject of what is said.
      // "our mayor is not an idiot": denied, as of a third party (Round 13).
      if (writersPerson(a, before.at, i)) return negatedBetween(a, before.at, i) ? EXCUSED : ELSEWHERE;
      return (strongNoun(a, i) || peopleAfter(a, i) || placedByWriter(a, before.at)) && !selfDescribed(a, before.at, i) ? ELSEWHERE : EXCUSED;
    case 'reported':
      return EXCUSED;
    case 'third':
      return negatedBetween(a, before.at, i) || statementReported(a, i) || writerAmong(a, before.at, i) ? EXCUSED : ELSEWHERE;
    case 'none': {
      if (negatedBetween(a, i - 3, i) || statementReported(a, i)) return EXCUSED;
      // "Did you see that? Obama is a moron.": the predicate of "be" is said of its subject, someone else.
      if (predicatedOfOther(a, i)) return ELSEWHERE;
      const after = nearestReferentAfter(a, i, 3);
      // "damn you're good": the swear word stresses praise of the reader; "fuck yeah, you did it": it
      // is an interjection.
      if (after.referent === 'second' && (praisedAfter(a, after.at) || exclamation(a, i))) return EXCUSED;
      // "Some jerk scratched your car", "don't let a couple of idiots ruin your day": a noun phrase with a
      // determiner, the subject of a verb whose object is the reader's, names someone else.
      if (after.referent === 'second' && isPossessiveAddress(a.tokens[after.at]!) && after.at > i + 1 && determinedNoun(a, i)) return ELSEWHERE;
      // "Clueless, you" and "Crap, your ..." start a new clause: the insult is not said of the reader.
      if (after.referent === 'second') return clauseBetween(a, i, after.at) ? UNATTRIBUTED : { pattern: 'near', addressAt: after.at };
      // "What an idiot I am", "such a fool I was": the writer describes themselves.
      if (after.referent === 'first' && after.at === i + 1 && BE.has(a.tokens[i + 2]?.key ?? '') && (exclaimedOf(a, i) || askedHow(a, i))) return EXCUSED;
      // "how stupid am I?", "what kind of idiot would I have to be to miss that?": the writer asks it of themselves,
      // "I" or "we" after "be" or a modal (Round 12).
      if (after.referent === 'first' && after.at === i + 2 && WRITER_SUBJECTS.has(a.tokens[i + 2]!.key) && (BE.has(a.tokens[i + 1]!.key) || MODALS.has(a.tokens[i + 1]!.key)) && (exclaimedOf(a, i) || askedHow(a, i))) return EXCUSED;
      // "Idiot me left the lights on", "stupid me": the writer mocks themselves.
      if (after.referent === 'first' && after.at === i + 1 && a.tokens[i + 1]!.key === 'me' && opensClause(a, i)) return EXCUSED;
      if (selfMocked(a, i)) return EXCUSED;
      if (after.referent === 'third' || after.referent === 'first') return ELSEWHERE;
      // "she plays along with the idiot": a definite noun phrase describes someone talked about.
      if (DEFINITE.has(a.tokens[i - 1]?.key ?? '') && a.hits[i]!.some((h) => h.entry.list === 'insultNoun')) return ELSEWHERE;
      return describesThing(a, i) ? ELSEWHERE : UNATTRIBUTED;
    }
  }
}

/** Words before "be" that are no one's name: "there is a moron", "what is an idiot", "this is stupid". */
const NOT_NAMES = new Set(['there', 'here', 'what', 'how', 'where', 'why', 'when', 'it', 'its', 'this', 'that', 'which', 'who', 'so', 'op']);
/** Words that open a relative subject ("anyone who says so is an idiot"): its subject is whoever does it. */
const RELATIVE_SUBJECT = new Set(['who', 'whoever', 'that', 'which', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody']);
/** How far (in words) back from the subject a relative opener is looked for. */
const RELATIVE_REACH = 6;

/**
 * "Did you see that? Obama is a moron.", "Read your history. The coach was an idiot.": the insult is the
 * predicate of "be" (through articles, fillers and other insults) whose subject is a plain word, a name or
 * a noun, neither the reader nor the writer nor the subject of a relative clause; it is said of that subject,
 * as namesSubject says of a capitalised subject inside a sentence. Bounded: five words back, then six.
 */
function predicatedOfOther(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  for (let k = i - 1; k >= 1 && k >= i - 5; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence || tokens[k + 1]!.clauseBreak) return false;
    if (BE_FORMS.has(p.key) && p.key !== 'be' && p.key !== 'been') {
      const subject = tokens[k - 1]!;
      if (subject.sentence !== t.sentence || p.clauseBreak || !subject.wordLike || subject.mention || a.hits[k - 1]!.length > 0) return false;
      if (isAddress(a, subject) || isPossessiveAddress(subject) || FIRST_PERSON.has(subject.key) || NOT_NAMES.has(subject.key)) return false;
      for (let r = k - 2; r >= 0 && r >= k - 1 - RELATIVE_REACH && tokens[r]!.sentence === t.sentence; r--) if (RELATIVE_SUBJECT.has(tokens[r]!.key)) return false;
      return true;
    }
    if (!(FILLERS.has(p.key) || isInsultToken(a, k))) return false;
  }
  return false;
}

/**
 * People and groups the reader has: an insult said of them ("your brother is a nitwit", "your team has
 * the dirtiest players") is name-calling of a third party. Not the reader's parents: "your mom is a whore" is
 * the old insult of the reader ("{your} mom" in the phrases).
 */
const RELATIONS = new Set([
  'wife', 'husband', 'friend', 'friends', 'buddy', 'buddies', 'pal', 'pals', 'boss', 'team', 'party', 'president',
  'leader', 'candidate', 'hero', 'boyfriend', 'girlfriend', 'son', 'daughter', 'kids', 'brother', 'sister',
]);

/**
 * The possessive at k and the word after it name someone the reader knows ("your wife"), not joined to
 * the reader ("you and your friends are idiots" insults the reader too).
 */
function relationOfReader(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  if (!isPossessiveAddress(t) || !RELATIONS.has(a.tokens[k + 1]?.key ?? '')) return false;
  const and = a.tokens[k - 1];
  const you = a.tokens[k - 2];
  return !(and !== undefined && you !== undefined && (and.key === 'and' || and.key === 'or') && you.sentence === t.sentence && isAddress(a, you));
}

/**
 * Round 16 (allow22): "your wife is a hooker", "your mum was a slag": a word that insults only when said
 * straight at someone, said with "is a" of someone the reader knows (relationOfReader) or a parent, closing its
 * clause, is name-calling of that person.
 */
export function saidOfReadersRelation(a: Analysis, i: number): boolean {
  const art = a.tokens[i - 1];
  const be = a.tokens[i - 2];
  const s = a.tokens[i]!.sentence;
  if (i < 4 || art === undefined || be === undefined || (art.key !== 'a' && art.key !== 'an') || (be.key !== 'is' && be.key !== 'was')) return false;
  if (a.tokens[i - 4]!.sentence !== s || a.tokens[i - 3]!.clauseBreak || be.clauseBreak || art.clauseBreak || a.tokens[i]!.clauseBreak) return false;
  const owner = a.tokens[i - 4]!;
  return (relationOfReader(a, i - 4) || (isPossessiveAddress(owner) && PARENTS.has(a.tokens[i - 3]!.key))) && closesClause(a, i);
}
/** The reader's parents, left out of RELATIONS ("your mom" abuse is the reader's): "your mum is a slag". */
const PARENTS = new Set(['mum', 'mom', 'mother', 'mama', 'momma', 'dad', 'father']);

/** Determiners of a noun phrase about others: "some jerk", "a couple of idiots", "those morons". */
const OTHERS_DETERMINERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'my', 'our', 'its', 'some', 'of', 'a', 'an', 'any',
  'two', 'three', 'few', 'several',
]);

/** The insult at i is the noun of a noun phrase with a determiner (fillers and insults between): "some jerk", "a couple of idiots". */
function determinedNoun(a: Analysis, i: number): boolean {
  if (!a.hits[i]!.some((h) => h.entry.list === 'insultNoun')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== a.tokens[i]!.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (OTHERS_DETERMINERS.has(p.key)) return true;
    if (!FILLERS.has(p.key) && !isInsultToken(a, k)) return false;
  }
  return false;
}

/** Determiners of a definite noun phrase: "the idiot", "that moron". */
const DEFINITE = new Set(['the', 'that', 'this', 'these', 'those']);

/** The insult that the one at i is coordinated with ("a liar and a fraud", "liars or cowards"), or -1. */
function coordinatedInsult(a: Analysis, i: number): number {
  const t = a.tokens[i]!;
  let k = i - 1;
  if (ARTICLES.has(a.tokens[k]?.key ?? '')) k--;
  const and = a.tokens[k];
  if (and === undefined || (and.key !== 'and' && and.key !== 'or') || and.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) return -1;
  const first = k - 1;
  return first >= 0 && a.tokens[first]!.sentence === t.sentence && !and.clauseBreak && isInsultToken(a, first) ? first : -1;
}

/** Words of a noun phrase that may stand between "and" and the insult of a second object: "and the critics as". */
const CONJUNCT_WORDS = new Set(['the', 'a', 'an', 'as', 'his', 'her', 'their', 'its', 'our', 'all']);

/**
 * "the leader called the budget a disgrace and the minister incompetent", "dismissed the claims as absurd and
 * the critics as fools": "and" and a second object (at most four words, no person word or "be") between
 * a report and the insult at i.
 */
function reportedConjunct(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  let nouns = 0;
  for (let k = i - 1; k >= 1 && k >= i - 5; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (p.key === 'and') return k < i - 1 && nearestReferentBefore(a, k, 7, true).referent === 'reported';
    if (CONJUNCT_WORDS.has(p.key)) continue;
    if (++nouns > 2 || !p.wordLike || a.hits[k]!.length > 0 || BE.has(p.key) || referentOf(a, p) !== 'none') return false;
  }
  return false;
}

/** "what (an) idiot", "such a fool": an exclamation opens the insult's noun phrase. */
function exclaimedOf(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const key = a.tokens[k]!.key;
    if (key === 'what' || key === 'such') return true;
    if (!FILLERS.has(key) && !isInsultToken(a, k)) return false;
  }
  return false;
}

/** The writer as the subject of an inverted question: "how stupid am I", "what a fool was I". */
const WRITER_SUBJECTS = new Set(['i', 'we']);

/** "how stupid", "how very dumb": the insult right after "how" (perhaps through one filler). */
function askedHow(a: Analysis, i: number): boolean {
  const p = a.tokens[i - 1];
  if (p === undefined || p.sentence !== a.tokens[i]!.sentence) return false;
  if (p.key === 'how') return true;
  return FILLERS.has(p.key) && a.tokens[i - 2]?.key === 'how' && a.tokens[i - 2]!.sentence === p.sentence;
}

/** A high-severity insult noun: it names a person ("idiot", "moron"), whoever it is said of. */
function strongNoun(a: Analysis, i: number): boolean {
  return a.hits[i]!.some((h) => h.entry.list === 'insultNoun' && h.entry.severity === 'high');
}

/**
 * "we have crazy liberals screaming", "I am tired of corrupt politicians": an insulting adjective right before
 * a group's name or a noun for people (or an insult noun: "hateful bigots") describes them, not the writer
 * who talks ("we crazy liberals", "I am a stupid conservative" still describe the writer: selfDescribed).
 */
function peopleAfter(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (next === undefined || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || ANYONE.has(next.key)) return false;
  const adjective = a.hits[i]!.find((h) => h.entry.list === 'insultAdj');
  if (adjective === undefined) return false;
  if (PERSON_NOUNS.has(next.key)) return true;
  // A camp ("we have stupid leftists") only with a word of medium strength or more: with the mild ones ("I
  // keep seeing corrupt democrats") OLID's annotators were split.
  const camp = adjective.entry.severity !== 'low';
  return a.hits[i + 1]!.some((h) => isInsultList(h.entry.list) || (camp && h.entry.list === 'group'));
}
/** Nouns for anyone at all: "we need to keep guns from crazy people" says what kind of person, not who. */
const ANYONE = new Set(['person', 'people', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'individual', 'human', 'humans', 'humanbeing', 'lady', 'dude', 'creature', 'folks']);

/**
 * "our mayor is a total clown", "my boss is a liar": the writer's own person (a noun for people after "my" or
 * "our") is the subject of "is" or "was" before the insult (perhaps denied: "our mayor is not an idiot"), so it
 * is said of them, not of the writer (Round 13).
 */
function writersPerson(a: Analysis, k: number, i: number): boolean {
  const key = a.tokens[k]!.key;
  const who = a.tokens[k + 1];
  const be = a.tokens[k + 2];
  if ((key !== 'my' && key !== 'our') || who === undefined || be === undefined || !(PERSON_NOUNS.has(who.key) || RELATIONS.has(who.key)) || !THIRD_SINGULAR_BE.has(be.key) || be.sentence !== a.tokens[i]!.sentence) return false;
  for (let j = k + 3; j < i; j++) if (!(FILLERS.has(a.tokens[j]!.key) || isInsultToken(a, j) || NEGATORS.has(a.tokens[j]!.key))) return false;
  return true;
}

/** Words that link the writer to what they call themselves: "I feel like an idiot", "made me look a fool". */
const SELF_LINKS = new Set([
  'feel', 'feels', 'felt', 'feeling', 'look', 'looked', 'looking', 'sounded', 'call', 'called', 'me', 'us', 'myself',
  'ourselves', 'make', 'makes', 'made', 'im', 'iam', 'ive', 'id', 'acted', 'became', 'as', 'only',
  // Round 15 (exc8): "count me among the idiots who queued", "put us amongst the fools"
  'among', 'amongst',
]);

/** "the guy above me is ...", "whoever posted below me was ...": the writer as the place of a commenter in the thread. */
function placedByWriter(a: Analysis, k: number): boolean {
  const key = a.tokens[k]!.key;
  const place = a.tokens[k - 1]?.key;
  return (key === 'me' || key === 'us') && (place === 'above' || place === 'below') && THIRD_SINGULAR_BE.has(a.tokens[k + 1]?.key ?? '');
}
/** The writer's own mind, named with an insult before it: "my idiot brain", "my stupid head". */
const OWN_MINDS = new Set(['brain', 'brains', 'mind', 'head', 'heads']);
/** The writer's own self, earlier or later: "my younger self", "our past selves". */
const SELVES = new Set(['self', 'selves']);

/** The writer at k is who the insult at i describes: "I was a fool", "us idiots", "I'm not a moron". */
function selfDescribed(a: Analysis, k: number, i: number): boolean {
  const key = a.tokens[k]!.key;
  // "my idiot brother", "our moron mayor": someone of the writer's; but "my younger self was a fool" is
  // the writer.
  if (key === 'my' || key === 'our') {
    // "my idiot brain", "our stupid heads": the writer's own mind.
    const part = a.tokens[i + 1];
    if (i <= k + 2 && part !== undefined && part.sentence === a.tokens[k]!.sentence && !part.clauseBreak && OWN_MINDS.has(part.key)) return true;
    const self = [k + 1, k + 2].find((m) => SELVES.has(a.tokens[m]?.key ?? '') && a.tokens[m]!.sentence === a.tokens[k]!.sentence);
    return self !== undefined && self < i && selfDescribed(a, self, i);
  }
  if (key === 'mine' || key === 'ours') return false;
  // "whoever downvoted me is an idiot": an object before "is" ends a clause about someone else.
  if ((key === 'me' || key === 'us') && THIRD_SINGULAR_BE.has(a.tokens[k + 1]?.key ?? '')) return false;
  for (let j = k + 1; j < i; j++) {
    const w = a.tokens[j]!.key;
    // "I can be an idiot", "we might be fools": a modal before "be".
    if (MODALS.has(w) && a.tokens[j + 1]?.key === 'be') continue;
    // "I used to be an idiot about this": the writer's past.
    if (w === 'used' && a.tokens[j + 1]?.key === 'to' && a.tokens[j + 2]?.key === 'be') {
      j++;
      continue;
    }
    // "we Armenians are fools", "us diaspora folks can be morons": the writer's group set beside them.
    if (j <= k + 2 && (key === 'we' || key === 'us') && groupBeside(a, j)) continue;
    // "I was a naive fool", "we were gullible idiots", "I have been a complete and utter idiot": a
    // word describing the writer's own noun, and "have" or "and" in its chain.
    if (j === i - 1 && j > k + 1 && (isInsultToken(a, j) || FILLERS.has(a.tokens[j - 1]!.key)) && a.tokens[j]!.wordLike && !PERSON_NOUNS.has(w)) continue;
    if ((w === 'have' || w === 'had') && a.tokens[j + 1]?.key === 'been') continue;
    if (w === 'and' && FILLERS.has(a.tokens[j - 1]?.key ?? '') && FILLERS.has(a.tokens[j + 1]?.key ?? '')) continue;
    if (!(BE.has(w) || FILLERS.has(w) || NEGATORS.has(w) || SELF_LINKS.has(w) || FIRST_PERSON.has(w))) return false;
  }
  return true;
}

/** A people or a word for people at j, or a word right before one: "we Armenians", "us diaspora folks". */
function groupBeside(a: Analysis, j: number): boolean {
  const people = (m: number): boolean => PERSON_NOUNS.has(a.tokens[m]?.key ?? '') || (a.hits[m]?.some((h) => h.entry.list === 'group') ?? false);
  return people(j) || people(j + 1);
}

/** The writer is who the insult at i describes, through "be" or a link just before it: "I'm the jerk who ...". */
function writerIs(a: Analysis, i: number): boolean {
  const before = nearestReferentBefore(a, i, 3, true);
  return before.referent === 'first' && selfDescribed(a, before.at, i);
}

const WRITER_OBJECT = new Set(['me', 'us', 'myself', 'ourselves']);

/** The writer as the subject right after an exclamation's noun: "I", "we", "I'm", "I've". */
const WRITER_SUBJECTS_AFTER = new Set(['i', 'we', 'im', 'ive', 'weve']);

/**
 * "What an idiot I was for missing that", "what fools we were", "what a moron I've been": an exclamation
 * opened by "what" whose noun is followed by the writer and "be" judges the writer (Round 14). Bounded: the
 * "what" at most three words before the noun, in its clause ("what an idiot, I was sure ..." is not it).
 */
function exclaimedOfWriter(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const writer = a.tokens[i + 1];
  const be = a.tokens[i + 2];
  if (writer === undefined || writer.sentence !== t.sentence || writer.clauseBreak || !WRITER_SUBJECTS_AFTER.has(writer.key)) return false;
  if (writer.key !== 'im' && (be === undefined || be.sentence !== t.sentence || !BE.has(be.key))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (p.key === 'what') return true;
    if (!(p.key === 'a' || p.key === 'an' || FILLERS.has(p.key) || isInsultToken(a, k))) return false;
  }
  return false;
}

/** "stupid of me", "how silly of us": an adjective judging the writer's own act. */
function ofWriter(a: Analysis, i: number): boolean {
  const of = a.tokens[i + 1];
  const writer = a.tokens[i + 2];
  if (of?.key !== 'of' || writer === undefined || writer.sentence !== a.tokens[i]!.sentence || !WRITER_OBJECT.has(writer.key)) return false;
  return a.hits[i]!.every((h) => h.entry.list === 'insultAdj');
}

/** Linking verbs in -ing that turn a "your" right before them into "you're": "your getting silly", "your acting like a child". */
const YOURE_ING = new Set(['getting', 'being', 'acting', 'becoming', 'sounding', 'looking']);

/** Dehumanising words that are also animals people keep: after "your" they are the reader's animal. */
const KEPT_ANIMALS = new Set(['dog', 'animal', 'beast', 'monkey']);

/** Insult nouns that are verbs too: "you troll", "you bitch", "you fool" ... */
const NOUN_VERBS = new Set([
  'troll', 'bitch', 'shit', 'fuck', 'creep', 'nag', 'bully', 'fool', 'clown', 'weasel', 'cheat', 'rat', 'pig', 'ape', 'whore',
  // "to retard the spread of fire": slowing, in engines, chemistry and medicine
  'retard',
]);
/** Verbs of how someone thinks or speaks, compared with "like": "you think like a toddler", "you write like a child". */
const MANNER = new Set([
  'think', 'thinks', 'thinking', 'talk', 'talks', 'talking', 'write', 'writes', 'writing', 'argue', 'argues', 'arguing',
  'behave', 'behaves', 'behaving', 'reason', 'reasons', 'type', 'types', 'typing', 'whine', 'whines', 'whining',
  'cry', 'cries', 'crying', 'debate', 'debates', 'speak', 'speaks', 'speaking', 'post', 'posts', 'posting',
]);
/** Modal verbs: what follows one is a verb ("you will fool"), whatever else it can be. */
const MODALS = new Set(['will', 'would', 'could', 'can', 'must', 'might', 'should', 'll', 'cant', 'cannot', 'wont', 'shall']);
/** Words that follow a verb but not a vocative: an object, a particle or an adverb ("you troll so hard"). */
const AFTER_VERB = new Set([
  'me', 'us', 'him', 'her', 'them', 'it', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'people', 'yourself',
  'yourselves', 'so', 'too', 'about', 'around', 'like', 'out', 'off', 'up', 'on', 'at', 'over', 'hard', 'all',
  'constantly', 'always', 'again', 'every', 'much', 'more', 'alot', 'enough', 'whenever', 'because',
]);

/** Right after "you", a noun that is also a verb, followed by what only follows a verb: "you bitch about". */
function usedAsVerb(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  return NOUN_VERBS.has(t.key) && next !== undefined && next.sentence === t.sentence && !next.clauseBreak && AFTER_VERB.has(next.key);
}

/**
 * "if you weren't so stupid", "if you were not such an idiot": a negation at k in a condition contrary
 * to fact about the reader, which asserts what it denies.
 */
function contraryToFact(a: Analysis, k: number): boolean {
  const tokens = a.tokens;
  const p = tokens[k]!;
  let j = k - 1;
  if (p.key === 'not' && (tokens[j]?.key === 'were' || tokens[j]?.key === 'was')) j--;
  else if (p.key !== 'werent' && p.key !== 'wasnt') return false;
  const you = tokens[j];
  const conj = tokens[j - 1];
  return you !== undefined && conj !== undefined && conj.sentence === p.sentence && SECOND_PERSON_SUBJECT.has(you.key) && conj.key === 'if';
}
const SECOND_PERSON_SUBJECT = new Set(['you', 'u', 'ya']);

/** "are you really that stupid", "you are this dumb": "that" or "this" right before an adjective is a degree. */
function degreeThat(a: Analysis, k: number, i: number): boolean {
  const key = a.tokens[k]!.key;
  return k === i - 1 && (key === 'that' || key === 'this') && a.hits[i]!.some((h) => h.entry.list === 'insultAdj');
}

/** "you are as dumb as a rock", "you're as stupid as they come": "as ... as" is a degree of the insult. */
function degreeAs(a: Analysis, k: number, i: number): boolean {
  return k === i - 1 && a.tokens[k]!.key === 'as' && a.tokens[i + 1]?.key === 'as' && a.tokens[i + 1]!.sentence === a.tokens[i]!.sentence;
}

/** "you people are idiots", "you liberals are morons": the reader addressed as one of a group. */
function groupAddressed(a: Analysis, k: number): boolean {
  const you = a.tokens[k - 1];
  if (you === undefined || you.sentence !== a.tokens[k]!.sentence || you.key !== 'you') return false;
  return a.tokens[k]!.key === 'people' || a.hits[k]!.some((h) => h.entry.list === 'group');
}

/** "such a stupid forum", "the stupid numbers": an adjective before a noun that names no person. */
function describesThing(a: Analysis, i: number): boolean {
  if (!a.hits[i]!.every((h) => h.entry.list === 'insultAdj')) return false;
  const next = a.tokens[i + 1];
  if (!next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !next.wordLike) return false;
  if (next.key === 'and' || next.key === 'or' || next.key === 'as' || next.key === 'enough') return false;
  // A thing's noun that is also a listed verb is still a thing: "what a crazy ending" (Round 13).
  const plain = a.hits[i + 1]!.length === 0 || (THINGS.has(next.key) && !a.hits[i + 1]!.some((h) => isInsultList(h.entry.list) || h.entry.list === 'profanity'));
  return plain && !PERSON_NOUNS.has(next.key) && !FILLERS.has(next.key) && !BE.has(next.key) && !isAddress(a, next);
}

/** Words that make the swear word before them an exclamation: "fuck yeah", "shit man". */
const EXCLAMATIONS = new Set(['yeah', 'yes', 'yea', 'yep', 'yah', 'man', 'dude', 'bro', 'lol', 'haha', 'lmao']);

/** A swear word, not an insult, followed by "yeah", "man" ...: an exclamation. */
function exclamation(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  return next !== undefined && next.sentence === a.tokens[i]!.sentence && EXCLAMATIONS.has(next.key) && !a.hits[i]!.some((h) => isIndirectInsult(h.entry.list));
}

/** Words of praise beyond the `praise` list that a swear word may stress: "damn you're good". */
const WARM = new Set(['good', 'great', 'right', 'correct', 'awesome', 'amazing', 'best', 'hilarious', 'legend', 'hero', 'champ', 'proud']);
/** Words that make an insult affectionate when said with it: "you lucky bastard", "you crazy genius". */
const FOND = new Set([
  'lucky', 'magnificent', 'beautiful', 'gorgeous', 'sweet', 'cheeky', 'adorable', 'cute', 'lovely', 'handsome',
  'clever', 'brilliant', 'talented', 'glorious', 'genius', 'legend',
]);

function isWarm(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  return t !== undefined && (WARM.has(t.key) || FOND.has(t.key) || a.hits[k]!.some((h) => h.entry.list === 'praise'));
}

/** "you lucky dog", "you cheeky monkey": an animal word right after a fond word is a pet name. */
export function fondlyNamed(a: Analysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return prev !== undefined && prev.sentence === a.tokens[i]!.sentence && !a.tokens[i]!.clauseBreak && FOND.has(prev.key);
}

/**
 * Nouns of awe that slang turns into praise of a feat (Round 14): "you madman, you did it!", "you're a monster
 * on the chessboard, well played". Praise only when the comment hails a feat (featHailed).
 */
const AWED = new Set(['madman', 'monster', 'beast', 'machine', 'savage']);
/** Words that hail a feat on their own: "congrats", "bravo". */
const HAILS = new Set(['congrats', 'congratulations', 'bravo', 'kudos']);
/** Two-word hails: "you did it", "nailed it", "well played". */
const HAIL_PAIRS = new Set(['did it', 'nailed it', 'well played']);

/**
 * The comment hails something the reader did: "congrats", "bravo", "you did it", "nailed it", "well played".
 * (Alone, "well played" is no sign of warmth, see warmComment; it only turns a noun of awe into praise.)
 */
function featHailed(a: Analysis): boolean {
  // Once per comment: asked for every insult of awe said to the reader.
  let hailed = HAILED.get(a);
  if (hailed === undefined) HAILED.set(a, (hailed = findHail(a)));
  return hailed;
}
const HAILED = new WeakMap<Analysis, boolean>();

function findHail(a: Analysis): boolean {
  for (let k = 0; k < a.tokens.length; k++) {
    const w = a.tokens[k]!;
    if (HAILS.has(w.key)) return true;
    const n = a.tokens[k + 1];
    // ("you did it again" blames.)
    if (n !== undefined && n.sentence === w.sentence && HAIL_PAIRS.has(`${w.key} ${n.key}`) && a.tokens[k + 2]?.key !== 'again') return true;
  }
  return false;
}

/** "you lucky bastard", "you crazy genius": a fond word in the phrase makes the insult affectionate. */
function affectionate(a: Analysis, k: number, i: number): boolean {
  const t = a.tokens[i]!;
  if (warmComment(a) && !a.hits[i]!.some((h) => h.entry.list === 'profanity' || h.entry.list === 'slur')) return true;
  // "You magnificent idiot." said and nothing more: no warmth in the comment shows the fond word is meant
  // ("you lovely idiot, I missed you", "you beautiful idiot, you found it!" show it).
  // (A swear word is held as profanity anyway: "you lucky bastard" stays the idiom.)
  if (i === a.tokens.length - 1 && strongNoun(a, i) && !a.hits[i]!.some((h) => h.entry.list === 'profanity')) return false;
  if (a.hits[i]!.some((h) => AWED.has(h.entry.term)) && featHailed(a)) return true;
  for (let j = Math.max(k + 1, 0); j <= i + 1 && j < a.tokens.length; j++) {
    if (j !== i && a.tokens[j]!.sentence === t.sentence && FOND.has(a.tokens[j]!.key)) return true;
  }
  return false;
}

/**
 * "damn you're good", "holy shit you're right": the reader is praised, the swear word only stresses it;
 * "your mother is a lovely woman": praise follows what looked like the start of abuse.
 */
export function praisedAfter(a: Analysis, at: number): boolean {
  // Four words: "your mother must be so proud".
  for (let k = at + 1; k < a.tokens.length && k <= at + 4; k++) {
    if (a.tokens[k]!.sentence !== a.tokens[at]!.sentence) return false;
    if (isWarm(a, k)) return true;
    if (!(BE.has(a.tokens[k]!.key) || FILLERS.has(a.tokens[k]!.key))) return false;
  }
  return false;
}

/** "smart people like you", "good folks like you": a phrase naming the reader's kind, praised before it. */
export function praisedBefore(a: Analysis, first: number): boolean {
  const prev = a.tokens[first - 1];
  // Round 15 (pa9): praise closing the clause before is no part of the phrase ("Oh brilliant, another genius who
  // can't spell" mocks).
  return prev !== undefined && prev.sentence === a.tokens[first]!.sentence && !prev.clauseBreak && !a.tokens[first]!.clauseBreak && (PRAISING.has(prev.key) || isWarm(a, first - 1));
}

const WITH_WRITER = new Set(['me', 'i', 'us', 'myself']);
/** Words that praise what precedes them in a clause: "people like you make this place better". */
const PRAISING = new Set(['better', 'great', 'good', 'best', 'valuable', 'helpful', 'inspiring', 'welcome', 'needed', 'appreciated', 'thoughtful', 'kind', 'wonderful', 'brilliant', 'awesome', 'amazing',
  // Round 13: "people like you make this forum worth reading", "... make it fun".
  'worth', 'worthwhile', 'fun', 'enjoyable']);

/**
 * A phrase that only names the reader as a kind of person ("people like you") takes its sense from the
 * rest of its clause: praise there ("... make this community better", "... are what we need, thank
 * you") before any insult or negation makes it no attack, and so does the writer counting themselves
 * in ("people like you and me"). Looks at most six words ahead.
 */
export function praisedClause(a: Analysis, last: number): boolean {
  const t = a.tokens[last]!;
  // "people like you and me": the writer counts themselves in.
  const and = a.tokens[last + 1];
  const writer = a.tokens[last + 2];
  if (and?.key === 'and' && writer !== undefined && writer.sentence === t.sentence && WITH_WRITER.has(writer.key)) return true;
  for (let k = last + 1; k < a.tokens.length && k <= last + 6; k++) {
    const w = a.tokens[k]!;
    if (w.sentence !== t.sentence || w.clauseBreak) return false;
    // Round 15 (pa9): "nothing" denies the praise after it ("a sad little man with nothing better to do").
    if (NEGATORS.has(w.key) || w.key === 'nothing' || isInsultToken(a, k)) return false;
    if (PRAISING.has(w.key) || isWarm(a, k)) return true;
  }
  return false;
}

/** "What a dumb comment", "such a stupid idea": an exclamation at what the reader said. */
function exclaimed(a: Analysis, i: number): boolean {
  const article = a.tokens[i - 1]?.key;
  const what = a.tokens[i - 2]?.key;
  if (!((article === 'a' || article === 'an') && (what === 'what' || what === 'such'))) return false;
  // "what a stupid rule", "such a dumb law": a thing the reader did not say (Round 13); "what a stupid
  // question", "such a dumb idea" stay the reader's.
  const noun = a.tokens[i + 1]?.key ?? '';
  return !THINGS.has(noun) || SAID_THINGS.has(noun);
}

/** Things in THINGS that a reader says or asks: "what a dumb question" judges what the reader wrote. */
const SAID_THINGS = new Set([
  'idea', 'ideas', 'question', 'questions', 'excuse', 'excuses', 'reasoning', 'logic', 'theory', 'claim', 'claims',
  'remark', 'remarks', 'joke', 'jokes', 'word', 'words', 'talk', 'name', 'call', 'move', 'mistake',
]);

/** Determiners that open someone else's noun phrase: "the plan", "his wife", "that guy". */
const OTHER_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'my', 'our', 'its']);

/** A subject of its own between the address and the insult: "@USER the government is pathetic". */
function otherSubjectBetween(a: Analysis, at: number, i: number): boolean {
  for (let k = at + 3; k < i; k++) {
    if (!BE.has(a.tokens[k]!.key)) continue;
    const subject = a.tokens[k - 1]!;
    if (subject.wordLike && a.hits[k - 1]!.length === 0 && OTHER_DETERMINERS.has(a.tokens[k - 2]!.key)) return true;
  }
  return false;
}

function clauseBetween(a: Analysis, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (a.tokens[k]!.clauseBreak) return true;
  return false;
}

const RELATIVE = new Set(['who', 'whose', 'that', 'which']);
const EXPECTING = new Set([
  'think', 'thought', 'expect', 'expected', 'know', 'knew', 'realize', 'realise', 'imagine', 'believe', 'assume',
  'give', 'gave', 'might', 'may', 'would', 'could', 'd', 'will', 'll', 'can',
]);

/** "as stupid as you could imagine", "dumber than you think": "you" is anyone, the phrase a degree. */
function genericYou(a: Analysis, at: number): boolean {
  const next = a.tokens[at + 1];
  return next !== undefined && next.sentence === a.tokens[at]!.sentence && EXPECTING.has(next.key);
}

function firstBe(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (BE.has(tokens[k]!.key)) return k;
  return -1;
}

/** The insult at i ends its clause, or only more insults or an address follow ("@USER stupid idiot"). */
export function closesClause(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  // A run of insults and addresses longer than CLOSES_REACH is taken to close the clause: read to its end
  // from each insult in it, one unpunctuated run of "you dck you dck ..." was quadratic.
  const end = Math.min(a.tokens.length, i + 1 + CLOSES_REACH);
  for (let k = i + 1; k < end; k++) {
    const n = a.tokens[k]!;
    if (n.sentence !== t.sentence || n.clauseBreak) return true;
    if (!(isInsultToken(a, k) || isAddress(a, n) || FILLERS.has(n.key))) return CHAT_TAGS.has(n.key) && tagsToEnd(a, k);
  }
  return true;
}

const CLOSES_REACH = 24;

/** Laughter that may close a reply without adding to it: "what a tool lol", "Loser haha" (Round 13). */
const LAUGHTER = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hahahaha', 'ha', 'hehe', 'lulz']);
/** Chat tags that end a clause without adding to it: laughter, and "he is such a tool smh" (Round 13). */
const CHAT_TAGS = new Set([...LAUGHTER, 'smh', 'smdh']);

/** From k to the end of the sentence, only chat tags (and marks that are no words). */
function tagsToEnd(a: Analysis, k: number): boolean {
  const s = a.tokens[k]!.sentence;
  for (let j = k; j < a.tokens.length && a.tokens[j]!.sentence === s; j++) {
    if (j > k && a.tokens[j]!.clauseBreak) return true;
    if (a.tokens[j]!.wordLike && !CHAT_TAGS.has(a.tokens[j]!.key)) return false;
  }
  return true;
}

/** Words that take someone out of a denial: "nobody here is an idiot except you". */
const EXCEPT = new Set(['except', 'besides', 'excluding']);

/**
 * An exception follows the insult at i in its sentence: "... except you" ("but" is mostly a contrast).
 * Looked for within EXCEPT_REACH tokens, so a long unpunctuated run is not rescanned from every insult in it.
 */
function exceptionFollows(a: Analysis, i: number): boolean {
  const end = Math.min(a.tokens.length, i + 1 + EXCEPT_REACH);
  for (let k = i + 1; k < end && a.tokens[k]!.sentence === a.tokens[i]!.sentence; k++) if (EXCEPT.has(a.tokens[k]!.key)) return true;
  return false;
}
const EXCEPT_REACH = 40;

/** Words that deny every member of the group they take: "none of you", "neither of you", "not one of you". */
const NONE = new Set(['none', 'neither', 'nobody', 'noone']);

/**
 * "none of you are stupid", "not one of you is an idiot": the address at k is denied the insult ("... except Tom" is not).
 * So is it after a negator that puts "be" first: "in no way are you stupid", "nor are you a fool" ("aren't you
 * stupid" asks, and asserts).
 */
function noneOf(a: Analysis, k: number): boolean {
  const of = a.tokens[k - 1];
  const none = a.tokens[k - 2];
  if (none === undefined || none.sentence !== a.tokens[k]!.sentence) return false;
  if (of !== undefined && !of.clauseBreak && (of.key === 'are' || of.key === 'were')) {
    return none.key === 'way' ? a.tokens[k - 3]?.key === 'no' : NEGATORS.has(none.key) && none.key !== 'no' && none.key !== 'not';
  }
  if (of?.key !== 'of' || exceptionFollows(a, k)) return false;
  return NONE.has(none.key) || (none.key === 'one' && NEGATORS.has(a.tokens[k - 3]?.key ?? ''));
}

/**
 * "you'd be crazy not to invest", "you would be a fool to miss it": advice, said of anyone in the reader's
 * place, not a judgement of the reader ("you are stupid not to vote" still is one).
 */
function adviceTo(a: Analysis, k: number, i: number): boolean {
  const not = a.tokens[i + 1]?.key === 'not' ? 1 : 0;
  const to = a.tokens[i + 1 + not];
  if (to?.key !== 'to' || to.sentence !== a.tokens[i]!.sentence) return false;
  if (readersWordsAfter(a, i + 2 + not)) return false;
  if (a.tokens[k]!.key === 'youd') return true;
  for (let j = k + 1; j < i; j++) if (a.tokens[j]!.key === 'would' || a.tokens[j]!.key === 'd') return true;
  return false;
}

/** Verbs of writing or saying the reader did: "what you just wrote", "what you said". */
const READER_WROTE = new Set(['wrote', 'write', 'written', 'said', 'say', 'posted', 'post', 'typed', 'type', 'claim', 'claimed']);

/**
 * Round 15 (exc8): "you'd have to be a moron to believe what you just wrote", "you'd be a fool to take your own
 * post seriously": the infinitive after the advice is about the reader's own words (within eight words), so it
 * judges the reader, not anyone in their place.
 */
function readersWordsAfter(a: Analysis, from: number): boolean {
  const s = a.tokens[from - 1]?.sentence;
  for (let j = from; j < a.tokens.length && j < from + 8; j++) {
    const t = a.tokens[j]!;
    if (t.sentence !== s) return false;
    const own = a.tokens[j + 1]?.key === 'own' ? 1 : 0;
    if (isPossessiveAddress(t) && WRITINGS.has(a.tokens[j + 1 + own]?.key ?? '')) return true;
    if (!isAddress(a, t)) continue;
    for (let m = j + 1; m <= j + 2 && m < a.tokens.length && a.tokens[m]!.sentence === s; m++) if (READER_WROTE.has(a.tokens[m]!.key)) return true;
  }
  return false;
}

/** Words of madness that, asked of the reader, only say the writer cannot believe it: "are you crazy?". */
const MADNESS = new Set(['crazy', 'insane', 'nuts', 'mad', 'mental', 'bonkers', 'loco', 'cuckoo']);

/**
 * "Are you insane?", "are you fucking crazy?": a question whether the reader is mad, the madness word ending
 * it, is disbelief at what they said, not name-calling ("you are insane", "are you stupid?" and "are you
 * crazy or just stupid?" still call them something).
 */
function askedIfMad(a: Analysis, k: number, i: number): boolean {
  const t = a.tokens[i]!;
  const are = a.tokens[k - 1];
  const next = a.tokens[i + 1];
  if (!MADNESS.has(t.key) || are === undefined || (are.key !== 'are' && are.key !== 'r') || are.sentence !== t.sentence) return false;
  if (next !== undefined && next.sentence === t.sentence) return false;
  const before = a.tokens[k - 2];
  return before === undefined || before.sentence !== are.sentence || are.clauseBreak;
}

const CALL = new Set(['call', 'calls', 'called']);
/** Adverbs between "you are" and "what": "you're certainly what ...", "you are exactly what ...". */
const TERM_ADVERBS = new Set(['certainly', 'exactly', 'just', 'clearly', 'obviously', 'really', 'truly', 'definitely', 'precisely', 'basically']);

/**
 * "You're what they call a useful idiot", "you are exactly what Lenin called a useful idiot": the reader is
 * said to be what a term names, someone else's term only named, the claim the writer's. Index of the
 * address, or -1. "He is what you call a genius" says it of someone else.
 */
function whatTheyCall(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let k = i - 1;
  // The insult's noun phrase: "a useful idiot", "a complete moron".
  while (k >= 0 && k >= i - 3 && tokens[k]!.sentence === t.sentence && !CALL.has(tokens[k]!.key) && (FILLERS.has(tokens[k]!.key) || isInsultToken(a, k) || a.hits[k]!.length === 0)) k--;
  if (k < 0 || !CALL.has(tokens[k]!.key) || tokens[k]!.sentence !== t.sentence) return -1;
  // Who calls it so: "what they call", "what Lenin called", "what people here call".
  let w = k - 1;
  while (w >= 0 && w >= k - 3 && tokens[w]!.key !== 'what' && tokens[w]!.sentence === t.sentence) w--;
  if (w < 0 || tokens[w]!.key !== 'what' || tokens[w]!.sentence !== t.sentence) return -1;
  let b = w - 1;
  if (b >= 0 && TERM_ADVERBS.has(tokens[b]!.key)) b--;
  const be = tokens[b];
  if (be === undefined || be.sentence !== t.sentence) return -1;
  if (YOU_ARE.has(be.key)) return b;
  const you = tokens[b - 1];
  return BE.has(be.key) && you !== undefined && you.sentence === t.sentence && isAddress(a, you) ? b - 1 : -1;
}

/** How far (in words) after the insult "is you" may close its clause: "the biggest waste of time in this thread is you". */
const NAMED_REACH = 7;
/** "Be" that names the reader as what its subject is: "... is you", "... you are". */
const IS = new Set(['is', 'was']);

/**
 * "The only waste of time here is you", "the real tool is you", "What a waste of space you are": the
 * insult's noun phrase said to be the reader, the address closing the clause (or joined by what is theirs:
 * "... is you and your comment"). Index of the address, or -1.
 * Someone else in between ("the only tool he knows is you") leaves it to the nearest person word.
 */
function readerNamedAfter(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const what = (tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'an') && (tokens[i - 2]?.key === 'what' || tokens[i - 2]?.key === 'such');
  for (let j = i + 1; j < tokens.length && j <= i + NAMED_REACH; j++) {
    const w = tokens[j]!;
    if (w.sentence !== t.sentence || w.clauseBreak) return -1;
    const you = tokens[j + 1];
    const after = tokens[j + 2];
    // "... is you and your comment": the reader and what is theirs.
    const yours = after !== undefined && after.key === 'and' && tokens[j + 3] !== undefined && tokens[j + 3]!.sentence === t.sentence && isPossessiveAddress(tokens[j + 3]!);
    const closes = after === undefined || after.sentence !== t.sentence || after.clauseBreak || yours;
    if (IS.has(w.key) && you !== undefined && you.sentence === t.sentence && isAddress(a, you) && !you.mention && closes) return j + 1;
    if (what && isAddress(a, w) && you !== undefined && you.sentence === t.sentence && POST_BE.has(you.key) && closes) return j;
    if (OTHERS.has(w.key) || isAddress(a, w) || isPossessiveAddress(w)) return -1;
  }
  return -1;
}

/** Conjunctions of time: "when you were a kid", "since you were a baby". */
const WHEN = new Set(['when', 'whenever', 'since', 'while', 'until', 'till', 'til', 'once']);

/**
 * "When you're a kid you think adults are geniuses": a mild word for a young person ("kid", "child",
 * "baby") in a clause of time is the reader's age, not a put-down ("you're such a child" still is one).
 */
function lifeStage(a: Analysis, k: number, i: number): boolean {
  const when = a.tokens[k - 1];
  if (when === undefined || when.sentence !== a.tokens[k]!.sentence || !WHEN.has(when.key)) return false;
  return a.hits[i]!.every((h) => h.entry.list === 'insultDirect' && h.entry.severity === 'low');
}

/** Words of "you'd have to be (a) ...", "you would have to be ...". */
const HAVE_TO_BE = new Set(['would', 'd', 'have', 'to', 'be']);

/** "you'd have to be a fool to invest now": advice like adviceTo, through "have to be". */
function wouldHaveToBe(a: Analysis, k: number, i: number): boolean {
  if (a.tokens[k + 1]?.key === 'have' || a.tokens[k + 2]?.key === 'have') {
    for (let j = k + 1; j < i; j++) if (!HAVE_TO_BE.has(a.tokens[j]!.key) && !FILLERS.has(a.tokens[j]!.key)) return false;
    return adviceTo(a, k, i);
  }
  return false;
}

/**
 * "far from being an idiot, you ...", "you are far from stupid": "far from" denies what follows it (through
 * "being", an article or a degree word).
 */
function farFrom(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== a.tokens[i]!.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (p.key === 'from') return a.tokens[k - 1]!.key === 'far' && a.tokens[k - 1]!.sentence === p.sentence;
    if (!FILLERS.has(p.key)) return false;
  }
  return false;
}

/** Subjects that deny what is said of them to everyone they stand for: "no one here is stupid". */
const NOT_ALL = new Set(['all', 'every', 'everyone', 'everybody', 'many', 'most']);

/**
 * "No one here is stupid", "Not everyone who disagrees is an idiot", "nobody in this thread is a troll":
 * a clause whose subject is a denied quantifier says the insult of no one (through "be" only: "no one
 * but an idiot would" asserts it, and so does "nobody here is an idiot except you").
 */
function deniedSubject(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let be = false;
  let k = i - 1;
  for (; k >= 0 && k >= i - 8; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (p.key === 'but') return false;
    if (BE.has(p.key)) be = true;
    if (p.clauseBreak) break;
  }
  if (!be || exceptionFollows(a, i)) return false;
  // k is the clause's first word (or the one before it, when the scan left the sentence).
  const first = k < 0 || tokens[k]!.sentence !== t.sentence ? k + 1 : k;
  const w = tokens[first]!.key;
  const w2 = tokens[first + 1]?.key ?? '';
  return NONE.has(w) || (w === 'no' && (w2 === 'one' || w2 === 'body')) || (w === 'not' && NOT_ALL.has(w2));
}

/** Verbs whose denial reaches "anyone" after them: "not saying", "wouldn't call", "don't think". */
const DENIED_SAYING = new Set([
  'say', 'saying', 'said', 'call', 'calling', 'called', 'suggest', 'suggesting', 'suggested', 'imply', 'implying',
  'implied', 'think', 'thinking', 'thought', 'accuse', 'accusing', 'accused', 'claim', 'claiming', 'claimed',
]);
/**
 * The "like" before the insult at i, across an article or a filler ("like a right idiot", "like such a
 * fool"), at most four words back in its sentence; -1 if there is none.
 */
function likeBefore(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && tokens[k]!.sentence === s && tokens[k]!.key !== 'like' && (ARTICLES.has(tokens[k]!.key) || FILLERS.has(tokens[k]!.key) || tokens[k]!.key === 'right')) k--;
  return k >= 0 && tokens[k]!.key === 'like' && tokens[k]!.sentence === s ? k : -1;
}

/**
 * "Feeling like a right idiot after locking myself out", "Felt like such a fool today": a sentence with no
 * subject that opens with "feeling like" or "felt like" tells how the writer feels (not "feel like an idiot
 * yet?", which may ask the reader).
 */
function feltLike(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  const k = likeBefore(a, i);
  if (k < 1) return false;
  const verb = tokens[k - 1]!;
  if (verb.sentence !== s || (verb.key !== 'feeling' && verb.key !== 'felt' && verb.key !== 'feel')) return false;
  // Round 15 (exc8): "Feel like a clown for defending him" tells too; "feel like an idiot yet?" asks.
  if (verb.key === 'feel' && sentenceAsks(a, i)) return false;
  return k - 2 < 0 || tokens[k - 2]!.sentence !== s;
}

/** How far (in words) sentenceAsks looks for the end of the sentence. */
const ASK_REACH = 40;
/** The sentence of the word at i ends in a question mark, at most ASK_REACH words on (bounded: a run-on sentence asks nothing). */
function sentenceAsks(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  let m = i;
  while (m + 1 < tokens.length && tokens[m + 1]!.sentence === s) if (++m > i + ASK_REACH) return false;
  const end = m + 1 < tokens.length ? tokens[m + 1]!.ns : a.norm.text.length;
  return a.norm.text.slice(tokens[m]!.ne, Math.min(end, tokens[m]!.ne + 8)).includes('?');
}

/** Words that open another clause or bring in another actor between the writer and "like". */
const NOT_WRITER_ACTING = new Set([
  'when', 'if', 'that', 'who', 'because', 'while', 'how', 'why', 'where', 'and', 'but', 'or', 'than', 'as', 'the',
  'a', 'an', 'this', 'these', 'those', 'some', 'his', 'her', 'their', 'watch', 'watched', 'saw', 'see', 'let',
]);
/**
 * "I locked myself out again like an idiot", "I stood there like a fool", "we waited like idiots": the writer,
 * at most four words before "like (a|such a|a complete) X", did something as X would (Round 12). Not with an
 * address, a third person or another actor between ("I think you act like an idiot", "I watched him play
 * like a clown", "I hate it when drivers act like idiots").
 */
function writerActedLike(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  const k = likeBefore(a, i);
  if (k < 2) return false;
  for (let m = k - 1; m >= 0 && m >= k - 5; m--) {
    const p = tokens[m]!;
    if (p.sentence !== s || tokens[m + 1]!.clauseBreak) return false;
    if (FIRST_PERSON.has(p.key) && p.key !== 'my' && p.key !== 'our') return m < k - 1;
    if (isAddress(a, p) || isPossessiveAddress(p) || p.mention || THIRD_PERSON.has(p.key) || PERSON_NOUNS.has(p.key) || NOT_WRITER_ACTING.has(p.key) || a.hits[m]!.some((h) => isInsultList(h.entry.list))) return false;
  }
  return false;
}

/** Indefinite persons that a denial before them reaches: "I'm not saying anyone is stupid". */
const ANY_ONE = new Set(['anyone', 'anybody']);

/**
 * "I'm not saying anyone is stupid", "I wouldn't call anyone in this thread ignorant", "I never said anybody
 * here was a liar": the insult said of "anyone", with a denial at most four words before it, in one clause,
 * is said of no one (not "I'm not saying anyone is stupid except you", nor with the reader in between).
 */
function deniedAnyone(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  for (let k = i - 1; k >= 1 && k >= i - 6; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence || tokens[k + 1]!.clauseBreak || p.key === 'but' || isAddress(a, p) || isPossessiveAddress(p)) return false;
    if (!ANY_ONE.has(p.key)) continue;
    // A verb of saying or thinking denied: not "can't believe anyone is that ignorant" (disbelief asserts it).
    let said = false;
    for (let m = k - 1; m >= 0 && m >= k - 4; m--) {
      const q = tokens[m]!;
      if (q.sentence !== t.sentence || tokens[m + 1]!.clauseBreak || isAddress(a, q)) return false;
      if (DENIED_SAYING.has(q.key)) said = true;
      else if (NEGATORS.has(q.key)) return said && !exceptionFollows(a, i);
    }
    return false;
  }
  return false;
}

/** Token i opens its clause, perhaps after fillers ("Stupid me", "Oh, silly me"). */
function opensClause(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (a.tokens[k]!.sentence !== a.tokens[i]!.sentence || a.tokens[k + 1]!.clauseBreak) return true;
    if (!FILLERS.has(a.tokens[k]!.key)) return false;
  }
  return true;
}

/** "there's nothing pathetic about asking for help": an adjective right after "nothing" is denied. */
function nothingOf(a: Analysis, i: number): boolean {
  const p = a.tokens[i - 1];
  return p?.key === 'nothing' && p.sentence === a.tokens[i]!.sentence && a.hits[i]!.every((h) => h.entry.list === 'insultAdj');
}

/**
 * "I just finished The Idiot by Dostoevsky", "the song Loser by Beck": a capitalised word inside a
 * sentence, after a capitalised "The" (a lower-case word before it), or followed by "by" and a name, is
 * the title of a work. A sentence in capitals throughout ("You Are The Idiot") is none.
 */
export function titleOfWork(a: Analysis, i: number, places = true): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.capitalised && (workSubject(a, i) || titledRun(a, i, places) || makersTitle(a, i))) return true;
  // "Stupid Girl by Garbage": the name after "by" and a title is its maker's.
  if (t.capitalised && prev?.key === 'by' && prev.sentence === t.sentence && i >= 2 && a.tokens[i - 2]!.capitalised && titledRun(a, i - 2, places)) return true;
  if (t.capitalised && madeBy(a, i) && (!prev || prev.sentence !== t.sentence || (prev.wordLike && !prev.capitalised && !prev.mention))) return true;
  const by = tokens[i + 1];
  const author = tokens[i + 2];
  // "Jackass the movie was filmed here", "Trolls the movie is on tonight": a capitalised word and "the" with a
  // kind of work after it (first in its sentence too, Round 14).
  if (t.capitalised && by?.key === 'the' && by.sentence === t.sentence && author !== undefined && author.sentence === t.sentence && WORKS.has(author.key)) return true;
  if (!t.capitalised || !prev || prev.sentence !== t.sentence) return false;
  const before = tokens[i - 2];
  const lowerBefore = (p: Token | undefined): boolean => p !== undefined && p.sentence === t.sentence && p.wordLike && !p.capitalised && !p.mention;
  if (prev.capitalised && (prev.key === 'the' || prev.key === 'a' || prev.key === 'an') && lowerBefore(before)) return true;
  // "the play Fools", "the film Idiocracy", "her novel Liar": a capitalised word right after a work names it.
  if (WORKS.has(prev.key) && before !== undefined && before.sentence === t.sentence && WORK_DETERMINERS.has(before.key)) return true;
  // Round 15 (exc8): "the film Dumb and Dumber", "his novel The Idiot": the run's later words too.
  if (workNamedRun(a, i)) return true;
  return lowerBefore(prev) && by?.key === 'by' && author !== undefined && author.sentence === t.sentence && author.capitalised && author.wordLike;
}

/**
 * "Dostoevsky's The Idiot", "Radiohead's Creep", "Green Day's American Idiot": a run of capitalised words (at
 * most three, small title words inside) right after a capitalised name's possessive is the title of that
 * maker's work (Round 15). Not in a sentence written in capitals (its words are not told apart), not a run
 * holding the reader.
 */
function makersTitle(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  if (t.raw === t.raw.toUpperCase()) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence || tokens[k + 1]!.clauseBreak || !p.wordLike || isAddress(a, p)) return false;
    if (p.capitalised && POSSESSIVE_S.test(p.raw) && p.raw !== p.raw.toUpperCase() && !CONTRACTED_IS.has(p.key)) return k < i - 1 || !TITLE_JOINERS.has(t.key);
    if (!p.capitalised && !TITLE_JOINERS.has(p.key)) return false;
  }
  return false;
}
const POSSESSIVE_S = /^[a-z][a-z-]*['\u2019]s$/i;
/** Words with "'s" for "is" or "us", not a maker's possessive: "It's Bull Shit", "Let's Go". */
const CONTRACTED_IS = new Set(['its', 'thats', 'hes', 'shes', 'whats', 'theres', 'heres', 'wheres', 'whos', 'lets', 'hows', 'whens', 'whys', 'everyones', 'everythings', 'nothings', 'somethings', 'somebodys', 'someones', 'nobodys', 'thiss']);

/** Makers of a work named after "by the": "Cowards by the local band", "Fools by a young poet". */
const MAKERS = new Set(['band', 'group', 'singer', 'songwriter', 'rapper', 'author', 'writer', 'poet', 'director', 'composer', 'artist', 'duo', 'trio', 'quartet', 'orchestra', 'choir']);

/** The capitalised word at i is followed by "by", a determiner and, within three words, a maker of works. */
function madeBy(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  const by = tokens[i + 1];
  const det = tokens[i + 2];
  if (by === undefined || by.key !== 'by' || by.sentence !== s || det === undefined || det.sentence !== s || (!WORK_DETERMINERS.has(det.key) && det.key !== 'a')) return false;
  for (let k = i + 3; k < tokens.length && k <= i + 5 && tokens[k]!.sentence === s; k++) if (MAKERS.has(tokens[k]!.key)) return true;
  return false;
}

/** Kinds of named place a capitalised word can head: "the Snake River", "Crazy Horse Memorial", "Snake Pass". */
const PLACE_NAMES = new Set([
  'river', 'pass', 'lake', 'mountain', 'mount', 'hill', 'island', 'bay', 'creek', 'valley', 'memorial', 'road', 'street',
  'lane', 'avenue', 'park', 'bridge', 'castle', 'hotel', 'inn', 'pub', 'canyon', 'falls', 'gorge', 'peak', 'point',
]);

/**
 * A run of capitalised words (at most four, "and"/"of" inside) holding the word at i, opening its sentence or
 * after a lower-case word, that ends in "by" and a capitalised name ("Loser by Beck came out in 1993", "Stupid
 * Love by Lady Gaga") or in the kind of a named place ("the Snake River", "Crazy Horse Memorial"), is a title
 * or a name. Not a run holding the reader or a mention; a sentence in capitals throughout is none (its words
 * all read capitalised, so the run would reach past four).
 */
function titledRun(a: Analysis, i: number, places = true): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const s = t.sentence;
  const inRun = (k: number): boolean => {
    const p = tokens[k]!;
    return p.sentence === s && p.wordLike && !p.mention && !isAddress(a, p) && (p.capitalised || TITLE_JOINERS.has(p.key));
  };
  let start = i;
  while (start > 0 && start > i - 4 && !tokens[start]!.clauseBreak && inRun(start - 1) && tokens[start - 1]!.capitalised) start--;
  const before = tokens[start - 1];
  if (before !== undefined && before.sentence === s && !tokens[start]!.clauseBreak && (before.capitalised || !before.wordLike)) return false;
  let end = i;
  while (end + 1 < tokens.length && end < i + 3 && !tokens[end + 1]!.clauseBreak && inRun(end + 1)) end++;
  while (end > i && !tokens[end]!.capitalised) end--;
  if (end - start > 3) return false;
  if (places && end > i && PLACE_NAMES.has(tokens[end]!.key)) return true;
  // "The Muppet Show reruns", "the Big Idiot Energy podcast": a run ending in a kind of work, or right before one.
  if ((end > i && WORKS.has(tokens[end]!.key)) || workAfter(a, end)) return true;
  const by = tokens[end + 1];
  const author = tokens[end + 2];
  return by !== undefined && by.key === 'by' && by.sentence === s && !by.clauseBreak && author !== undefined && author.sentence === s && author.capitalised && author.wordLike && !isAddress(a, author);
}

/**
 * A lower-case kind of work right after a capitalised run ending at `end`: "the Big Idiot Energy podcast",
 * "the Crash Test Dummies album" (Round 14). At least two capitalised words: one ("an Idiot show") may be a
 * shouted judgement.
 */
function workAfter(a: Analysis, end: number): boolean {
  const w = a.tokens[end + 1];
  return w !== undefined && w.sentence === a.tokens[end]!.sentence && !w.clauseBreak && !w.capitalised && WORKS.has(w.key) && end > 0 && a.tokens[end - 1]!.sentence === w.sentence && a.tokens[end - 1]!.capitalised;
}

/** Verbs of saying that report what someone else said: "he told reporters ...", "the comedian joked that ...". */
const SAID = new Set([
  'said', 'says', 'told', 'tells', 'telling', 'joked', 'jokes', 'shouted', 'claimed', 'claims', 'insisted', 'argued',
  'wrote', 'writes', 'tweeted', 'declared', 'complained', 'added', 'suggested', 'yelled', 'insists',
  'chanted', 'testified', 'alleged', 'stated', 'announced', 'posted', 'sang',
]);
/** Verbs of conduct that compare with "like": "behaved like a thug", "acts like a child". */
const CONDUCT = new Set(['behaved', 'behaves', 'acted', 'acts']);
const HAD = new Set(['had', 'has', 'have']);
/** Subjects of a reported clause that are no one: "he said that is nuts". */
const NO_SUBJECT = new Set(['that', 'this', 'it', 'thats', 'its', 'which', 'who', 'what']);
const NO_SPEAKER = new Set(['whoever', 'whomever', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'whom']);

/**
 * "the coach told reporters his critics were clowns", "she said in the interview that the protesters were
 * fools": an insult predicated, in a clause reported by a verb of saying, of someone named in that clause. The
 * words are the speaker's, not the writer's. Not when the writer says it ("I said the mayor is an idiot"), not
 * "he said that is nuts" (no one named) nor "says the fat troll" (no clause of its own).
 */
function statementReported(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  let b = i - 1;
  while (b >= 0 && b >= i - 3 && (ARTICLES.has(a.tokens[b]!.key) || FILLERS.has(a.tokens[b]!.key) || a.tokens[b]!.key === 'all')) b--;
  // "... that the referee was a cheat and a liar": the second of two nouns is predicated as the first is.
  if (b >= 2 && (a.tokens[b]!.key === 'and' || a.tokens[b]!.key === 'or') && !a.tokens[b]!.clauseBreak && a.tokens[b - 1]!.wordLike) {
    const end = b - 2;
    b = end;
    while (b >= 0 && b >= end - 2 && (ARTICLES.has(a.tokens[b]!.key) || FILLERS.has(a.tokens[b]!.key))) b--;
  }
  // "the judge said the defendant had behaved like a thug": a verb of conduct with "like" links as "be" does.
  if (b >= 0 && a.tokens[b]!.key === 'like') b--;
  if (b >= 2 && CONDUCT.has(a.tokens[b]!.key) && a.tokens[b + 1]!.key === 'like') {
    if (HAD.has(a.tokens[b - 1]!.key)) b--;
  } else if (b < 2 || !POST_BE.has(a.tokens[b]!.key)) return false;
  if (a.tokens[b]!.sentence !== t.sentence) return false;
  const subject = a.tokens[b - 1]!;
  // A common noun for those spoken of ("his critics", "the protesters"), not a pronoun or a name.
  if (subject.sentence !== t.sentence || !subject.wordLike || subject.capitalised || referentOf(a, subject) !== 'none' || a.hits[b - 1]!.length > 0) return false;
  for (let k = b - 2; k >= 1 && k >= b - 9; k--) {
    const p = a.tokens[k]!;
    // "Obama said it best: Trump is an idiot", "as he says, they are morons": a break ends the report.
    if (p.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak || referentOf(a, p) === 'second' || isPossessiveAddress(p)) return false;
    if (!SAID.has(p.key)) continue;
    let s = k - 1;
    if (a.tokens[s]!.key === 'keeps' || a.tokens[s]!.key === 'kept' || a.tokens[s]!.key === 'also' || a.tokens[s]!.key === 'reportedly') s--;
    const speaker = a.tokens[s];
    // "whoever wrote this comment is a moron": a relative or indefinite speaker opens the subject of the insult.
    return speaker !== undefined && speaker.sentence === t.sentence && speaker.wordLike && !FIRST_PERSON.has(speaker.key) && !NO_SUBJECT.has(speaker.key) && !NO_SPEAKER.has(speaker.key);
  }
  return false;
}

/** Verbs of fondness said to the reader: "love you", "missed you". */
const FONDNESS = new Set(['love', 'miss', 'missed', 'luv']);

/**
 * "Love you too, you goofball", "happy birthday you old fool": a comment that tells the reader they are
 * loved or missed, or wishes them a happy birthday, names them fondly (not a swear word or a slur). ("well
 * played" and "see you tomorrow" were tried as signs of it: "Well played, idiot." and "See you tomorrow,
 * loser." are sarcasm as often.)
 */
export function warmComment(a: Analysis): boolean {
  // Once per comment: an insult can be read many times in a long one.
  if (warmOf !== a) {
    warmOf = a;
    warmValue = findWarmth(a);
  }
  return warmValue;
}
let warmOf: Analysis | undefined;
let warmValue = false;

function findWarmth(a: Analysis): boolean {
  for (let k = 0; k + 1 < a.tokens.length; k++) {
    const w = a.tokens[k]!;
    const n = a.tokens[k + 1]!;
    if (n.sentence !== w.sentence) continue;
    if (FONDNESS.has(w.key) && (n.key === 'you' || n.key === 'ya' || n.key === 'u') && !NEGATORS.has(a.tokens[k - 1]?.key ?? '')) return true;
    if (w.key === 'happy' && n.key === 'birthday') return true;
  }
  return false;
}

const ANYBODY = new Set(['anyone', 'anybody', 'someone', 'somebody',
  // Round 15 (exc8): "who else felt like a complete moron reading the rules?"
  'who']);

/**
 * "does anyone else feel like a moron ...", "am I the only one ... or does anybody else look like an idiot":
 * "anyone else" counts the writer in, and what they feel like is how the writer feels.
 */
function writerAmong(a: Analysis, k: number, i: number): boolean {
  if (!ANYBODY.has(a.tokens[k]!.key) || a.tokens[k + 1]?.key !== 'else' || !selfDescribed(a, k + 1, i)) return false;
  // Through a verb of feeling or seeming only: "anyone else is an idiot" calls everyone else one.
  for (let j = k + 2; j < i; j++) if (FEELING.has(a.tokens[j]!.key)) return true;
  return false;
}
const FEELING = new Set(['feel', 'feels', 'felt', 'feeling', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded']);

/** "me and you", "us or you": the reader joined to the word at k. */
function joinedToReader(a: Analysis, k: number): boolean {
  const and = a.tokens[k + 1];
  const you = a.tokens[k + 2];
  return and !== undefined && you !== undefined && (and.key === 'and' || and.key === 'or') && you.sentence === a.tokens[k]!.sentence && isAddress(a, you);
}

/** Kinds of work whose title may follow them: "the play Fools", "the film Idiocracy". */
const WORKS = new Set([
  'film', 'movie', 'book', 'novel', 'song', 'album', 'play', 'show', 'series', 'sitcom', 'episode', 'poem', 'musical',
  'opera', 'documentary', 'single', 'track', 'comedy', 'drama', 'podcast', 'painting', 'story',
  'films', 'movies', 'books', 'novels', 'songs', 'albums', 'shows', 'comedies', 'tracks',
  // Round 12 (blindexc4): "The Jerk is on streaming", "The Moron Brothers were a bluegrass act"
  'streaming', 'netflix', 'band', 'bands', 'act',
]);

/** Verbs of acting a part: "he played the village idiot", "she was cast as the fool". */
const PLAYED = new Set(['play', 'plays', 'played', 'playing']);
const ROLE_ARTICLES = new Set(['the', 'a', 'an']);
const CAST_AS = new Set(['cast', 'starred', 'starring', 'stars', 'appeared', 'appears']);
/** Works staged at school and in town besides WORKS: "the school production", "the Christmas panto". */
const STAGED = new Set(['production', 'productions', 'panto', 'pantomime', 'plays', 'pageant', 'operetta']);

/**
 * Round 16 (exc9): "He played the village idiot in the school play", "she was cast as the fool in the panto": an
 * insulting noun after a verb of acting and its article (one plain word may qualify it), then "in" and a work
 * within three words, is a part in that work, said of no one.
 */
function playedRole(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  let k = i - 1;
  const plain = (m: number): boolean => m >= 0 && tokens[m]!.sentence === s && tokens[m]!.wordLike && !tokens[m]!.capitalised && a.hits[m]!.length === 0 && !ROLE_ARTICLES.has(tokens[m]!.key);
  if (plain(k)) k--;
  const art = tokens[k];
  const verb = tokens[k - 1];
  if (art === undefined || verb === undefined || verb.sentence !== s || !ROLE_ARTICLES.has(art.key)) return false;
  if (!PLAYED.has(verb.key) && !(verb.key === 'as' && CAST_AS.has(tokens[k - 2]?.key ?? ''))) return false;
  const into = tokens[i + 1];
  if (into === undefined || into.key !== 'in' || into.sentence !== s || into.clauseBreak) return false;
  for (let m = i + 2; m < tokens.length && m <= i + 4 && tokens[m]!.sentence === s; m++) if (WORKS.has(tokens[m]!.key) || STAGED.has(tokens[m]!.key)) return true;
  return false;
}

/** Small words inside a title: "Dumb and Dumber", "Lord of the Flies". */
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'a', 'in', 'n']);

/**
 * "Dumb and Dumber is still the funniest film", "Idiocracy was a great movie": a run of capitalised words
 * opening the sentence whose predicate says it is a work names the work (at most four words each way; no
 * one addressed in the sentence).
 */
function workSubject(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  const inRun = (k: number): boolean => (tokens[k]!.capitalised || TITLE_JOINERS.has(tokens[k]!.key)) && !isAddress(a, tokens[k]!);
  let k = i - 1;
  for (; k >= 0 && k >= i - 4 && tokens[k]!.sentence === s; k--) if (!inRun(k) || tokens[k + 1]!.clauseBreak) return false;
  if (k >= 0 && tokens[k]!.sentence === s) return false;
  let j = i + 1;
  while (j < tokens.length && j <= i + 4 && tokens[j]!.sentence === s && !tokens[j]!.clauseBreak && tokens[j]!.capitalised) j++;
  if (j < tokens.length && tokens[j]!.key === 'and' && tokens[j + 1]?.capitalised) j += 2;
  const be = tokens[j];
  if (be === undefined || be.sentence !== s || be.clauseBreak || !POST_BE.has(be.key)) return false;
  let work = false;
  for (let m = j + 1; m < tokens.length && m <= j + 8 && tokens[m]!.sentence === s; m++) {
    if (isAddress(a, tokens[m]!) || isPossessiveAddress(tokens[m]!)) return false;
    if (m <= j + 6 && WORKS.has(tokens[m]!.key)) work = true;
  }
  return work;
}

/** The capitalised word at i closes or continues a run (at most three words back, small title words inside) right after "the film" or the like. */
function workNamedRun(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 1 && k >= i - 3; k--) {
    const p = tokens[k]!;
    if (p.sentence !== s || tokens[k + 1]!.clauseBreak || isAddress(a, p)) return false;
    if (WORKS.has(p.key) && !p.capitalised) return tokens[k + 1]!.capitalised && k + 1 < i && tokens[k - 1]!.sentence === s && WORK_DETERMINERS.has(tokens[k - 1]!.key);
    if (!p.capitalised && !TITLE_JOINERS.has(p.key)) return false;
  }
  return false;
}

/** Words before such a work: "the film", "his novel", "their hit song". */
const WORK_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'new', 'latest', 'hit', 'classic', 'old']);

/** Degree words before a noun that make it a verdict on someone: "an absolute tool", "a real tool" ("such",
 * "huge", "massive" and "giant" were tried too: one line wrong in OLID part B). */
const STRESS = new Set(['absolute', 'total', 'complete', 'utter', 'real']);

/**
 * A word that insults only when said straight at someone ("tool") is name-calling of someone else too when
 * stressed and closing its clause (Round 12): "the poster above is an absolute tool", "spoken like a real
 * tool", "he has no clue, what a tool" (the caller leaves out mild words: "a real baby"); "cuomo is such a tool"
 * (Round 13).
 */
export function stressedDirect(a: Analysis, i: number): boolean {
  if (i < 2) return false;
  const t = a.tokens[i]!;
  const p1 = a.tokens[i - 1]!;
  const p2 = a.tokens[i - 2]!;
  if (p1.sentence !== t.sentence || p2.sentence !== t.sentence) return false;
  const stressed = STRESS.has(p1.key) ? p2.key === 'a' || p2.key === 'an' : (p1.key === 'a' || p1.key === 'an') && (p2.key === 'what' || p2.key === 'such');
  // Asked last: closesClause walks on through a run of insults.
  return stressed && closesClause(a, i);
}

const EXCUSED: InsultTarget = { pattern: 'excused', addressAt: -1 };
/** Not aimed at anyone present, and too ambiguous to count as name-calling either. */
const ELSEWHERE_MILD: InsultTarget = { pattern: 'excused', addressAt: -1 };

/** Dehumanising words ("animal", "vermin") insult a person only when said straight at them, like "dick". */
function isInsultList(list: string): boolean {
  return list === 'insultNoun' || list === 'insultAdj' || list === 'insultDirect' || list === 'slur' || list === 'dehumanising';
}

function isIndirectInsult(list: string): boolean {
  return list === 'insultNoun' || list === 'insultAdj' || list === 'slur';
}
const ELSEWHERE: InsultTarget = { pattern: 'elsewhere', addressAt: -1 };
const UNATTRIBUTED: InsultTarget = { pattern: 'unattributed', addressAt: -1 };

/** Does the comment speak to someone anywhere ("you", "your", "@name", a named participant)? */
export function speaksToSomeone(a: Analysis): boolean {
  // A property of the whole comment, asked from many places and once per insult in some: answered once.
  let speaks = SPEAKS.get(a);
  if (speaks === undefined) {
    speaks = false;
    // referentOf: one lookup per token for isAddress || isPossessiveAddress.
    for (const t of a.tokens) if (referentOf(a, t) === 'second') { speaks = true; break; }
    SPEAKS.set(a, speaks);
  }
  return speaks;
}
const SPEAKS = new WeakMap<Analysis, boolean>();

function reportedBetween(a: Analysis, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (REPORTING.has(a.tokens[k]!.key)) return true;
  return false;
}

const ARTICLES = new Set(['a', 'an', 'one', 'such']);
const DETERMINERS_LIST = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'its', 'some',
  'any', 'no', 'every', 'all', 'of', 'such', 'what', 'like', 'as', 'than', 'many', 'more', 'most', 'other',
  'another', 'two', 'three', 'bunch', 'for', 'to', 'with', 'by', 'from', 'about', 'are', 'were', 'is',
  'was', 'be', 'being', 'been', 'and', 'or',
];
const DETERMINERS = new Set(DETERMINERS_LIST);
const IMPERATIVE_BE = new Set(['be', 'being', 'acting', 'act']);
const IMPERATIVE_START = new Set(['stop', 'dont', 'quit', 'be', 'never', 'please', 'just', 'act']);

function articleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ARTICLES.has(tokens[k]!.key)) return false;
  // The article must come right after the address and "be": look left of `from`.
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const key = tokens[k]!.key;
    if (ARTICLES.has(key)) return true;
    if (!FILLERS.has(key) && !BE.has(key)) return false;
  }
  return false;
}

/** "stop being an idiot", "don't be a coward", "quit acting like a bitch", "Be a man, not a coward". */
function imperativeBe(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    if (IMPERATIVE_BE.has(p.key)) {
      const before = tokens[k - 1];
      // Round 15 (exc8): "be" opening its own clause ("Go on, be a man"), or after a modal opening its own with
      // no subject ("Must be an idiot"); a subject opening the clause ("Honestly, I'd be an idiot") is no order.
      const start = !before || before.sentence !== p.sentence || p.clauseBreak || (before.clauseBreak && MODALS.has(before.key));
      return (before !== undefined && before.sentence === p.sentence && IMPERATIVE_START.has(before.key) && opensOrder(a, k - 1)) || (start && p.key === 'be');
    }
    if (!(FILLERS.has(p.key) || p.key === 'like' || isInsultToken(a, k))) return false;
  }
  return false;
}

/** Verbs of intent in a disclaimer: "not trying to be a jerk", "I don't mean to be rude". */
const INTENDING = new Set(['trying', 'tryin', 'mean', 'meaning', 'want', 'wanting', 'intend']);

/**
 * "Not trying to be a jerk, but ...", "I don't mean to be an ass", "not to be a dick but": the writer disclaims
 * being what the word says. "be" with at most three fillers before the word, "to" before it, and a negator
 * before that, or before the verb of intent.
 */
function disclaimedBe(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  for (let k = i - 1; k >= 2 && k >= i - 4; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    if (p.key === 'be') {
      const q = (j: number): string => (j >= 0 && tokens[j]!.sentence === t.sentence ? tokens[j]!.key : '');
      if (q(k - 1) !== 'to') return false;
      // "Not to be a jerk, but": opening its clause ("try not to be an idiot" is an order).
      if (NEGATORS.has(q(k - 2))) return q(k - 3) === '' || tokens[k - 2]!.clauseBreak;
      return INTENDING.has(q(k - 2)) && (NEGATORS.has(q(k - 3)) || (q(k - 3) === 'im' && NEGATORS.has(q(k - 4))) || (BE.has(q(k - 3)) && NEGATORS.has(q(k - 4))));
    }
    if (!FILLERS.has(p.key)) return false;
  }
  return false;
}

/**
 * "How does it feel to be an idiot?", "hows it feel to be the biggest loser here": the question puts the word on
 * the person asked. The word follows "be" with at most four fillers or other insults between.
 */
function feelToBe(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  for (let k = i - 1; k >= 4 && k >= i - 5; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    if (p.key === 'be') {
      const q = (j: number): string => (tokens[j]?.sentence === t.sentence ? tokens[j]!.key : '');
      if (q(k - 1) !== 'to' || q(k - 2) !== 'feel' || q(k - 3) !== 'it') return false;
      return q(k - 4) === 'hows' || ((q(k - 4) === 'does' || q(k - 4) === 'did') && q(k - 5) === 'how');
    }
    if (!(FILLERS.has(p.key) || isInsultToken(a, k))) return false;
  }
  return false;
}

/**
 * "Don't be silly", "do not be so naive": an order not to be something, said at i's word by imperativeBe. With
 * a mild word it asks the reader to think again rather than calls them names ("stop being so rude" accuses).
 */
export function deniedBe(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const p = tokens[k]!;
    if (p.sentence !== tokens[i]!.sentence) return false;
    if (p.key === 'be') return tokens[k - 1]!.key === 'dont' || (tokens[k - 1]!.key === 'not' && tokens[k - 2]?.key === 'do');
    if (!FILLERS.has(p.key)) return false;
  }
  return false;
}

/** Words that may lead into an order: "please stop being ...", "you need to stop being ...". */
const ORDER_LEAD = new Set(['please', 'just', 'so', 'now', 'then', 'and', 'lol', 'why', 'to', 'should', 'must', 'need', 'better', 'pls', 'plz']);

/** The word at k ("stop", "don't") gives an order, not a statement: "people stop being racist" does not. */
export function opensOrder(a: Analysis, k: number): boolean {
  const prev = a.tokens[k - 1];
  if (!prev || prev.sentence !== a.tokens[k]!.sentence || a.tokens[k]!.clauseBreak) return true;
  return isAddress(a, prev) || prev.mention || ORDER_LEAD.has(prev.key);
}

/** Verbs of saying and thinking, which can make what follows someone else's claim or a denied one. */
const SAYING_THINKING = new Set([
  'think', 'thinks', 'thought', 'believe', 'believes', 'say', 'says', 'saying', 'said', 'mean', 'means', 'suggest',
  'suggests', 'suggesting', 'call', 'calls', 'calling', 'called', 'claim', 'claims', 'claiming', 'imply', 'implies',
  'implying', 'implied', 'suggested', 'claimed', 'wrote', 'writes', 'argued', 'argues', 'tell', 'tells', 'told', 'telling',
  'thinking',
]);
const TELLING = new Set(['tell', 'tells', 'told', 'telling']);
/** Orders to cease, before a verb of saying or thinking: "stop thinking you're ...", "quit calling yourself ...". */
const CEASING = new Set(['stop', 'quit']);

/** Verbs that make the address right after them what the insult says. */
const MAKING = new Set(['make', 'makes', 'made', 'making']);

/** Subjects that include the writer in what they say or think. */
const EVERYONE = new Set(['everyone', 'everybody']);

/**
 * Is the address at k the subject of a claim the writer does not make: a denied thought or statement
 * ("I'm not saying you are stupid", "nobody thinks you are stupid") or someone else's ("he wrote that
 * you are an idiot")? The writer's own ("I think you are a moron") is the writer's attack.
 */
export function disownedClaim(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  for (let j = k - 1; j >= 1 && j >= k - 3; j--) {
    const v = a.tokens[j]!;
    if (v.sentence !== t.sentence) return false;
    // "asking doesn't make you an idiot", "that does not make you a loser": a denied cause names no one.
    if (j === k - 1 && MAKING.has(v.key)) return negatedClause(a, j, 4);
    if (!SAYING_THINKING.has(v.key)) continue;
    // "not to be mean, but you are ...": "mean" after "be" is unkind, not a verb of saying.
    if (v.key === 'mean' && a.tokens[j - 1]!.key === 'be') continue;
    // "you have no idea what irony means, you must be an idiot": the verb closes a question of its own
    // after a comma, and reports nothing.
    if (a.tokens[j + 1]!.clauseBreak && whatClause(a, j)) return false;
    // "don't tell me you are that stupid": the writer, told, disbelieves; the claim is the writer's.
    if (TELLING.has(v.key) && WITH_WRITER.has(a.tokens[j + 1]?.key ?? '')) return false;
    const subject = a.tokens[j - 1]!;
    // A denial reaches only a claim in the verb's own clause: not "I can't believe it, you moron", "It can't
    // hold one thought, you moron" (the comma starts a vocative).
    let cut = false;
    for (let m = j + 1; m <= k; m++) if (a.tokens[m]!.clauseBreak) cut = true;
    // "nobody is calling you an idiot", "no one here is saying you're stupid": denied in the same clause.
    if (!cut && negatedClause(a, j, 5)) return true;
    // "Stop thinking you're stupid", "quit calling yourself an idiot": an order to cease the claim (Round 14).
    if (j === k - 1 && CEASING.has(subject.key) && subject.sentence === t.sentence && !t.clauseBreak) return true;
    // "none of us think you are a clown": every one of those who might think it denied.
    if (!cut && j >= 3 && a.tokens[j - 2]!.key === 'of' && NONE.has(a.tokens[j - 3]!.key) && a.tokens[j - 3]!.sentence === t.sentence) return true;
    // "he wrote that ...", "the article says ...". Not "everybody thinks you are stupid": a claim made for
    // everyone is made by the writer too.
    if (subject.sentence !== t.sentence || EVERYONE.has(subject.key)) return false;
    return (THIRD_PERSON.has(subject.key) && subject.key !== 'that') || OTHER_DETERMINERS.has(a.tokens[j - 2]?.key ?? '');
  }
  return false;
}

/** "what irony means", "what he said": the verb at j ends a clause opened by "what" or "how" a few words before. */
function whatClause(a: Analysis, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== a.tokens[j]!.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (p.key === 'what' || p.key === 'how') return true;
    // Round 15 (exc8): "Like my teacher said, you're stupid", "as the article says, ...": opening its clause,
    // "as" or "like" makes the saying a source the writer agrees with.
    if ((p.key === 'as' || p.key === 'like') && (k === 0 || a.tokens[k - 1]!.sentence !== p.sentence || p.clauseBreak)) return true;
  }
  return false;
}

/**
 * "I'm not saying you're stupid, but you are.", "not that you're a fool, but you're one": the denial is taken
 * back by an elliptic "but you are" (or "... one") closing the sentence after the insult at i; a stressing
 * adverb may stand before or after "be" ("but you really are", "but you obviously are one", Round 14).
 */
function takenBack(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  const stressed = (j: number): number => (TAKEN_BACK_STRESS.has(a.tokens[j]?.key ?? '') && a.tokens[j]!.sentence === s ? j + 1 : j);
  for (let k = i + 1; k < a.tokens.length && k <= i + 3; k++) {
    const but = a.tokens[k]!;
    if (but.sentence !== s) return false;
    if (ENDORSING.has(but.key) && endorsed(a, k)) return true;
    // Round 16 (exc9): "I don't think you're an idiot, I know you are": the writer's knowing, after a comma, takes it back.
    const knowing = but.key === 'i' && but.clauseBreak && KNOWING.has(a.tokens[k + 1]?.key ?? '');
    if (but.key !== 'but' && !ENDORSING.has(but.key) && !knowing) continue;
    let j = knowing ? k + 2 : k + 1;
    const you = a.tokens[j];
    if (you === undefined || you.sentence !== s) return false;
    if (YOU_ARE.has(you.key)) j++;
    else if (SECOND_PERSON_SUBJECT.has(you.key) && POST_BE.has(a.tokens[stressed(j + 1)]?.key ?? '') && a.tokens[stressed(j + 1)]!.sentence === s) j = stressed(j + 1) + 1;
    else return false;
    j = stressed(j);
    if (a.tokens[j]?.key === 'one') j++;
    const end = a.tokens[j];
    return end === undefined || end.sentence !== s || end.clauseBreak;
  }
  return false;
}

/** What the writer knows rather than thinks: "I don't think you're a fool, I know you are". */
const KNOWING = new Set(['know', 'bet']);

/**
 * "Dumb old me forgot my passport", "silly little me", "Idiot that I am, I forgot the vote": an insult opening
 * its clause, then "old" or "little" and "me", or "that I am" (was), the writer's own mockery (Round 14).
 */
function selfMocked(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  const [between, writer, be] = [a.tokens[i + 1], a.tokens[i + 2], a.tokens[i + 3]];
  if (between === undefined || writer === undefined || writer.sentence !== s || between.clauseBreak || writer.clauseBreak || !opensClause(a, i)) return false;
  if (writer.key === 'me') return MOCKING_FILLERS.has(between.key);
  return between.key === 'that' && (writer.key === 'i' || writer.key === 'we') && be !== undefined && be.sentence === s && BE.has(be.key);
}

/** "not just", "not merely": more than the insult after them, so asserting it. */
const NOT_MERELY = new Set(['just', 'merely', 'simply']);

/** Words that join an endorsement to someone else's claim: "... and she was right", "... because you are one". */
const ENDORSING = new Set(['and', 'because', 'cause', 'cos', 'coz', 'since']);
/** Words that grant someone else's claim: "she was right", "they're correct". */
const GRANTED = new Set(['right', 'correct', 'spot']);
/** Those who share a claim: "and so do I", "and so does everyone". */
const SHARERS = new Set(['i', 'we', 'everyone', 'everybody']);

/**
 * Round 15 (exc8): someone else's claim about the reader endorsed by the writer right after it, from the joining
 * word at k: "she said you were a liar and she was right", "my coworkers think you're an idiot and so do I",
 * "... and I agree". (An elliptic "and/because you are (one)" is read by takenBack itself.)
 */
function endorsed(a: Analysis, k: number): boolean {
  const s = a.tokens[k]!.sentence;
  const w = (j: number): string => (a.tokens[j]?.sentence === s ? a.tokens[j]!.key : '');
  if (a.tokens[k]!.key !== 'and') return false;
  if (w(k + 1) === 'so' && (w(k + 2) === 'do' || w(k + 2) === 'does') && SHARERS.has(w(k + 3))) return true;
  if ((w(k + 1) === 'i' || w(k + 1) === 'we') && (w(k + 2) === 'agree' || w(k + 2) === 'concur')) return true;
  // "and she was right", "and he's right", "and they were spot on"
  let j = k + 1;
  if (THIRD_PERSON.has(w(j)) && POST_BE.has(w(j + 1))) j += 2;
  else if (CONTRACTED_RIGHT.has(w(j))) j += 1;
  else return false;
  if (TAKEN_BACK_STRESS.has(w(j)) || w(j) === 'so' || w(j) === 'quite' || w(j) === 'absolutely' || w(j) === 'dead') j++;
  return GRANTED.has(w(j));
}
/** Third persons and "be" in one word: "he's right", "they're correct". */
const CONTRACTED_RIGHT = new Set(['hes', 'shes', 'theyre', 'thats']);

/** Words between a self-mocking insult and "me": "dumb old me", "silly little me". */
const MOCKING_FILLERS = new Set(['old', 'little', 'ol']);

/**
 * "the minister is a moron and so are you", "your claims are absurd, as are you": after the insult at i (within
 * four words, its sentence) an elliptic "so are you" or "as are you" carries it over to the reader; it returns
 * the index of "you", or -1. The clause must end there or run on with a reason ("so are you for defending it"):
 * "so are you going to vote?" asks something.
 */
function soAreYou(a: Analysis, i: number): number {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length && k <= i + 4; k++) {
    const so = a.tokens[k]!;
    if (so.sentence !== s) return -1;
    // Round 15 (exc8): "I'm not the idiot here, you are.": an elliptic "you are" after a comma, closing the
    // sentence, turns the insult on the reader.
    if ((so.clauseBreak && SECOND_PERSON_SUBJECT.has(so.key)) || YOU_ARE.has(so.key)) {
      if (!so.clauseBreak) return -1;
      const be = YOU_ARE.has(so.key) ? k : k + 1;
      if (!POST_BE.has(a.tokens[be]?.key ?? '') && be !== k) return -1;
      const next = a.tokens[be + 1];
      return next === undefined || next.sentence !== s ? k : -1;
    }
    if (so.key !== 'so' && so.key !== 'as') continue;
    const be = a.tokens[k + 1];
    const you = a.tokens[k + 2];
    if (be === undefined || you === undefined || you.sentence !== s || !POST_BE.has(be.key) || !SECOND_PERSON_SUBJECT.has(you.key)) return -1;
    const next = a.tokens[k + 3];
    return next === undefined || next.sentence !== s || next.clauseBreak || SO_ARE_YOU_RUN_ON.has(next.key) ? k + 2 : -1;
  }
  return -1;
}

/** How far after the insult "you are one" may stand: "called me an idiot, and you're the bigger one". */
const ONE_TOO_REACH = 6;
/** Words that may close "you are one": "you are one too", "you're one yourself", "you're the bigger one here". */
const ONE_TOO_CLOSERS = new Set(['too', 'yourself', 'also', 'here', 'lol', 'mate']);
/** Words that may stand between "you are" and "one": "you're the bigger one", "you are a real one". */
const ONE_TOO_FILLERS = new Set(['the', 'a', 'an', 'bigger', 'biggest', 'real', 'worse', 'worst', 'greater', 'actual', 'clearly', 'definitely', 'certainly', 'surely', 'obviously', 'also']);

/**
 * Round 16 (exc9): "My neighbour called me an idiot, and you are one too", "call me a fool but you're the bigger
 * one": after an insulting noun at i (within ONE_TOO_REACH words, its sentence) "you are ... one", closing the
 * sentence or run on by "too", gives the name to the reader (not "you are one of the kindest": "of" runs on).
 * The index of "you", or -1.
 */
function oneToo(a: Analysis, i: number): number {
  const s = a.tokens[i]!.sentence;
  if (!a.hits[i]!.some((h) => h.entry.list === 'insultNoun' || h.entry.list === 'insultDirect')) return -1;
  for (let k = i + 1; k < a.tokens.length && k <= i + ONE_TOO_REACH; k++) {
    const you = a.tokens[k]!;
    if (you.sentence !== s) return -1;
    let m: number;
    if (YOU_ARE.has(you.key)) m = k + 1;
    else if (SECOND_PERSON_SUBJECT.has(you.key) && POST_BE.has(a.tokens[k + 1]?.key ?? '')) m = k + 2;
    else continue;
    for (let f = 0; f < 3 && ONE_TOO_FILLERS.has(a.tokens[m]?.key ?? ''); f++) m++;
    const one = a.tokens[m];
    if (one === undefined || one.key !== 'one' || one.sentence !== s) return -1;
    const next = a.tokens[m + 1];
    return next === undefined || next.sentence !== s || next.clauseBreak || ONE_TOO_CLOSERS.has(next.key) ? k : -1;
  }
  return -1;
}

/** Words an elliptic "so are you" may run on into: "so are you for defending it", "and so are you lol". */
const SO_ARE_YOU_RUN_ON = new Set(['for', 'too', 'if', 'lol', 'lmao', 'mate', 'pal', 'buddy', 'and', 'but', 'by', 'then', 'now']);

/** Adverbs that stress an elliptic "but you are": "but you really are", "but you're clearly one". */
const TAKEN_BACK_STRESS = new Set(['really', 'obviously', 'clearly', 'definitely', 'certainly', 'sure', 'totally', 'absolutely', 'truly', 'actually', 'indeed']);

/** Words after a negator that deny the whole clause after them: "not that ...", "it's not like ...". */
const DENYING_OPENERS = new Set(['that', 'like']);
/** The reader and "be" in one word: "youre", "ur". */
const YOU_ARE = new Set(['youre', 'ur', 'yore']);

/**
 * "Not that you're a clown, but ...", "it isn't that you're ignorant, it's that ...", "it's not like you
 * are smart": a negator right before "that" or "like" denies the whole clause whose subject is the
 * address at k. Only before "be": "I don't like you idiots" denies nothing of the reader.
 */
function deniedProposition(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  const opener = a.tokens[k - 1];
  const not = a.tokens[k - 2];
  if (opener === undefined || not === undefined || not.sentence !== t.sentence || t.clauseBreak || opener.clauseBreak) return false;
  if (!DENYING_OPENERS.has(opener.key) || !NEGATORS.has(not.key)) return false;
  return YOU_ARE.has(t.key) || BE.has(a.tokens[k + 1]?.key ?? '');
}

/** Verbs of holding an opinion of someone. */
const THINKING = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'consider', 'considers', 'considered']);

/**
 * Is the address at k the subject of a denied thought: "nobody thinks you are ...", "I don't think you're
 * ..."? (A denied statement is not: "I'm not saying you are smart" grants nothing and denies nothing.)
 */
function deniedClaim(a: Analysis, k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 3; j--) {
    const v = a.tokens[j]!;
    if (v.sentence !== a.tokens[k]!.sentence) return false;
    // Denied right before the verb, not through an infinitive ("not saying much to claim you are smarter").
    if (THINKING.has(v.key)) return a.tokens[j - 1]!.key !== 'to' && negatedClause(a, j, 3);
  }
  return false;
}

/**
 * A negator among the `window` words before token j, in j's clause ("No, I'm calling you ..." is not one).
 * Not a double negative that asserts the thought (`litotes`): "I can't help but think you're ...".
 */
function negatedClause(a: Analysis, j: number, window: number): boolean {
  for (let m = j - 1; m >= 0 && m >= j - window; m--) {
    if (a.tokens[m]!.sentence !== a.tokens[j]!.sentence || a.tokens[m + 1]!.clauseBreak) return false;
    if (negatedBetween(a, m - 1, m + 1)) return !litotes(a, m);
  }
  return false;
}

/** Words of difficulty that a "not" after them turns into an assertion: "it's hard not to think ...". */
const HARD = new Set(['hard', 'difficult', 'impossible', 'tough']);

/**
 * Is the negator at m half of a double negative that asserts what follows (Round 15): "can't help (but)
 * think", "couldn't help thinking" (the negator right before "help", or "not" after "can"), "it's hard not
 * to think", "hard to read your post and not think ...", "impossible not to conclude" (a word of difficulty
 * within seven words before "not", in its clause). Bounded: seven words back.
 */
function litotes(a: Analysis, m: number): boolean {
  const t = a.tokens[m]!;
  const next = a.tokens[m + 1];
  if (next !== undefined && next.sentence === t.sentence && !next.clauseBreak && next.key === 'help') return true;
  if (t.key !== 'not') return false;
  for (let k = m - 1; k >= 0 && k >= m - 7; k--) {
    if (a.tokens[k]!.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (HARD.has(a.tokens[k]!.key)) return true;
  }
  return false;
}

/** A bare insult noun ending a sentence that speaks to someone: "Provide proof faggot." */
function isTrailingVocative(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && !next.clauseBreak) return false;
  if (!a.hits[i]!.some((h) => h.entry.list === 'insultNoun' || h.entry.list === 'slur')) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (DETERMINERS.has(prev.key) || THIRD_PERSON.has(prev.key) || FIRST_PERSON.has(prev.key)) return false;
  if (isInsultToken(a, i - 1) || FILLERS.has(prev.key)) {
    // "you stupid moron." is handled as direct; a chain of adjectives needs no determiner either. But an
    // article after "be" opens a predicate: "Harry Reid is a corrupt old fool", "Bieber is a talentless little twerp".
    if (predicateArticle(tokens, i)) return false;
    const before = tokens[i - 2];
    return !before || before.sentence !== t.sentence || !DETERMINERS.has(before.key);
  }
  // "Glad to have the company fellow moron.": a bare "fellow" and a singular insult close the sentence as a
  // call on the reader ("a fellow idiot", "my fellow idiots" are noun phrases).
  if (prev.key === 'fellow') {
    const before = tokens[i - 2];
    return isSingular(a, i) && (before === undefined || before.sentence !== t.sentence || !(DETERMINERS.has(before.key) || FIRST_PERSON.has(before.key) || THIRD_PERSON.has(before.key)));
  }
  // "your mayor is such a colossal fool": an article just before makes it a noun phrase, not a call.
  if (articleBefore(tokens, i)) return false;
  // "When you elect idiots, ...": a plural right after a plain verb whose subject is the reader is its object.
  if (objectOfReader(a, i)) return false;
  // The sentence must speak to someone: an order (first word a verb is not knowable; use "your"/"you").
  for (let k = i - 1; k >= 0 && k >= i - 30 && tokens[k]!.sentence === t.sentence; k--) {
    if (isAddress(a, tokens[k]!) || isPossessiveAddress(tokens[k]!)) return true;
  }
  // A singular noun cannot end an English sentence bare unless it names the person spoken to:
  // "Provide proof moron.", "Go away troll." (but not "I hate liars" or "he is a moron").
  if (!isSingular(a, i)) return false;
  // No determiner, verb of being, person or preposition in the words just before: "a crack whore",
  // "was a secret arsehole" and "gonna puke" are not vocatives.
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (NOT_BEFORE_VOCATIVE.has(p.key) || FIRST_PERSON.has(p.key) || THIRD_PERSON.has(p.key) || BE.has(p.key)) return false;
    if (p.clauseBreak) break;
  }
  return true;
}

/**
 * "When you elect idiots, you get ...", "if you hire morons": a plural insult noun right after a plain verb
 * (no listed word, no filler) that follows "you" is what the reader does something to, not whom they are
 * called ("you lose idiots" is rare; a singular stays a call: "you lose idiot").
 */
function objectOfReader(a: Analysis, i: number): boolean {
  const you = a.tokens[i - 2];
  if (you === undefined || !isAddress(a, you) || !plainVerb(a, i - 1) || isSingular(a, i)) return false;
  return a.hits[i]!.some((h) => h.entry.list === 'insultNoun');
}

/** Token k is a plain word (no listed word, filler or "be") inside the clause of the word after it, after a word of its sentence. */
function plainVerb(a: Analysis, k: number): boolean {
  const tokens = a.tokens;
  const verb = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (verb === undefined || prev === undefined || next === undefined || prev.sentence !== verb.sentence || next.sentence !== verb.sentence) return false;
  return !verb.clauseBreak && !next.clauseBreak && verb.wordLike && a.hits[k]!.length === 0 && !FILLERS.has(verb.key) && !BE.has(verb.key);
}

/**
 * A singular insult noun (not a slur) closing a sentence of at least three words, bare, as a call on
 * the person spoken to: "Go home troll.", "That got settled last week troll." Not a clause of its own
 * ("stupid punks, I hope"), not a plural ("OWS, Commies."), and not a capitalised word after a
 * lower-case one, a title or a name ("Hitchcock directed Psycho").
 */
export function closingCall(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.clauseBreak || !a.hits[i]!.some((h) => h.entry.list === 'insultNoun') || !isSingular(a, i)) return false;
  const prev = a.tokens[i - 1];
  const first = a.tokens[i - 2];
  if (first === undefined || first.sentence !== t.sentence || (t.capitalised && !prev!.capitalised)) return false;
  return isTrailingVocative(a, i);
}

/** "is a corrupt old fool": an article two to five words before token i, in its clause, right after "be". */
function predicateArticle(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - 5; k--) {
    const p = tokens[k]!;
    if (p.sentence !== tokens[i]!.sentence || tokens[k + 1]!.clauseBreak) return false;
    if (p.key === 'a' || p.key === 'an' || p.key === 'the') return !p.clauseBreak && tokens[k - 1]!.sentence === p.sentence && BE.has(tokens[k - 1]!.key) && tokens[k - 1]!.key !== 'be';
  }
  return false;
}

/**
 * An article two to five words before token i, in its clause: "a colossal fool", "the biggest fool", "a
 * very rough old fool" (a noun phrase with its modifiers, not a call).
 */
function articleBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const p = tokens[k]!;
    if (p.sentence !== tokens[i]!.sentence || tokens[k + 1]!.clauseBreak) return false;
    if (p.key === 'a' || p.key === 'an' || p.key === 'the') return true;
  }
  return false;
}

/**
 * 'they call me "idiot" here', 'why call her "moron"?': the word is the name someone is called, a
 * mention of it rather than a call on the reader. Read through quotation marks, not through a comma
 * ("stop calling me names, idiot" calls the reader one).
 */
function nameCalled(a: Analysis, i: number): boolean {
  const text = a.norm.text;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== a.tokens[i]!.sentence) return false;
    for (let c = p.ne; c < a.tokens[k + 1]!.ns; c++) if (BREAKS_NAMING.has(text.charCodeAt(c))) return false;
    if (REPORTING.has(p.key)) return true;
  }
  return false;
}
/** Commas, dashes and colons: what follows them is said, not named. */
const BREAKS_NAMING = new Set([44, 45, 58, 0x2013, 0x2014]);

/**
 * "Me, the idiot, forgot my keys", "I, a complete fool, believed it": a noun phrase set beside the writer
 * who opens the sentence describes them.
 */
function apposedToWriter(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  let k = i;
  while (k > 0 && i - k < 4 && !tokens[k]!.clauseBreak && tokens[k - 1]!.sentence === tokens[i]!.sentence && FILLERS.has(tokens[k - 1]!.key)) k--;
  const writer = tokens[k - 1];
  if (!tokens[k]!.clauseBreak || writer === undefined || writer.sentence !== tokens[i]!.sentence || !FIRST_PERSON.has(writer.key)) return false;
  // The writer opens the sentence: "Listen to me, idiot" and "Tell me, moron, ..." call on the reader.
  return k - 1 === 0 || tokens[k - 2]!.sentence !== writer.sentence;
}

/**
 * "Moron here. Forgot to hit save.", "Idiot here, it was in the FAQ": a bare insult noun and "here" opening
 * the comment, as a clause of their own, is the writer signing in as one ("Noob here"). Only at the very
 * start: later in a comment "troll here" may point at someone in the thread.
 */
function selfLabel(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const here = tokens[i + 1];
  if (i !== 0 || here === undefined || here.key !== 'here' || here.sentence !== tokens[i]!.sentence || here.clauseBreak) return false;
  const after = tokens[i + 2];
  if (!(after === undefined || after.sentence !== here.sentence || after.clauseBreak) || !isSingular(a, i)) return false;
  // "Troll here. Ignore him.", "Idiot here, you ...": someone else, or the reader, is pointed at.
  for (let k = i + 2; k < tokens.length && k <= i + 12; k++) if (OTHERS.has(tokens[k]!.key) || isAddress(a, tokens[k]!)) return false;
  return true;
}

/** Words that take back a naming: "sorry for calling you a fool", "I apologise for calling you ...". */
const RETRACTING = new Set(['sorry', 'apologise', 'apologize', 'apologised', 'apologized', 'apologies', 'apology', 'regret']);
/** "I didn't mean to call you ...": meaning to, denied. */
const MEANING = new Set(['mean', 'meant']);
const NAMING_VERBS = new Set(['call', 'calling', 'called']);

/**
 * "I apologise for calling you a fool earlier", "sorry I called you an idiot", "I didn't mean to call you
 * a liar": the writer takes the name back. The address at `at` follows a verb of calling with a retracting
 * word at most five words before it, in its clause.
 */
export function retractedNaming(a: Analysis, at: number): boolean {
  const tokens = a.tokens;
  const verb = tokens[at - 1];
  if (at < 2 || !verb || !NAMING_VERBS.has(verb.key) || verb.sentence !== tokens[at]!.sentence) return false;
  for (let k = at - 2; k >= 0 && k >= at - 6; k--) {
    const p = tokens[k]!;
    // "Sorry, but I'm calling you a liar": a clause between them leaves the naming standing.
    if (p.sentence !== verb.sentence || tokens[k + 1]!.clauseBreak) return false;
    if (RETRACTING.has(p.key) || (MEANING.has(p.key) && k > 0 && NEGATORS.has(tokens[k - 1]!.key))) return true;
  }
  return false;
}

/** Interjections that open a sentence and call on someone: "Hey moron, ...", "Sorry dickhead we all ...". */
const CALLING = new Set(['hey', 'yo', 'listen', 'look', 'sorry', 'ok', 'okay', 'well', 'yes', 'yeah', 'nope', 'wow', 'dear', 'hi', 'hello', 'bye']);

/** A bare singular insult noun right after an interjection that opens its clause names the person spoken to. */
function calledOut(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const p = tokens[i - 1];
  if (!p || !CALLING.has(p.key) || p.sentence !== tokens[i]!.sentence) return false;
  const before = tokens[i - 2];
  const opens = p.clauseBreak || before === undefined || before.sentence !== p.sentence;
  return opens && isSingular(a, i);
}

/**
 * "No you're not dickhead.", "Not hardly troll!": a denial takes an article ("you are not an idiot"), so
 * a bare singular insult noun right after "not" that ends its clause names the person spoken to.
 */
function afterDenial(a: Analysis, i: number): boolean {
  const p = a.tokens[i - 1];
  if (!p || (p.key !== 'not' && p.key !== 'hardly') || p.sentence !== a.tokens[i]!.sentence) return false;
  return isSingular(a, i) && closesClause(a, i);
}

/** Words after which a bare noun is an object or a predicate, not a vocative. */
const NOT_BEFORE_VOCATIVE = new Set([
  ...DETERMINERS_LIST, 'in', 'on', 'at', 'into', 'onto', 'over', 'under', 'than', 'not', 'no', 'never', 'called',
  'call', 'calling', 'named', 'labelled', 'labeled', 'am', 'became', 'become', 'becomes', 'remains', 'total',
  'complete', 'real', 'fellow', 'gonna', 'wanna', 'gotta', 'to', 'do', 'does', 'did', 'should', 'shall',
  'may',
]);

/** Is the insult at token i a singular noun ("moron", not "morons")? */
function isSingular(a: Analysis, i: number): boolean {
  const h = a.hits[i]!.find((x) => x.entry.list === 'insultNoun' || x.entry.list === 'slur');
  if (!h) return false;
  const term = h.entry.term.toLowerCase();
  return h.form === term || h.how === 'compound' ? !/[sz]$/.test(h.form) || /[sz]$/.test(term) : !h.form.endsWith('s');
}

function isVocative(a: Analysis, i: number): boolean {
  if (a.hits[i]!.every((h) => h.entry.list !== 'insultNoun' && h.entry.list !== 'slur')) return false;
  const tokens = a.tokens;
  const t = tokens[i]!;
  // Clause = tokens of the same sentence between clause breaks.
  // Bounded scans: a clause longer than four tokens is not a vocative, so look no further than that.
  let s = i;
  while (s > 0 && i - s <= 4 && !tokens[s]!.clauseBreak && tokens[s - 1]!.sentence === t.sentence) s--;
  let e = i;
  while (e + 1 < tokens.length && e - i <= 4 && tokens[e + 1]!.sentence === t.sentence && !tokens[e + 1]!.clauseBreak) e++;
  if (e - s + 1 > 4) return false;
  if (listInNounPhrase(a, s)) return false;
  for (let k = s; k <= e; k++) {
    if (k === i) continue;
    const p = tokens[k]!;
    // "The rapists, the murderers, you name it": a definite article opening an item of a list is a noun phrase, not a call.
    if (k < i && DEFINITE.has(p.key) && definiteList(a, s, e)) return false;
    if (!(FILLERS.has(p.key) || INTERJECTIONS.has(p.key) || isInsultToken(a, k))) return false;
  }
  return true;
}

/** The clause before s or the one after e opens with a definite article too: "the rapists, the murderers". */
function definiteList(a: Analysis, s: number, e: number): boolean {
  const tokens = a.tokens;
  const next = tokens[e + 1];
  if (next !== undefined && next.sentence === tokens[e]!.sentence && next.clauseBreak && DEFINITE.has(next.key)) return true;
  let b = s - 1;
  while (b > 0 && s - b <= 4 && !tokens[b]!.clauseBreak && tokens[b - 1]!.sentence === tokens[s]!.sentence) b--;
  return b >= 0 && b < s && tokens[b]!.sentence === tokens[s]!.sentence && DEFINITE.has(tokens[b]!.key);
}

/** How many items of a comma list listInNounPhrase looks back through. */
const LIST_REACH = 8;

/**
 * "her stupid, racist, moronic comments": the clause starting at s follows an insult that ends a clause
 * of its own, in a comma list of insults opened by a determiner; it is one more item of that noun
 * phrase, not a call on anyone. Bounded: LIST_REACH words back.
 */
function listInNounPhrase(a: Analysis, s: number): boolean {
  const tokens = a.tokens;
  let k = s - 1;
  if (k < 0 || !tokens[s]!.clauseBreak || tokens[k]!.sentence !== tokens[s]!.sentence || !isInsultToken(a, k)) return false;
  while (k > 0 && s - k < LIST_REACH && tokens[k]!.clauseBreak && tokens[k - 1]!.sentence === tokens[s]!.sentence && isInsultToken(a, k - 1)) k--;
  const det = tokens[k - 1];
  return det !== undefined && !tokens[k]!.clauseBreak && det.sentence === tokens[s]!.sentence && (OTHER_DETERMINERS.has(det.key) || det.key === 'a' || det.key === 'an');
}

/** Pronouns for someone talked about (not "it", "this" or "who": things and questions). */
const OTHERS = new Set([
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs', 'hes', 'shes', 'theyre', 'himself', 'herself',
  'themselves', 'hed', 'shed', 'theyve', 'theyll',
]);
/** How far (in words) into the sentences beside a fragment fragmentBesideOthers reads. */
const BESIDE_REACH = 40;

/**
 * "Worthless scumbag. He should never see daylight.", "They raised our bills again. Idiots.": in a comment
 * that speaks to no one, a sentence of a few words that only calls someone a name, beside a sentence about
 * him, her or them, names that someone ("You lied again. Idiot." and "Idiot. You have no idea what he
 * said." call on the reader).
 */
function fragmentBesideOthers(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const sentence = tokens[i]!.sentence;
  // The sentence's ends are looked for no further than NAMING_SENTENCE words: walked to the ends of a long
  // unpunctuated run from each insult in it, the look was quadratic ("get lost, loser" repeated).
  let s = i;
  while (s > 0 && i - s <= NAMING_SENTENCE && tokens[s - 1]!.sentence === sentence) s--;
  let e = i;
  while (e + 1 < tokens.length && e - i <= NAMING_SENTENCE && tokens[e + 1]!.sentence === sentence) e++;
  if (e - s + 1 > NAMING_SENTENCE || speaksToSomeone(a)) return false;
  let others = false;
  for (let k = s - 1; k >= 0 && k >= s - BESIDE_REACH && tokens[k]!.sentence === sentence - 1 && !others; k--) others = OTHERS.has(tokens[k]!.key);
  for (let k = e + 1; k < tokens.length && k <= e + BESIDE_REACH && tokens[k]!.sentence === sentence + 1 && !others; k++) others = OTHERS.has(tokens[k]!.key);
  return others;
}

/** Words for a person that may head a put-down ("pathetic little boy"). */
const PERSON_HEADS = new Set(['boy', 'girl', 'kid', 'child', 'fellow', 'loser', 'thing']);
/** A sentence this long (in words) at most can be a bare noun phrase said to someone. */
const NAMING_SENTENCE = 4;

/**
 * "Worthless little troll." "Spineless weasel.": a sentence that is nothing but an insulting noun phrase
 * (no verb, a noun for a person at its end) names whoever it is said to. An adjective alone ("So
 * pathetic.", "Batshit crazy.") or a swear word ("Total bullshit.") may judge a thing.
 */
export function namingSentence(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const sentence = tokens[i]!.sentence;
  let s = i;
  while (s > 0 && i - s < NAMING_SENTENCE && tokens[s - 1]!.sentence === sentence) s--;
  if (s > 0 && tokens[s - 1]!.sentence === sentence) return false;
  let e = i;
  while (e + 1 < tokens.length && e - s < NAMING_SENTENCE && tokens[e + 1]!.sentence === sentence) e++;
  if (e + 1 < tokens.length && tokens[e + 1]!.sentence === sentence) return false;
  // "what a jerk lol", "lmao what a dork": laughter around the sentence adds nothing to it.
  while (e > i && LAUGHTER.has(tokens[e]!.key)) e--;
  while (s < i && LAUGHTER.has(tokens[s]!.key)) s++;
  // "Clown.", "What a clown.": a whole comment that only names someone names the person it replies to.
  const whole = wholeReply(a, i);
  if (e === s && !whole) return false;
  // "Unbelievable. What a jerk.": an exclamation of its own that only names someone ("What a joke." is mild).
  const exclaimed = e > s + 1 && tokens[s]!.key === 'what' && ARTICLES.has(tokens[s + 1]!.key);
  for (let k = s; k <= e; k++) {
    const key = tokens[k]!.key;
    if ((whole || exclaimed) && k === s && key === 'what') continue;
    // "Sick, man!": a comma makes an exclamation and an address, not one noun phrase.
    if (k > s && tokens[k]!.clauseBreak) return false;
    if (!(FILLERS.has(key) || PERSON_NOUNS.has(key) || PERSON_HEADS.has(key) || isInsultToken(a, k))) return false;
  }
  const last = tokens[e]!.key;
  return PERSON_NOUNS.has(last) || PERSON_HEADS.has(last) || a.hits[e]!.some((h) => h.entry.list === 'insultNoun' || h.entry.list === 'slur' || (whole && h.entry.list === 'insultDirect'));
}

/** The comment is the word at i alone, or "what a" and the word: "Tool.", "What a tool!" (laughter may close it: "what a tool lol"). */
function wholeReply(a: Analysis, i: number): boolean {
  let n = a.tokens.length;
  while (n > i + 1 && LAUGHTER.has(a.tokens[n - 1]!.key)) n--;
  return i === n - 1 && (n === 1 || (n === 3 && a.tokens[0]!.key === 'what' && ARTICLES.has(a.tokens[1]!.key)));
}

/** Mock praise that opens a sentence: "nice job", "well done", "thanks for nothing", "no shit", "what a brilliant take" (Round 14). */
const MOCK_OPENERS = new Set([
  'nice', 'good', 'great', 'well', 'smooth', 'brilliant', 'thanks', 'thank', 'way', 'bravo', 'congrats',
  'congratulations', 'wow', 'sure', 'okay', 'ok', 'yeah', 'right', 'excellent', 'awesome', 'no', 'real', 'listen', 'what',
]);
/** What may end mock praise right before the word, with no comma: "nice job genius", "well done Einstein". */
const MOCK_LINKS = new Set([...MOCK_OPENERS, 'job', 'try', 'one', 'work', 'move', 'going', 'done', 'logic', 'thinking', 'nothing', 'go', 'point', 'shit', 'there', 'smart', 'here']);
/** How far into its sentence (in words) mock praise may leave off before the word. */
const MOCK_REACH = 6;

/**
 * "nice job genius", "well done, Einstein", "thanks for nothing, genius", "no shit, Sherlock": a word of the
 * `sarcastic` list addressed to someone (it closes its clause and follows a comma or the praise itself)
 * in a sentence that opens with mock praise, or with an order after a comma ("Try again, genius."), mocks
 * the person spoken to. "Einstein was a genius", "Hey genius, ..." and "you crazy genius" are not this.
 */
export function mockVocative(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.sentence !== t.sentence || (next !== undefined && next.sentence === t.sentence && !next.clauseBreak)) return false;
  if (!t.clauseBreak && !MOCK_LINKS.has(prev.key)) return false;
  let first = i - 1;
  while (first > 0 && tokens[first - 1]!.sentence === t.sentence) {
    if (i - first >= MOCK_REACH) return false;
    first--;
  }
  // After "@USER" mentions the sentence proper begins.
  while (first < i && tokens[first]!.mention) first++;
  // "Try again, genius.", "Read the article, Einstein.": after a comma, an order names its addressee as mock praise does.
  if (first >= i) return false;
  const mocking = MOCK_OPENERS.has(tokens[first]!.key);
  // "Whatever you say, genius.", "Whatever, Einstein.": a shrug at the reader, their own words inside it.
  if (!mocking && t.clauseBreak && tokens[first]!.key === 'whatever') return true;
  if (!mocking && !(t.clauseBreak && ORDER_VERBS.has(tokens[first]!.key))) return false;
  // "you crazy genius" is fond; after an order the reader may be inside it ("Read it before you comment, Einstein.").
  for (let k = mocking ? first : i - 1; k < i; k++) if (isAddress(a, tokens[k]!) || isPossessiveAddress(tokens[k]!)) return false;
  return true;
}

/** Softeners before an order: "Hey genius, maybe read the article", "Hey Einstein, just look it up". */
const ORDER_SOFTENERS = new Set(['maybe', 'just', 'please', 'now', 'so', 'next', 'perhaps']);

/**
 * "Hey genius, maybe read the article before you comment.", "Yo Einstein, look it up.": a word of the
 * `sarcastic` list called out by a greeting that opens the sentence, then an order to the one called (Round
 * 12). "Hey genius, what do you think?" asks, and is not this.
 */
export function calledThenOrdered(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const comma = tokens[i + 1];
  if (!prev || !comma || !CALLS.has(prev.key) || prev.sentence !== t.sentence || comma.sentence !== t.sentence || !comma.clauseBreak) return false;
  if (i >= 2 && tokens[i - 2]!.sentence === t.sentence && !tokens[i - 2]!.mention) return false;
  const verb = ORDER_SOFTENERS.has(comma.key) ? tokens[i + 2] : comma;
  return verb !== undefined && verb.sentence === t.sentence && ORDER_VERBS.has(verb.key);
}

/**
 * Verbs that open an order at the start of a sentence ("Stop posting, clown.", "Keep crying, snowflake.",
 * "Sit down, keyboard warrior."): whoever the order is given to is the one a closing vocative names.
 */
const ORDER_VERBS = new Set([
  'stop', 'keep', 'go', 'get', 'sit', 'shut', 'try', 'learn', 'read', 'quit', 'grow', 'calm', 'move', 'take',
  'run', 'stay', 'leave', 'crawl', 'wake', 'educate', 'cry', 'piss', 'bugger', 'sod', 'back', 'pipe', 'zip',
  'dream', 'whine', 'log', 'scroll', 'bye', 'goodbye', 'later', 'cope', 'seethe', 'sleep', 'touch',
  // Round 15 (exc8): "Look in a mirror, clown."
  'look',
]);

/** Greetings that call on someone by the word after them: "hey dummy", "oi muppet", "yo loser". */
const CALLS = new Set(['hey', 'hei', 'oi', 'oy', 'yo', 'ey']);

/**
 * A vocative that closes a sentence opened by an order or by mock praise ("Stop posting, clown.", "Nice
 * try, clown."): the sentence is said to someone even when nothing else in the comment is, so the word
 * names the reader. After a comma, or with none after a word that cannot take it as an object or
 * modify it ("keep crying snowflake", "stay mad clown"): "Go clown around" and "keep the clown" name no one.
 * A greeting calls on someone as an order does ("Hey dummy, ...").
 */
export function orderedVocative(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next !== undefined && next.sentence === t.sentence && ORDER_VERBS.has(next.key) && opensSentence(a, i) && (next.clauseBreak || isSingular(a, i))) return true;
  if (next !== undefined && next.sentence === t.sentence && !next.clauseBreak) return false;
  let first = i - 1;
  if (first < 0) return false;
  if (tokens[first]!.sentence !== t.sentence) return afterOrderSentence(a, i);
  // "Hey dummy, the article says the opposite.", "Oi, muppet!": a greeting that opens the sentence calls on the reader by the word.
  if (CALLS.has(tokens[first]!.key) && opensSentence(a, first)) return true;
  if (!t.clauseBreak && (!VOCATIVE_AFTER_ORDER.has(tokens[i - 1]!.key) || t.key.endsWith('s'))) return false;
  while (first > 0 && tokens[first - 1]!.sentence === t.sentence) {
    if (i - first >= ORDER_REACH) return false;
    first--;
  }
  while (first < i && tokens[first]!.mention) first++;
  if (first >= i) return false;
  const opener = tokens[first]!.key;
  return ORDER_VERBS.has(opener) || (MOCK_OPENERS.has(opener) && i - first <= MOCK_REACH);
}
/** How far back (in words) the order before a fragment may open its sentence: "Stop posting the same link every day. Clown." */
const ORDER_SENTENCE_REACH = 12;

/**
 * "Stop posting. Clown.", "Go away. Tool.": a sentence of one bare word, said right after a sentence that
 * opens with an order, names the one ordered.
 */
function afterOrderSentence(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (i === 0 || (next !== undefined && next.sentence === t.sentence)) return false;
  const sentence = tokens[i - 1]!.sentence;
  let first = i - 1;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) {
    if (i - first >= ORDER_SENTENCE_REACH) return false;
    first--;
  }
  while (first < i - 1 && tokens[first]!.mention) first++;
  return ORDER_VERBS.has(tokens[first]!.key);
}

/**
 * "Idiot go read the article.", "Loser get a job.", "Stupid moron learn to spell.": a singular insult noun
 * opening its sentence with an order right after it, no comma, calls on the one ordered; a singular subject
 * would take "goes", "gets". A plural may be the subject ("Trolls get banned here").
 */
function orderAfterCall(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  return next !== undefined && next.sentence === t.sentence && !next.clauseBreak && ORDER_VERBS.has(next.key) && isSingular(a, i) && opensSentence(a, i);
}

/**
 * The insult at i opens its sentence, perhaps after a mention or fillers: "Troll, go outside.", "@USER Sad
 * little troll, go away." A vocative that opens a sentence and an order that follows it ("Keyboard warrior,
 * go outside") are said to the same person.
 */
function opensSentence(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) return true;
    // "The troll, go figure, was banned": an article makes it the subject of a sentence about them.
    if (!(p.mention || FILLERS.has(p.key) || isInsultToken(a, k)) || ARTICLES.has(p.key) || p.key === 'the' || a.tokens[k + 1]!.clauseBreak) return false;
  }
  return true;
}

/** How far into its sentence (in words) an order may leave off before the vocative: "Get out of here with this nonsense, clown." */
const ORDER_REACH = 8;

/**
 * Words that close an order and take no object, so a bare insult after them is said to someone: "keep
 * crying snowflake", "cope harder clown", "stay mad loser", "get lost troll".
 */
const VOCATIVE_AFTER_ORDER = new Set([
  'crying', 'harder', 'mad', 'salty', 'pressed', 'lost', 'seething', 'whining', 'coping', 'typing', 'trying', 'up', 'off', 'away', 'down', 'posting',
]);

/** Quotation marks, double and single, straight and curly. */
const QUOTE_MARKS = new Set([34, 39, 0x2018, 0x2019, 0x201c, 0x201d]);

/**
 * Does the clause go on after the quoted word at i (the quotation marks themselves break no clause):
 * `"moron" considered rude`, not `"genius",` or `"idiot".`?
 */
function goesOnAfterQuote(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (next === undefined || next.sentence !== a.tokens[i]!.sentence) return false;
  const text = a.norm.text;
  for (let c = a.tokens[i]!.ne; c < next.ns; c++) {
    const code = text.charCodeAt(c);
    if (code !== 32 && !QUOTE_MARKS.has(code)) return false;
  }
  return true;
}

/** Token i stands alone between quotation marks: `"moron"`. */
function inQuotes(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const text = a.norm.text;
  return t.ns > 0 && QUOTE_MARKS.has(text.charCodeAt(t.ns - 1)) && QUOTE_MARKS.has(text.charCodeAt(t.ne));
}

/**
 * `Why is "moron" considered rude?`, `"idiot" comes from Greek`: a word quoted on its own in the middle
 * of its clause is talked about, not said to anyone. Said to the reader (`you "idiot"`, `"Idiot" is
 * what you are`) or closing its clause (`Nice try, "idiot".`) it is still used.
 */
function mentionedInQuotes(a: Analysis, i: number): boolean {
  if (!inQuotes(a, i)) return false;
  // Single quotation marks (Round 13: "is 'moron' a slur now?", "'eejit' is almost affectionate"): an apostrophe
  // may stand there too, so the quotation must open after a space and its sentence must talk about words.
  if (!a.quoted && !(SINGLE_QUOTES.has(a.norm.text.charCodeAt(a.tokens[i]!.ns - 1)) && opensAfterSpace(a, i) && talksOfWords(a, i))) return false;
  const prev = a.tokens[i - 1];
  if (prev !== undefined && prev.sentence === a.tokens[i]!.sentence && (isAddress(a, prev) || isPossessiveAddress(prev))) return false;
  // Round 15 (exc8): `You're a "moron" and that's being generous`: quoted as what the reader is, after "be" and
  // an article, it is still said of them.
  if (predicatedOfReader(a, i)) return false;
  if (!goesOnAfterQuote(a, i) || !a.tokens[i + 1]!.wordLike || isInsultToken(a, i + 1)) return false;
  // `one of those 'kooky' liberals`, `a "moron" neighbour`: a quoted word before people describes them (scare
  // quotes), it is not talked about (Round 13, when single quotation marks began to count).
  if (PERSON_NOUNS.has(a.tokens[i + 1]!.key) || a.hits[i + 1]!.some((h) => h.entry.list === 'group')) return false;
  // `"Idiot" is what you are`: the reader named a few words on is who it is said of.
  return nearestReferentAfter(a, i, 4).referent !== 'second';
}

const SINGLE_QUOTES = new Set([39, 0x2018, 0x2019]);

/** The word at i follows the reader, "be" or not, and an article or fillers: `you're a "moron"`, `you are such an 'idiot'`. */
function predicatedOfReader(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  let article = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== s || (a.tokens[k + 1]!.clauseBreak && k + 1 < i)) return false;
    if (isAddress(a, p) || YOU_ARE.has(p.key)) return article;
    if (ARTICLES.has(p.key)) article = true;
    else if (!BE.has(p.key) && !FILLERS.has(p.key)) return false;
  }
  return false;
}

/** The quotation mark before the word at i opens the text or follows a space or bracket. */
function opensAfterSpace(a: Analysis, i: number): boolean {
  const at = a.tokens[i]!.ns - 1;
  return at === 0 || /[\s([]/.test(a.norm.text.charAt(at - 1));
}

/** Words that talk about words: "is 'moron' a slur", "'dunce' comes from", "a great word". */
const WORD_TALK = new Set([
  'word', 'words', 'term', 'terms', 'slur', 'slurs', 'insult', 'insults', 'means', 'meant', 'meaning', 'comes', 'came',
  'derived', 'origin', 'considered', 'spelled', 'spelt', 'spelling', 'saying', 'say', 'affectionate', 'dictionary', 'swear',
  // Round 14 (exc7): a word weighed or classed: "is 'idiot' too harsh?", "'imbecile' was a legal category"
  'harsh', 'category', 'classification',
  // Round 15 (exc8): a word used to describe ("using 'lunatic' to describe patients is outdated")
  'describe', 'describes', 'described', 'describing', 'phrase', 'expression',
]);

/** The sentence of the word at i (at most eight words either side) talks about words. */
function talksOfWords(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = Math.max(0, i - 8); k < a.tokens.length && k <= i + 8; k++) if (a.tokens[k]!.sentence === s && WORD_TALK.has(a.tokens[k]!.key)) return true;
  return false;
}

/** Words that name or title what follows them in quotation marks: `tunes of "..."` (not "of" alone: `a bunch of "idiots"`), `named it "..."`, `a sign saying "..."`. */
const NAMING = new Set([
  'name', 'named', 'names', 'naming', 'call', 'called', 'title', 'titled', 'entitled', 'dub', 'dubbed', 'song', 'songs',
  'tune', 'tunes', 'track', 'album', 'sign', 'shirt', 'slogan', 'chant', 'chants', 'chanting', 'hashtag', 'sticker', 'saying',
  // Round 15 (exc8): `the phrase "useful idiot"`, `the villain's nickname is "the Fool"`
  'phrase', 'expression', 'nickname', 'nicknamed', 'moniker',
]);
/** A quotation mark stands right before token q. */
function opensQuote(a: Analysis, q: number): boolean {
  const t = a.tokens[q]!;
  return t.ns > 0 && QUOTE_MARKS.has(a.norm.text.charCodeAt(t.ns - 1));
}

/** How far before the quotation (in words) the naming word may stand: `name the next one "..."`. */
const NAMING_REACH = 4;

/**
 * `Dodger radio played tunes of "fuck you"`, `I'll name the next one "fuck your blob"`: a listed phrase
 * opening a quotation that is named or titled (NAMING a few words before it, in its clause, and not the
 * reader between: `I call you "idiot"`) is mentioned, not said to anyone. Said (`I say "fuck you"`, `"Fuck you"
 * is all you can say?`) it is still abuse.
 */
export function namedQuotation(a: Analysis, i: number): boolean {
  if (!a.quoted) return false;
  const tokens = a.tokens;
  const t = tokens[i]!;
  // Round 15 (exc8): the quotation may open a word or two before the listed one (`"useful idiot"`, `"the Fool"`).
  let q = i;
  while (q > 0 && q > i - 2 && !opensQuote(a, q) && tokens[q - 1]!.sentence === t.sentence && !tokens[q]!.clauseBreak) q--;
  if (!opensQuote(a, q)) return false;
  for (let k = q - 1; k >= 0 && k >= q - NAMING_REACH; k--) {
    const p = tokens[k]!;
    // "I call you "idiot"": the reader named so is called it.
    if (p.sentence !== t.sentence || (tokens[k + 1]!.clauseBreak && k + 1 < q) || isAddress(a, p) || isPossessiveAddress(p)) return false;
    if (NAMING.has(p.key)) return true;
  }
  return false;
}

/**
 * `you "genius"`, `you "educated" people`, `Thanks a lot, "genius"`: praise in scare quotes, said to the
 * reader (right after "you", or addressed after a comma and closing its clause in a comment that speaks
 * to someone), mocks them. The same word quoted of someone else (`the "smart" money`) or granted (`you
 * are a genius`) is not this.
 */
export function scareQuoted(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  if (!inQuotes(a, i)) return false;
  if (!a.hits[i]!.some((h) => h.entry.list === 'sarcastic' || h.entry.list === 'praise')) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  const goesOn = goesOnAfterQuote(a, i);
  if (isAddress(a, prev) && !prev.mention) return !goesOn || PERSON_NOUNS.has(tokens[i + 1]!.key) || a.hits[i]!.some((h) => h.entry.list === 'sarcastic');
  // The opening quotation mark breaks the clause too: a comma must stand before it.
  return !goesOn && /,\s*$/.test(a.norm.text.slice(prev.ne, t.ns - 1)) && speaksToSomeone(a);
}

/**
 * Words that may stand between a negator and the praise it denies: "not very bright", "not the sharpest";
 * "not nearly as clever", "not half as smart", "nowhere near as bright" (Round 15).
 */
const DEGREE = new Set([
  'very', 'so', 'that', 'too', 'really', 'exactly', 'particularly', 'especially', 'terribly', 'overly',
  'remotely', 'even', 'all', 'the', 'a', 'an', 'any', 'at', 'smartest', 'most', 'much', 'of', 'quite',
  'entirely', 'necessarily', 'always', 'ever', 'being', 'been', 'as', 'nearly', 'half', 'anywhere', 'near',
]);

/**
 * Praise denied to the reader: "you are not very bright", "you're not the sharpest", "You sir are not
 * intelligent", "you don't seem very smart". Index of the address, or -1. The same words granted ("you
 * are smart") or denied to someone else ("he is not very bright") are not an attack on the reader.
 */
export function deniedPraise(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const outdone = outdoneBy(a, i);
  if (outdone >= 0) return outdone;
  const lacked = nothingAbout(a, i);
  if (lacked >= 0) return lacked;
  const withdrawn = backhanded(a, i);
  if (withdrawn >= 0) return withdrawn;
  let negated = false;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) return -1;
    // "it's not like you're smart", "nobody thinks you are intelligent": the praise is denied by the
    // words before the reader, and a second denial grants it ("nobody thinks you aren't intelligent").
    if (isAddress(a, p)) return negated !== (deniedProposition(a, k) || deniedClaim(a, k)) && !questionAt(a, k) ? k : -1;
    if (NEGATORS.has(p.key)) {
      // "if you weren't so smart": contrary to fact, the praise is granted.
      if (negated || contraryToFact(a, k)) return -1;
      negated = true;
      continue;
    }
    if (!(DEGREE.has(p.key) || BE.has(p.key) || FILLERS.has(p.key) || p.key === 'sir')) return -1;
  }
  return -1;
}

/** Who praise is measured against in a backhanded compliment: "for someone who", "for a guy who". */
const MEASURED = new Set(['someone', 'somebody', 'a', 'an', 'one', 'anyone', 'anybody']);

/**
 * "you're pretty smart for someone who can't spell", "you're clever for a guy who never read a book":
 * praise given to the reader, then measured against someone who cannot or does not, takes it back.
 * Index of the address, or -1. "you're smart for asking" and "you were wise for not signing" are praise.
 */
function backhanded(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const f = tokens[i + 1];
  const who = tokens[i + 2];
  if (f === undefined || who === undefined || f.key !== 'for' || who.sentence !== t.sentence || who.clauseBreak || !MEASURED.has(who.key)) return -1;
  let lacking = false;
  for (let k = i + 3; k < tokens.length && k <= i + 7 && tokens[k]!.sentence === t.sentence; k++) {
    if (NEGATORS.has(tokens[k]!.key)) lacking = true;
  }
  if (!lacking) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) return -1;
    if (isAddress(a, p)) return deniedProposition(a, k) || questionAt(a, k) ? -1 : k;
    if (!(DEGREE.has(p.key) || BE.has(p.key) || FILLERS.has(p.key))) return -1;
  }
  return -1;
}

/** "there's nothing smart about you": the praise is denied to the reader after it. Index of the address, or -1. */
function nothingAbout(a: Analysis, i: number): number {
  const t = a.tokens[i]!;
  const about = a.tokens[i + 1];
  const you = a.tokens[i + 2];
  if (a.tokens[i - 1]?.key !== 'nothing' || about?.key !== 'about' || you === undefined || you.sentence !== t.sentence || !isAddress(a, you)) return -1;
  return i + 2;
}

/**
 * "even a child is smarter than you", "my dog is more intelligent than you": praise given to something
 * else over the reader. Index of the address, or -1. "you are smarter than you think" is praise.
 */
function outdoneBy(a: Analysis, i: number): number {
  const t = a.tokens[i]!;
  // "I've met smarter doorknobs than you": the things given the praise may stand before "than".
  const noun = a.tokens[i + 1];
  const skip = noun !== undefined && noun.key !== 'than' && noun.wordLike && !noun.capitalised && !noun.clauseBreak && noun.sentence === t.sentence && a.hits[i + 1]!.length === 0 && a.tokens[i + 2]?.key === 'than' ? 1 : 0;
  const than = a.tokens[i + 1 + skip];
  const you = a.tokens[i + 2 + skip];
  if (!than || !you || than.key !== 'than' || you.sentence !== t.sentence || !isAddress(a, you)) return -1;
  const comparative = a.hits[i]!.some((h) => h.form.endsWith('er')) || a.tokens[i - 1]?.key === 'more';
  // "smarter than you think": a comparison with what the reader expects, not with the reader.
  const after = a.tokens[i + 3 + skip];
  if (!comparative || (after !== undefined && after.sentence === t.sentence && EXPECTING.has(after.key))) return -1;
  // With the things named the reader must close the comparison: "smarter ways than you suggest" is not about them.
  if (skip && after !== undefined && after.sentence === t.sentence && !after.clauseBreak) return -1;
  for (let k = i - 1; k >= 0 && a.tokens[k]!.sentence === t.sentence; k--) {
    const p = a.tokens[k]!;
    if (isAddress(a, p) || NEGATORS.has(p.key)) return -1;
  }
  return i + 2 + skip;
}

/** Beings a reader is belittled by being outdone by: "even my dog", "a toddler", "a five year old". */
const LESSER = new Set([
  'dog', 'dogs', 'cat', 'cats', 'goldfish', 'hamster', 'parrot', 'monkey', 'monkeys', 'chimp', 'chimpanzee',
  'toddler', 'toddlers', 'child', 'children', 'kid', 'kids', 'baby', 'preschooler', 'kindergartner', 'grader',
  'potato', 'rock', 'brick', 'doorknob',
]);
const OUTDOING = new Set(['better', 'more']);
/** What may follow the reader in such a comparison: "than you do", "than you ever will", "than you lot". */
const STILL_OUTDONE = new Set(['do', 'does', 'ever', 'will', 'll', 'can', 'could', 'would', 'lot', 'guys', 'people', 'folks', 'clowns']);

/**
 * Round 15 (pa9): "and" after the reader, then anyone but the writer: "better than you and she's smarter too",
 * "than you and your friends". Not "than you and me" (the writer counts themselves in).
 */
function joinedNotWriter(a: Analysis, k: number): boolean {
  const and = a.tokens[k]!;
  const next = a.tokens[k + 1];
  return and.key === 'and' && (next === undefined || next.sentence !== and.sentence || !WITH_WRITER.has(next.key));
}

/**
 * "even my dog understands history better than you", "a five year old could do better than you", "my
 * cat knows more than you": a child, a pet or a thing outdoes the reader. Token i is "than"; index of the
 * address, or -1. Not "better than you think" (a degree), nor with the reader or a denial before it.
 */
export function outdoneByLesser(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const you = tokens[i + 1];
  const prev = tokens[i - 1];
  if (you === undefined || prev === undefined || you.sentence !== t.sentence || !isAddress(a, you)) return -1;
  // The reader must close the comparison, or an auxiliary follow: "than you (do|ever will)", not "than you
  // think" (a degree), "than you did at their age" (the reader then), "than you love yours".
  const after = tokens[i + 2];
  if (after !== undefined && after.sentence === t.sentence && !after.clauseBreak && !STILL_OUTDONE.has(after.key) && !joinedNotWriter(a, i + 2)) return -1;
  // "better than you", "a better comment than you", "more about history than you".
  let outdoing = -1;
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    if (tokens[k + 1]!.clauseBreak || tokens[k]!.sentence !== t.sentence) return -1;
    if (OUTDOING.has(tokens[k]!.key)) {
      outdoing = k;
      break;
    }
  }
  if (outdoing < 0) return -1;
  let lesser = false;
  for (let k = outdoing - 1; k >= 0 && k >= i - 12; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence || isAddress(a, p) || isPossessiveAddress(p) || NEGATORS.has(p.key)) return -1;
    if (LESSER.has(p.key) || (p.key === 'old' && tokens[k - 1]?.key === 'year')) lesser = true;
  }
  return lesser ? i + 1 : -1;
}

/** Words of a mind made to look good beside the reader's: "you make a goat look intelligent". */
const WITS = new Set(['smart', 'intelligent', 'bright', 'clever', 'wise', 'sharp', 'genius', 'educated', 'literate']);
const MAKE = new Set(['make', 'makes', 'made']);
const LOOK = new Set(['look', 'looks', 'seem', 'sound']);

/**
 * Round 16 (exc9): "you make a goat look intelligent", "u make a brick look smart": the reader (right before
 * "make") makes one thing named by a single word after "a" look clever; said of them, not of the thing (the
 * lists spell out only a few of those things). The praise word is at i; the index of the reader, or -1.
 * Not "you make a hard job look easy" (no word of wits) nor "you make complex ideas look simple".
 */
export function madeToLookClever(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  if (!WITS.has(tokens[i]!.key) || i < 5) return -1;
  const [you, make, art, thing, look] = [tokens[i - 5]!, tokens[i - 4]!, tokens[i - 3]!, tokens[i - 2]!, tokens[i - 1]!];
  if (you.sentence !== s || !SECOND_PERSON_SUBJECT.has(you.key) || !MAKE.has(make.key) || (art.key !== 'a' && art.key !== 'an') || !LOOK.has(look.key)) return -1;
  return thing.wordLike && !thing.capitalised && !tokens[i - 4]!.clauseBreak && !tokens[i - 1]!.clauseBreak ? i - 5 : -1;
}

/** "aren't you smart?": a question asks, it does not deny. */
function questionAt(a: Analysis, k: number): boolean {
  const prev = a.tokens[k - 1];
  return prev !== undefined && prev.sentence === a.tokens[k]!.sentence && NEGATORS.has(prev.key);
}

/** One step milder: an insult whose target is inferred, not stated, is held rather than rejected. */
export function milder(s: Severity): Severity {
  return s === 'high' ? 'medium' : 'low';
}

/**
 * Modals, auxiliaries, verbs of saying and thinking and adverbs that follow a subject, never a noun
 * modifier. Not "is" or "has": "Idiot is a strong word" talks about the word.
 */
const SUBJECT_VERBS = new Set([
  ...MODALS, 'does', 'did', 'doesnt', 'didnt', 'cant', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'thinks', 'says', 'knows',
  'wants', 'believes', 'needs', 'keeps', 'just', 'still', 'obviously', 'clearly', 'really', 'never', 'probably',
]);

/**
 * A bare singular insult noun that opens its sentence and is followed by a verb is its subject, used
 * as a name: "Dickhead will just copy it", "Idiot doesn't know". With a determiner ("The idiot will
 * ...", "This moron thinks") it is a description of someone, whoever they are.
 */
function namedSubject(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  if (prev !== undefined && prev.sentence === t.sentence) return false;
  const next = a.tokens[i + 1];
  if (next === undefined || next.sentence !== t.sentence || next.clauseBreak || !SUBJECT_VERBS.has(next.key)) return false;
  return isSingular(a, i);
}

/** Places that are the conversation itself: "on this site", "in this thread". */
const FORUM = new Set(['site', 'board', 'forum', 'thread', 'blog', 'page', 'website', 'comments', 'section']);
/** What a participant writes here: "this clown's comments". */
const WRITINGS = new Set(['post', 'posts', 'comment', 'comments', 'reply', 'replies', 'postings', 'rants']);
/** Words that may stand between a person and where they post: "idiots posting on here", "people who comment here". */
const POSTING = new Set(['posting', 'commenting', 'who', 'that', 'post', 'comment', 'are', 'is', 'here', 'in', 'on', 'this', 'these', 'today', 'now', 'all', 'around']);

/** What is written in a thread, and judged as a whole: "the dumbest comment", "the most ignorant thing". */
const READ_THINGS = new Set(['comment', 'comments', 'post', 'posts', 'reply', 'replies', 'remark', 'remarks', 'statement', 'response', 'thing', 'argument', 'tweet']);
/** Verbs of having read or heard it: "the dumbest thing I have ever read". */
const READ = new Set(['read', 'seen', 'saw', 'heard', 'encountered']);
/** Verbs of writing it: "the dumbest comment I ever made" is the writer's own. */
const WROTE = new Set(['made', 'wrote', 'written', 'posted', 'said', 'make', 'write', 'post', 'say']);
/** Words of the frame that names a comment read: "that has to be", "it's easily", "wow, this is by far". */
const NAMING_FRAME = new Set(['that', 'thats', 'it', 'its', 'has', 'to', 'easily', 'probably', 'possibly', 'by', 'far', 'wow', 'lol', 'well', 'ok', 'okay', 'oh', 'now', 'gotta', 'hands', 'down']);
/** How far (in words) after the noun the verb of reading may come: "the dumbest comment I have ever read". */
const READ_REACH = 5;

/**
 * "That has to be the dumbest comment I have ever read", "the most idiotic reply I've seen on here",
 * "Stupidest post ever.": an insulting superlative for a comment the writer has read, in a sentence about
 * no one else, judges the comment answered, i.e. the reader's. Index of the verb of reading (or "ever"),
 * or -1. Not a thing ("the dumbest law I have ever seen"), the writer's own ("the dumbest comment I ever
 * made") or someone else's ("he made the dumbest comment", "the senator's dumbest remark").
 */
function worstReadHere(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const noun = tokens[i + 1];
  if (noun === undefined || noun.sentence !== t.sentence || noun.clauseBreak || !READ_THINGS.has(noun.key)) return -1;
  const superlative = tokens[i - 1]?.key === 'most' || a.hits[i]!.some((h) => h.entry.list === 'insultAdj' && h.form.endsWith('est') && !h.entry.term.endsWith('est'));
  if (!superlative) return -1;
  // The noun phrase opens with "the", "this" or "that", or opens its sentence ("Stupidest post ever").
  let k = tokens[i - 1]?.key === 'most' ? i - 2 : i - 1;
  const det = tokens[k];
  if (det !== undefined && det.sentence === t.sentence && !DEFINITE.has(det.key)) return -1;
  // Before it only "that is", "this has to be", "easily": the comment is named, not someone's act.
  for (k--; k >= 0 && tokens[k]!.sentence === t.sentence; k--) if (!(BE.has(tokens[k]!.key) || FILLERS.has(tokens[k]!.key) || NAMING_FRAME.has(tokens[k]!.key))) return -1;
  for (let j = i + 2; j < tokens.length && j <= i + 1 + READ_REACH; j++) {
    const w = tokens[j]!;
    if (w.sentence !== t.sentence) return -1;
    if (READ.has(w.key)) return j;
    if (WROTE.has(w.key) || OTHERS.has(w.key)) return -1;
    if (w.key === 'ever' && (j + 1 >= tokens.length || tokens[j + 1]!.sentence !== t.sentence)) return j;
  }
  return -1;
}

/**
 * "the idiots posting on here", "so many morons on this site", "the stupid people in this thread": an
 * insult for people placed in the conversation itself ("on here", "on this site") is aimed at the
 * participants. Index of the place word, or -1. The insult must name people: a noun, or an adjective
 * before a noun for a person ("stupid comments on this site" judge comments).
 */
function onThisForum(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  // "Report this clown's comments", "ignore that idiot's comments": whoever writes posts here is a participant.
  const owned = tokens[i + 1];
  if (owned !== undefined && owned.sentence === t.sentence && !owned.clauseBreak && WRITINGS.has(owned.key) && /['’]s$/.test(t.raw) && a.hits[i]!.some((h) => h.entry.list === 'insultNoun')) return i + 1;
  // "I was a fool on this forum", "there are no idiots on here".
  const before = nearestReferentBefore(a, i, 7);
  // "I was called an idiot on here": a name someone else gave (Round 13).
  if ((before.referent === 'first' && selfDescribed(a, before.at, i)) || before.referent === 'reported' || negatedBetween(a, i - 3, i)) return -1;
  let k = i + 1;
  const noun = a.hits[i]!.some((h) => h.entry.list === 'insultNoun' || h.entry.list === 'slur');
  if (!noun) {
    if (k >= tokens.length || !PERSON_NOUNS.has(tokens[k]!.key) || tokens[k]!.sentence !== t.sentence) return -1;
    k++;
  }
  for (let j = k; j < tokens.length && j <= k + 3; j++) {
    const w = tokens[j]!;
    if (w.sentence !== t.sentence || w.clauseBreak) return -1;
    const prev = tokens[j - 1]!.key;
    if (w.key === 'here' && (prev === 'on' || prev === 'in' || prev === 'posting' || prev === 'commenting')) return j;
    if (FORUM.has(w.key) && prev === 'this') return j;
    if (!POSTING.has(w.key)) return -1;
  }
  return -1;
}

/** Words that place a commenter in the thread: "the idiot above", "the poster below me", "upthread". */
const THREAD_PLACES = new Set(['above', 'below', 'upthread']);
/** What may follow such a word when it places someone: the end of the clause, "me", "you", a verb. */
const NOT_PLACING = new Set(['the', 'a', 'an', 'all', 'average', 'par', 'that', 'this', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'it', 'them', 'him', 'everyone', 'everybody', 'and', 'or', 'water', 'ground', 'board', 'suspicion', 'reproach', 'criticism', 'politics', 'us']);
/** Nouns for a commenter of the thread: "the poster above", "the original poster", "this commenter". */
const COMMENTERS = new Set(['poster', 'commenter', 'commentor', 'commentator']);
/** Verbs of posting in the thread: "the fool who posted before me", "the idiot who started this thread". */
const POSTED = new Set(['posted', 'commented', 'replied', 'responded', 'wrote', 'started', 'made']);
/** What is posted in the thread: "who wrote this comment", "who started this thread". */
const POSTED_THINGS = new Set(['comment', 'post', 'reply', 'thread', 'response']);
/** How many posts up: "the clown two posts up". */
const POSTS_UP = new Set(['post', 'posts', 'comment', 'comments', 'replies']);

/** Token k places a commenter in the thread (see placedInThread). */
function threadCue(a: Analysis, k: number): boolean {
  const tokens = a.tokens;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const ends = next === undefined || next.sentence !== t.sentence || next.clauseBreak;
  if (THREAD_PLACES.has(t.key)) return ends || !NOT_PLACING.has(next.key);
  if (COMMENTERS.has(t.key)) return true;
  // "the original poster".
  if (t.key === 'original' && next !== undefined && next.sentence === t.sentence && next.key === 'poster') return true;
  // "the clown two posts up".
  if (t.key === 'up' && k > 0 && POSTS_UP.has(tokens[k - 1]!.key) && tokens[k - 1]!.sentence === t.sentence) return true;
  // "the moron that posted before me".
  if (t.key === 'before' && k > 0 && POSTED.has(tokens[k - 1]!.key) && next !== undefined && next.sentence === t.sentence && (next.key === 'me' || next.key === 'mine')) return true;
  // "whoever wrote this comment", "the idiot who started this thread": a verb of posting, then what was posted.
  if (POSTED_THINGS.has(t.key) && k >= 2 && DEFINITE.has(tokens[k - 1]!.key) && POSTED.has(tokens[k - 2]!.key) && tokens[k - 2]!.sentence === t.sentence) return true;
  return false;
}

/** Verbs of feeding: "don't feed the troll", "stop feeding the trolls". */
const FEED = new Set(['feed', 'feeding', 'feeds', 'fed']);
/** Words that may stand between a feeding verb and the troll: "the", "this", "that", "these", "our". */
const FED_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'a', 'any']);

/** Determiners of the one troll a thread knows: "the troll is back", "this troll", "obvious troll", "our resident troll". */
const TROLL_DETERMINERS = new Set(['the', 'this', 'obvious', 'resident']);
/** Words after the troll of a thread: "the troll is back", "this troll again", "obvious troll strikes again". */
const TROLL_ACTS = new Set(['back', 'again', 'strikes', 'returns', 'returned', 'has', 'had', 'is', 'was', 'keeps', 'wants']);

/**
 * The troll at i ends its sentence ("ignore the troll.") or is the subject of "be", a verb of saying or
 * thinking, or of coming back ("the troll's back", "the troll strikes again"). Not a compound ("the troll
 * statue", "the troll accounts"), a dwelling ("the troll lives under the bridge") or a clause set apart
 * ("The troll, go figure, got banned").
 */
function trollActs(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (next === undefined || next.sentence !== t.sentence) return true;
  if (/['’]s$/.test(t.raw)) return !next.clauseBreak && (next.key === 'back' || next.key === 'again' || next.key === 'here');
  return !next.clauseBreak && (TROLL_ACTS.has(next.key) || SUBJECT_VERBS.has(next.key));
}

/**
 * "Don't feed the troll", "stop feeding the trolls", "the troll is back", "obvious troll is obvious": in a
 * comment thread a troll fed, or the one troll the thread knows, is a participant of it, though named in the
 * third person (Round 13). Index of the feeding verb or the determiner, or -1. Not "all the trolls" (a kind of
 * people) nor the creature of a tale ("the troll under the bridge"), nor the writer ("maybe I'm the troll here").
 */
function trollHere(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  if (t.key !== 'troll' && t.key !== 'trolls') return -1;
  // "Maybe I'm the troll here": the writer.
  if (!a.hits[i]!.some((h) => h.entry.list === 'insultNoun') || writerIs(a, i)) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence || tokens[k + 1]!.clauseBreak) break;
    if (FEED.has(p.key)) return k;
    // "the troll is back", "the troll's back", "obvious troll": the one troll the thread knows (trollActs).
    if (k === i - 1 && (t.key === 'troll' || /['’]s$/.test(t.raw)) && TROLL_DETERMINERS.has(p.key) && trollActs(a, i)) return k;
    if (!(FED_DETERMINERS.has(p.key) || FILLERS.has(p.key) || isInsultToken(a, k))) break;
  }
  return -1;
}

/** Words that may stand between the subject and a predicate insult: "is a complete", "is clearly an". */
const PREDICATE_FRAME = new Set(['a', 'an', 'such']);

/**
 * "The idiot above thinks vaccines cause autism", "the clown two posts up", "the fool who posted before me",
 * "the guy above is a complete moron", "the idiot who started this thread", "the poster is a troll":
 * an insult noun whose noun phrase places someone in the thread (or a predicate insult whose subject does)
 * names a participant of the conversation (Round 13). Index of the word that places them, or -1. Only a strong
 * word: a mild one said of a third party is no finding either way. Bounded: five words after the noun, six
 * back to "be" and six before it.
 */
function placedInThread(a: Analysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const hits = a.hits[i]!;
  // (Not under a condition, "whoever" among them: there the personal-attack check drops an inferred target.)
  if (!hits.some((h) => isIndirectInsult(h.entry.list) && h.entry.severity !== 'low') || hypothetical(a, i)) return -1;
  // The insult's own noun phrase: "the idiot above", "the stupid guy above me", "the idiot who started this thread".
  let from = i + 1;
  const noun = hits.some((h) => h.entry.list === 'insultNoun' || h.entry.list === 'slur');
  if (!noun && PERSON_NOUNS.has(tokens[from]?.key ?? '') && tokens[from]!.sentence === t.sentence) from++;
  if (noun || from > i + 1) {
    for (let k = from; k < tokens.length && k <= from + 4; k++) {
      const w = tokens[k]!;
      if (w.sentence !== t.sentence || w.clauseBreak) break;
      // Round 15 (exc8): "you are not a moron and the commenter above should apologise": another noun phrase
      // joined on is placed, not the insult's.
      if ((w.key === 'and' || w.key === 'or') && DEFINITE.has(tokens[k + 1]?.key ?? '')) break;
      // "a liberal troll commenter" is a kind of commenter, not one placed in the thread.
      if (threadCue(a, k) && !COMMENTERS.has(w.key)) return k;
    }
  }
  // A predicate: "the guy above is a moron", "poster above = idiot" is read as a vocative elsewhere.
  let k = i - 1;
  while (k >= 0 && k >= i - 6 && tokens[k]!.sentence === t.sentence && !tokens[k + 1]!.clauseBreak && (PREDICATE_FRAME.has(tokens[k]!.key) || (FILLERS.has(tokens[k]!.key) && !BE.has(tokens[k]!.key)) || isInsultToken(a, k) || (tokens[k]!.key.endsWith('ly') && a.hits[k]!.length === 0))) k--;
  if (k < 1 || tokens[k]!.sentence !== t.sentence || tokens[k + 1]!.clauseBreak || !(tokens[k]!.key === 'is' || tokens[k]!.key === 'was')) return -1;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const w = tokens[j]!;
    if (w.sentence !== t.sentence || tokens[j + 1]!.clauseBreak) break;
    if (threadCue(a, j)) return j;
  }
  return -1;
}

/** Emoji that name a person: a clown, a pile of poo ("she is a 🤡", "you are 💩"). */
const CALLING_EMOJI = /\u{1F921}|\u{1F4A9}/gu;
/** What stands before such an emoji when it is said of someone: a subject, "be", and a few words of degree. */
const CALLED_BEFORE = /(?:^|[^\p{L}'’])(\p{L}+)\s+(?:is|are|was|were|r)\s+(?:(?:a|an|such|total|complete|absolute|real|big|biggest|just|so|the|only|one|ultimate)\s+){0,3}$|(?:^|[^\p{L}'’])(you['’]?re|ur|he['’]?s|she['’]?s|they['’]?re)\s+(?:(?:a|an|such|total|complete|absolute|real|big|biggest|just|so|the|only|one|ultimate)\s+){0,3}$/iu;
/** A reply that is nothing but mentions and emoji (and signs): "@USER 🤡🤡". */
const ONLY_MENTIONS_AND_SIGNS = /^(?:\s*@\w+)+(?:[\s\p{P}\p{S}\p{M}]|\u200d|\ufe0f)*$/u;

/**
 * A clown or poo emoji said of someone ("she is a 🤡", "you are 💩", "@USER 🤡🤡"): where it stands,
 * and whether it is said of the reader. Not said of a thing ("this is 💩", "the circus 🤡"): only after a
 * person as the subject of "be", or as the whole of a reply. ASCII text cannot hold one.
 */
export function emojiCalls(a: Analysis): { start: number; end: number; reader: boolean }[] {
  if (a.norm.identity || (a.original.indexOf('\u{1F921}') < 0 && a.original.indexOf('\u{1F4A9}') < 0)) return [];
  const found: { start: number; end: number; reader: boolean }[] = [];
  CALLING_EMOJI.lastIndex = 0;
  if (ONLY_MENTIONS_AND_SIGNS.test(a.original)) {
    const m = CALLING_EMOJI.exec(a.original);
    CALLING_EMOJI.lastIndex = 0;
    if (m) found.push({ start: m.index, end: m.index + m[0].length, reader: true });
    return found;
  }
  for (let m = CALLING_EMOJI.exec(a.original); m !== null && found.length < 3; m = CALLING_EMOJI.exec(a.original)) {
    const before = CALLED_BEFORE.exec(a.original.slice(Math.max(0, m.index - 48), m.index));
    if (!before) continue;
    const subject = (before[1] ?? before[2] ?? '').toLowerCase().replace(/['’]/g, '');
    if (NOT_PERSONS.has(subject) || THINGS.has(subject)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, reader: SECOND_PERSON.has(subject) });
  }
  CALLING_EMOJI.lastIndex = 0;
  return found;
}
/** Words before "is" that are no person (with THINGS): "This is 💩", "it is 💩", "the food was 💩". */
const NOT_PERSONS = new Set([
  'this', 'that', 'it', 'there', 'what', 'which', 'here', 'everything', 'nothing', 'something', 'life', 'twitter', 'food',
  'service', 'game', 'coffee', 'pizza', 'circus', 'show', 'emoji', 'weather', 'traffic', 'internet',
]);
