import { isName, type Analysis } from '../analyse';
import { ANIMAL_TERMS, BE, DEGREE_OF_LIKENESS, FILLERS, amongAnimals, PERSON_NOUNS, THINGS, inIdiom, isAddress, isPossessiveAddress, namesSubject, phraseSubject, quotedSpeech, referentOf, THIRD_SINGULAR_BE } from '../grammar';
import { closesClause, disownedClaim, emojiCalls, insultEntry, insultTarget, saidOfReadersRelation, speaksToSomeone, stressedDirect } from '../address';
import { originalSpan } from '../normalise';
import { FindingList, type Finding } from '../types';
import { SHORT_COMMENT, TAUNTS } from './personalAttack';
import { afterOfHead, animalItself, kindInGeneral } from './identityAttack';

/**
 * Policy clause "inappropriate_material": name-calling that is not aimed at a participant ("the
 * minister is a moron", "what idiots") is not a personal attack, but strong insults are still held
 * for a moderator. Milder words ("silly", "naive") and reported or negated insults pass.
 */
export function incivility(a: Analysis): Finding[] {
  const findings = new FindingList();
  let addressed: boolean | undefined;
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    const entry = insultEntry(a, i, false);
    // Words like "dick" or "tool" insult only when said straight at someone.
    if (!entry || (entry.list === 'insultDirect' && (entry.severity === 'low' || !(stressedDirect(a, i) || saidOfReadersRelation(a, i)))) || literalAnimal(a, i) || unawareOf(a, i) || supposedBelief(a, i) || contentClause(a, i)) continue;
    if (ANIMAL_TERMS.has(entry.term) && (amongAnimals(a, i) || kindInGeneral(a, i))) continue;
    // "Liberals are nuts", "these people are evil": even a mild word said of a whole group is held,
    // and so is one said of a person ("she is corrupt", "a lying woman").
    const group = entry.severity === 'low' || entry.list === 'insultAdj' ? groupSubject(a, i) : false;
    const person = entry.severity === 'low' && !group && saidOfPerson(a, i);
    if (entry.severity === 'low' && !group && !person) continue;
    if (saidOfThing(a, i, entry.list) || amazed(a, i) || disownedOfOther(a, i) || saidOfPet(a, i) || offenderAtLaw(a, i)) continue;
    if (entry.list === 'insultAdj' && exclaimedAfter(a, i) && !(addressed ??= speaksToSomeone(a))) continue;
    const target = insultTarget(a, i);
    if (target.pattern === 'unattributed') {
      addressed ??= speaksToSomeone(a);
      // Aimed at the person spoken to: the personal-attack check reports it.
      if (addressed && entry.severity === 'high' && a.tokens.length <= SHORT_COMMENT) continue;
    } else if (target.pattern !== 'elsewhere') continue;
    findings.add({
      rule: group ? 'group-name-calling' : 'name-calling',
      category: 'incivility',
      severity: (group || person) && entry.severity === 'low' ? 'medium' : entry.severity,
      ...originalSpan(a.norm, a.tokens[i]!.ns, a.tokens[i]!.ne),
      explanation: `"${entry.term}" is name-calling`,
    });
  }
  // Abuse said of someone else ("he can go to hell", "they should shut up"): held, like name-calling.
  for (let i = 0; i < a.tokens.length && findings.wants('medium'); i++) {
    for (const { entry: phrase, last } of a.phrases[i]!) {
      if (phrase.list !== 'insult' || TAUNTS.has(phrase.phrase) || inIdiom(a, i, last) || quotedSpeech(a, i)) continue;
      // "shame on them" names its target; any other phrase is abuse of others only when its subject is.
      if (!phrase.aboutOthers && (phrase.phrase.startsWith('{') || phrase.namesReader || phraseSubject(a, i) !== 'other')) continue;
      // "the update is dumber than a box of rocks", "this app is about as useful as a chocolate teapot": a thing compared.
      if (!phrase.aboutOthers && thingCompared(a, i)) continue;
      findings.add({
        rule: 'abuse-of-others',
        category: 'incivility',
        severity: 'medium',
        ...originalSpan(a.norm, a.tokens[i]!.ns, a.tokens[last]!.ne),
        explanation: `"${phrase.phrase}" is abuse of someone outside the conversation`,
      });
    }
  }
  // "Ezra is a cockroach", "he is vermin": the strongest dehumanising words said of one person.
  for (let i = 0; i < a.tokens.length && findings.wants('medium'); i++) {
    if (!vermin(a, i)) continue;
    const t = a.tokens[i]!;
    findings.add({ rule: 'name-calling', category: 'incivility', severity: 'medium', ...originalSpan(a.norm, t.ns, t.ne), explanation: `"${t.key}" is name-calling` });
  }
  // "she is a 🤡": an emoji that names someone else.
  if (findings.wants('medium')) {
    for (const call of emojiCalls(a)) {
      if (call.reader) continue;
      findings.add({ rule: 'emoji-name-calling', category: 'incivility', severity: 'medium', start: call.start, end: call.end, explanation: 'a clown or poo emoji said of someone' });
    }
  }
  return findings.items;
}

/**
 * The strongest dehumanising words ("vermin", "cockroach", "subhuman") said of one person ("Ezra is a cockroach",
 * "he is vermin"): name-calling, held. Said of a people they are the identity-attack check's; of no person
 * ("a cockroach in the kitchen") nothing (Round 16, olidr).
 */
function vermin(a: Analysis, i: number): boolean {
  if (!a.hits[i]!.some((h) => h.entry.list === 'dehumanising' && h.entry.severity === 'high')) return false;
  const next = a.tokens[i + 1];
  // The noun ends its phrase ("he is vermin who ...", "a cockroach and a liar"), not "a vermin exterminator", "vermin-free".
  const ends = !next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || AFTER_NOUN.has(next.key);
  return ends && saidOfPerson(a, i) && !groupSubject(a, i) && !quotedSpeech(a, i) && !disownedOfOther(a, i);
}
/** Words that may follow a noun that ends its phrase: a relative, a conjunction, a preposition. */
const AFTER_NOUN = new Set(['who', 'that', 'which', 'and', 'but', 'or', 'in', 'on', 'of', 'at', 'with', 'like', 'if', 'because', 'cause', 'from', 'for', 'to', 'than', 'too']);

/** Animals kept or watched, named as the subject: "our spaniel", "the cat", "pigeons". */
const PETS = new Set([
  'dog', 'dogs', 'puppy', 'pup', 'spaniel', 'labrador', 'lab', 'terrier', 'collie', 'poodle', 'cat', 'cats', 'kitten',
  'horse', 'pony', 'goose', 'geese', 'rooster', 'cockerel', 'pigeon', 'pigeons', 'seagull', 'seagulls', 'gull', 'gulls',
  'parrot', 'budgie', 'tortoise', 'hamster', 'squirrel', 'squirrels', 'magpie', 'magpies', 'crow', 'crows', 'fox', 'foxes',
  'duck', 'ducks', 'swan', 'swans', 'rabbit', 'bunny', 'ferret', 'gerbil', 'chicken', 'chickens', 'hen', 'llama', 'alpaca',
]);
/** Words that take the insult away from the animal: "my dog is smarter than that idiot", "the cat is like his owner". */
const NOT_PET_PREDICATE = new Set(['than', 'as', 'like', 'that', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'your', 'my', 'our', 'to', 'of', 'for', 'and', 'but', 'or', 'who', 'whose']);
const PET_OWNERS = new Set(['the', 'our', 'my', 'that', 'this', 'his', 'her', 'their', 'a', 'these', 'those', 'neighbours', 'neighbour', 'old', 'little']);

/** Insult nouns that are also the name of an offender in law and in the news ("the rapist was jailed"). */
const OFFENDERS = new Set(['rapist', 'rapists', 'paedophile', 'paedophiles', 'pedophile', 'pedophiles', 'stalker', 'stalkers']);
/** Words of the law before an offender ("a convicted rapist", "the alleged stalker"). */
const AT_LAW = new Set(['convicted', 'alleged', 'accused', 'suspected', 'jailed', 'registered', 'sentenced', 'imprisoned', 'released']);
/** Words of the law and its penalties after an offender who is the subject ("rapists must face life sentences"). */
const LAW_AFTER = new Set([
  'jailed', 'convicted', 'sentenced', 'sentence', 'sentences', 'prosecuted', 'charged', 'arrested', 'tried', 'trial', 'court', 'prison', 'jail',
  'imprisoned', 'imprisonment', 'custody', 'parole', 'bail', 'acquitted', 'guilty', 'law', 'justice', 'register',
]);
/** How far (in words) the law may follow an offender who is the subject. */
const LAW_REACH = 8;

/**
 * Round 16 (allow22): "a convicted rapist", "the rapist was jailed for ten years", "Rapists must face life
 * sentences": an offender named by the law (a word of the law right before), or the subject of a clause about
 * the law and its penalties (no "be" before it; a word of LAW_AFTER within LAW_REACH words). Not "Trump is a
 * rapist" nor "rapists, the lot of you".
 */
function offenderAtLaw(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!OFFENDERS.has(t.key)) return false;
  const prev = a.tokens[i - 1];
  if (prev !== undefined && prev.sentence === t.sentence && !t.clauseBreak && AT_LAW.has(prev.key)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3 && a.tokens[k]!.sentence === t.sentence; k--) if (BE.has(a.tokens[k]!.key) || isAddress(a, a.tokens[k]!)) return false;
  for (let k = i + 1; k < a.tokens.length && k <= i + LAW_REACH; k++) {
    const n = a.tokens[k]!;
    if (n.sentence !== t.sentence || n.clauseBreak) return false;
    if (LAW_AFTER.has(n.key)) return true;
  }
  return false;
}

/**
 * "Our spaniel is a complete idiot", "the cat is a little psycho at 3am", "pigeons are dumb birds": an animal as the
 * subject, then "be" and the word (fillers between) within five words; the animal is what is called names (Round 15,
 * allow19). Not "my dog is smarter than you, idiot": the reader named within twelve words after keeps it.
 */
function saidOfPet(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  let sawBe = false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== s || a.tokens[k + 1]!.clauseBreak) return false;
    if (BE.has(p.key) || (!sawBe && p.key === 'always')) {
      sawBe = true;
      continue;
    }
    if (!sawBe) {
      if (FILLERS.has(p.key) || a.hits[k]!.length > 0 || (/^[a-z]+$/.test(p.key) && !NOT_PET_PREDICATE.has(p.key))) continue;
      return false;
    }
    if (!PETS.has(p.key)) return false;
    const owner = a.tokens[k - 1];
    const opens = owner === undefined || owner.sentence !== s || a.tokens[k]!.clauseBreak;
    if (!opens && !PET_OWNERS.has(owner.key) && !owner.key.endsWith('s')) return false;
    for (let m = i + 1; m < a.tokens.length && m <= i + 12 && a.tokens[m]!.sentence === s; m++) if (referentOf(a, a.tokens[m]!) === 'second') return false;
    return true;
  }
  return false;
}

/** Third persons as the subject of a claim: "she's", "he is", "they are". */
const THIRD_SUBJECTS = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre']);
const THIRD_PERSON_BE = new Set(['is', 'are', 'was']);

/**
 * "I'm not saying she's stupid, I'm saying the plan is", "nobody thinks he is a fool": the insult is said of a third
 * person in a claim the writer denies or reports (the check the reader's own side uses, `disownedClaim`), with the
 * subject at most four words before it in its clause (Round 15).
 */
function disownedOfOther(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== s || a.tokens[k + 1]!.clauseBreak) return false;
    if (!THIRD_SUBJECTS.has(p.key)) continue;
    // The insult is the predicate ("she's stupid", "he is a complete idiot"), not an object ("they want their idiot back").
    let m = k + 1;
    if (!p.key.endsWith('s') && !p.key.endsWith('re')) {
      if (!BE.has(a.tokens[m]!.key)) return false;
      m++;
    }
    for (; m < i; m++) if (!FILLERS.has(a.tokens[m]!.key)) return false;
    return disownedClaim(a, k) && !takenBackOfOther(a, i);
  }
  return false;
}

/** "I'm not saying he's an idiot, but he is": "but" and a third person within three words after i take it back. */
function takenBackOfOther(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length && k <= i + 3 && a.tokens[k]!.sentence === s; k++) {
    if (a.tokens[k]!.key === 'but') return THIRD_SUBJECTS.has(a.tokens[k + 1]?.key ?? '') || THIRD_PERSON_BE.has(a.tokens[k + 1]?.key ?? '');
  }
  return false;
}

/** Words before "be" in a thing's predicate: "may be", "has been", "will be". */
const BEFORE_BE = new Set(['may', 'might', 'has', 'have', 'had', 'will', 'would', 'could', 'must']);

const BELIEVE = new Set(['think', 'believe', 'feel', 'consider', 'find', 'thought', 'believed', 'felt', 'considered', 'found']);
const SUPPOSING = new Set(['if', 'whether']);

/**
 * "even if you think he's a fool, ...", "if you believe the mayor is incompetent, vote": a belief supposed,
 * not held by the writer. Scans back at most 8 words in the sentence for "if (you|someone) think".
 */
function supposedBelief(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i - 1; k >= 2 && k >= i - 8; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== s) return false;
    if (!BELIEVE.has(p.key)) continue;
    const who = a.tokens[k - 1]!;
    const cond = a.tokens[k - 2]!;
    return who.sentence === s && cond.sentence === s && SUPPOSING.has(cond.key) && (who.key === 'you' || who.key === 'u' || who.key === 'someone' || who.key === 'anyone' || who.key === 'people');
  }
  return false;
}

/** Nouns whose "that" clause is a claim held up to be judged: "the myth that immigrants are lazy". */
const CLAIM_NOUNS = new Set(['idea', 'argument', 'claim', 'myth', 'notion', 'belief', 'stereotype', 'assumption', 'narrative']);

/**
 * "The argument that poor people are lazy is lazy thinking", "the myth that immigrants are lazy": the word is
 * inside the claim named, not the writer's own. Scans back at most 8 words in the sentence for "<claim> that".
 */
function contentClause(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i - 1; k >= 1 && k >= i - 8; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== s) return false;
    if (p.key === 'that' && CLAIM_NOUNS.has(a.tokens[k - 1]!.key) && a.tokens[k - 1]!.sentence === s) return true;
  }
  return false;
}

/**
 * Adjectives that mean "unaware" or "unable" when "of" follows: "ignorant of the rules", "incapable of
 * telling the truth" (Round 14; "unfit for office" was tried and did worse on OLID).
 */
const UNAWARE = new Set(['ignorant', 'incapable']);

/**
 * "ignorant of the new rules", "he was ignorant of the risks", "he is incapable of governing": not knowing
 * something, or not able to do it, said of someone outside the conversation, is no name for them ("an
 * ignorant man", "they are ignorant", "he is incapable" still are).
 */
function unawareOf(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (next === undefined || next.key !== 'of' || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !UNAWARE.has(a.tokens[i]!.key)) return false;
  // "the ignorant of this world" are people named by the word.
  return a.tokens[i - 1]?.key !== 'the';
}

const GROUP_SUBJECTS = new Set(['they', 'these', 'those', 'theyre']);

/** Is the word at i said of a group: "<group> are (so) X", "they're X"? */
function groupSubject(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  let sawBe = false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    if (BE.has(p.key) || p.key === 'theyre') sawBe = true;
    // "the treatment of refugees is cruel": the group belongs to the noun before "of" (afterOfHead).
    if (sawBe && (GROUP_SUBJECTS.has(p.key) || a.hits[k]!.some((h) => h.entry.list === 'group'))) return !ofHeaded(a, k);
    if (!(BE.has(p.key) || FILLERS.has(p.key) || p.key === 'really' || p.key === 'all')) return false;
  }
  return false;
}

/** The group at k follows "of" (perhaps "of the", "of these") after a noun that heads the subject. */
function ofHeaded(a: Analysis, k: number): boolean {
  let j = k - 1;
  if (j > 0 && OF_DETERMINERS.has(a.tokens[j]!.key)) j--;
  return j > 0 && a.tokens[j]!.key === 'of' && afterOfHead(a, j);
}

const PERSON_SUBJECTS = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre', 'who']);

/** "she is corrupt", "he's so boring", "a lying woman", "corrupt politicians". */
function saidOfPerson(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (next && next.sentence === t.sentence && (PERSON_NOUNS.has(next.key) || a.hits[i + 1]!.some((h) => h.entry.list === 'group'))) return true;
  let sawBe = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    if (p.key === 'hes' || p.key === 'shes' || p.key === 'theyre') return true;
    if (BE.has(p.key)) sawBe = true;
    else if (sawBe && (PERSON_SUBJECTS.has(p.key) || namesSubject(a, k))) return true;
    else if (!FILLERS.has(p.key) && !(!sawBe && degree(a, k))) return false;
  }
  return false;
}

/**
 * Words of degree between "be" and the judgement ("she is mad annoying", "hella rude", "sooo rude",
 * "incredibly annoying"). Not the "as" of a comparison ("he is as crooked as they come"): tried, and worse
 * on OLID's unread half.
 */
const DEGREE = new Set([
  'mad', 'hella', 'super', 'wicked', 'way', 'extra', 'insanely', 'incredibly', 'extremely', 'amazingly', 'unbelievably',
  'ridiculously', 'terribly', 'awfully', 'genuinely',
]);

/** Token k (before the judgement, after "be") is a word of degree. */
function degree(a: Analysis, k: number): boolean {
  const p = a.tokens[k]!;
  return a.hits[k]!.length === 0 && (DEGREE.has(p.key) || DEGREE.has(p.squeezed));
}

/** Where something is: "the sheep in the comments", "the bridge in Gyumri". */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'under', 'near', 'around', 'inside', 'outside', 'behind']);
/** What a thing goes through or along ("the traffic through Essex"): where it is, for a thing only. */
const ROUTE_PREPOSITIONS = new Set(['through', 'across', 'along']);

/** Round 16 (mix7): deeds judged where they were done ("the army's actions in Syria are criminal"). */
const DEEDS = new Set(['action', 'actions', 'conduct', 'behaviour', 'behavior', 'operations', 'occupation', 'invasion', 'war']);

/**
 * Token k is the preposition before a place's name, and a thing stands before it: "the bridge in Gyumri",
 * "the traffic on the A12", "traffic on the A12 through Essex" (up to three places, each maybe after "the").
 * The thing's index, or -1.
 */
function placedThing(a: Analysis, k: number, sentence: number): number {
  for (let hops = 0; hops < 3; hops++) {
    const p = a.tokens[k];
    if (p === undefined || p.sentence !== sentence || !(PLACE_PREPOSITIONS.has(p.key) || ROUTE_PREPOSITIONS.has(p.key)) || k === 0) return -1;
    let m = k - 1;
    const before = a.tokens[m]!;
    if (before.sentence !== sentence) return -1;
    if (THINGS.has(before.key) || DEEDS.has(before.key)) return m;
    // Another place before this one ("on the A12 through Essex"): its name, maybe "the", then its preposition.
    if (!before.capitalised || !before.wordLike || before.mention || a.hits[m]!.length > 0) return -1;
    m--;
    if (a.tokens[m]?.key === 'the') m--;
    k = m;
  }
  return -1;
}

/** Places that hold people, not animals: "the sheep in the comments", "rats in parliament". */
const PEOPLE_PLACES = new Set([
  'comments', 'comment', 'thread', 'threads', 'forum', 'chat', 'parliament', 'congress', 'senate', 'ministry',
  'ministries', 'office', 'offices', 'cabinet', 'army', 'police', 'courts', 'court', 'church', 'press', 'newsroom',
]);
const PLACE_DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'this', 'that', 'old', 'new', 'local', 'city']);

/**
 * "the rats in the subway", "pigs on the farm": an animal word placed somewhere is the animal. Not when
 * the place holds people ("the rats in Congress", "the pigs in the government").
 */
function literalAnimal(a: Analysis, i: number): boolean {
  const creature = a.hits[i]!.some((h) => h.entry.list === 'insultNoun' && CREATURES.has(h.entry.term));
  if (!creature && !a.hits[i]!.some((h) => h.entry.list === 'dehumanising')) return false;
  if (!creature && animalItself(a, i)) return true;
  // "Clowns scare my kids", "Donkeys are used for farm work": the creatures spoken of in general.
  if (creature && kindInGeneral(a, i)) return true;
  // "the circus clown", "a grass snake", "a male donkey": a kind of the creature itself.
  const kind = a.tokens[i - 1];
  if (creature && kind !== undefined && kind.sentence === a.tokens[i]!.sentence && !a.tokens[i]!.clauseBreak && KINDS.has(kind.key)) return true;
  let at = a.tokens[i + 1];
  let from = i + 1;
  // "a weasel was spotted near the coop": a creature seen or found somewhere, through a passive.
  const seen = a.tokens[i + 2]?.key ?? '';
  if (creature && at !== undefined && BE.has(at.key) && (seen.endsWith('ed') || SEEN.has(seen))) {
    from = i + 3;
    at = a.tokens[from];
  } else if (creature && at !== undefined && DWELLS.has(at.key) && at.sentence === a.tokens[i]!.sentence) {
    // "the troll lives under the bridge", "a snake lurks in the pond": where the creature dwells.
    from = i + 2;
    at = a.tokens[from];
  }
  if (!at || at.sentence !== a.tokens[i]!.sentence || !PLACE_PREPOSITIONS.has(at.key)) return false;
  for (let k = from + 1; k < a.tokens.length && k <= from + 3; k++) {
    const p = a.tokens[k]!;
    if (p.sentence !== at.sentence) return false;
    if (PLACE_DETERMINERS.has(p.key)) continue;
    // "near the chicken coop": a noun naming the kind of place.
    if (creature && k < from + 3 && WILD_PLACES.has(a.tokens[k + 1]?.key ?? '') && p.wordLike && a.hits[k]!.length === 0) continue;
    // A creature word names people in most places ("the clowns in charge", "trolls on twitter"): only a
    // place in the country, a circus or a tale makes it the creature.
    if (creature) return WILD_PLACES.has(p.key);
    return p.wordLike && !p.capitalised && a.hits[k]!.length === 0 && !PERSON_NOUNS.has(p.key) && !PEOPLE_PLACES.has(p.key) && referentOf(a, p) === 'none';
  }
  return false;
}


/**
 * Insult nouns that are also creatures of farms, woods, circuses and tales: placed somewhere ("a troll under
 * the bridge", "the snake in the garden") or named by their kind ("the circus clown") they are themselves.
 */
const CREATURES = new Set(['clown', 'troll', 'donkey', 'snake', 'weasel']);
/** Where those creatures are themselves: "the troll under the bridge", "a snake in the grass" is an idiom of people, so not grass. */
const WILD_PLACES = new Set([
  'bridge', 'garden', 'woods', 'wood', 'forest', 'field', 'fields', 'farm', 'barn', 'yard', 'river', 'cave', 'hill', 'hills',
  'mountain', 'mountains', 'circus', 'tent', 'ring', 'zoo', 'tree', 'trees', 'bush', 'bushes', 'pond', 'lake', 'story',
  'tale', 'fairy', 'book', 'cage', 'stable', 'coop', 'desert', 'jungle', 'wild', 'park', 'backyard',
  'reptile', 'reserve', 'sanctuary', 'aquarium', 'vivarium', 'meadow', 'marsh',
  // Round 13 (kag6): the creature of a film or a cartoon ("the troll in the Hobbit movie")
  'movie', 'movies', 'film', 'films', 'cartoon', 'cartoons',
]);
/** Verbs of dwelling: "the troll lives under the bridge", "a snake lurks in the pond". */
const DWELLS = new Set(['lives', 'lived', 'dwells', 'dwelt', 'lurks', 'lurked', 'hides', 'hid', 'sleeps', 'slept', 'nests', 'nested']);
/** Participles of seeing and finding that do not end in "-ed": "a snake was found in the garden". */
const SEEN = new Set(['seen', 'found', 'caught', 'kept', 'born', 'hidden']);
/** Kinds of those creatures: "circus clown", "grass snake", "male donkey". */
const KINDS = new Set([
  'circus', 'rodeo', 'birthday', 'grass', 'garden', 'sea', 'water', 'male', 'female', 'baby', 'wild', 'farm', 'pet',
  'fairy', 'cave', 'forest', 'mountain', 'river',
]);

/** Second nouns of compounds whose first noun is the thing, not a person: "punk concert", "garbage truck". */
const COMPOUND_HEADS = new Set([
  'concert', 'concerts', 'band', 'bands', 'music', 'collection', 'truck', 'trucks', 'bin', 'bins', 'costume', 'costumes', 'festival', 'dump', 'fish', 'bite',
  // "troll accounts were removed", "the troll bots": the accounts, not anyone named.
  'account', 'accounts', 'bot', 'bots',
  // "the troll statue under the bridge", "a clown mask": an image of the creature (Round 12).
  'statue', 'statues', 'mask', 'masks', 'doll', 'dolls',
  // "clown shoes", "a clown nose", "clown makeup": a costume's parts (Round 13; not "a clown car" or "a clown show").
  'shoes', 'nose', 'noses', 'makeup', 'wig', 'wigs',
  // Round 16 (exc9): a place or a puzzle named after the figure ("the clown museum", "the liar paradox"); not "cap"
  // ("put on the dunce cap, you've earned it" gives it to the reader).
  'museum', 'museums', 'paradox',
]);

/** Insult nouns that are also an event or a trick: "the email hack", "a phone hack" (Round 14). */
const THING_SENSES = new Set(['hack', 'hacks']);
/** What is broken into besides the listed things: "the server hack", "a data hack", "the password hacks". */
const HACKED = new Set(['server', 'servers', 'data', 'database', 'network', 'account', 'accounts', 'password', 'passwords', 'cyber', 'bank', 'iphone']);

/**
 * "The ministry's email hack exposed thousands of records", "the server hack": a listed noun with a thing
 * sense, right after a thing that qualifies it, is that thing ("a political hack", "party hacks" stay
 * names for people: "political" and "party" are no listed things).
 */
function thingSense(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  return THING_SENSES.has(t.key) && prev !== undefined && prev.sentence === t.sentence && !t.clauseBreak && (THINGS.has(prev.key) || HACKED.has(prev.key));
}

/** Nouns that measure out a thing: "a pathetic piece of engineering", "a stupid bit of legislation". */
const PIECES = new Set(['piece', 'pieces', 'bit', 'bits']);

/** Verbs that may stand between "how X" and the thing asked about: "how dumb can a rule be". */
const HOW_VERBS = new Set(['can', 'could', 'would', 'must']);

/**
 * A thing after a determiner at j: its noun within three words, perhaps after a noun that qualifies it ("a
 * ref decision", "the new offside policy"); not a person ("this guy", "these people").
 */
function thingAt(a: Analysis, j: number): boolean {
  // ("what a joke of a": the comment may end before the thing.)
  if (j >= a.tokens.length) return false;
  const s = a.tokens[j]!.sentence;
  for (let m = j; m < a.tokens.length && m <= j + 3; m++) {
    const p = a.tokens[m]!;
    if (p.sentence !== s || (m > j && p.clauseBreak) || isAddress(a, p) || a.hits[m]!.length > 0) return false;
    if (THINGS.has(p.key)) return true;
    if (PERSON_NOUNS.has(p.key) && !THINGS.has(a.tokens[m + 1]?.key ?? '')) return false;
  }
  return false;
}

/**
 * "how stupid is this rule?", "how pathetic was that performance", "how dumb can a ref decision be": "how",
 * the judgement, "be" or a modal, then a thing with its determiner (Round 12; "how stupid is this guy" names a
 * person).
 */
function howOfThing(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const verb = a.tokens[i + 1];
  const det = a.tokens[i + 2];
  if (a.tokens[i - 1]?.key !== 'how' || verb === undefined || det === undefined || verb.sentence !== t.sentence || verb.clauseBreak) return false;
  return (BE.has(verb.key) || HOW_VERBS.has(verb.key)) && OF_DETERMINERS.has(det.key) && det.sentence === t.sentence && thingAt(a, i + 3);
}

/** "such a loser of a season", "an idiot of a plan": the insult noun names a thing after "of a" (Round 12). */
function ofAThing(a: Analysis, i: number): boolean {
  const of = a.tokens[i + 1];
  const art = a.tokens[i + 2];
  return of !== undefined && art !== undefined && of.key === 'of' && (art.key === 'a' || art.key === 'an') && !of.clauseBreak && art.sentence === a.tokens[i]!.sentence && thingAt(a, i + 3);
}

/**
 * "a stupid rule", "what a dumb headline", "the plan is idiotic", "this law is so stupid": an insulting
 * word said of a thing calls no one names. Not "your plan is stupid" (the personal-attack check reads
 * what is said of the reader's things).
 */
function saidOfThing(a: Analysis, i: number, list: string): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (actJudged(a, i) || (list === 'insultAdj' && extraposed(a, i)) || (list === 'insultNoun' && thingSense(a, i)) || qualityOfThing(a, i) || (list === 'insultAdj' && howOfThing(a, i)) || (list === 'insultNoun' && ofAThing(a, i))) return true;
  // "a stupid rule"; a noun is the first part of a compound: "the punk concert", "garbage collection" (not "a
  // clown show", "fascist tactics": a thing that stands for people).
  if (next && next.sentence === t.sentence && !next.clauseBreak && ((list === 'insultAdj' && THINGS.has(next.key)) || (list === 'insultNoun' && (COMPOUND_HEADS.has(next.key) || (JUDGING_NOUNS.has(t.key) && THINGS.has(next.key)))))) {
    const prev = a.tokens[i - 1];
    return !prev || !isPossessiveAddress(prev);
  }
  // "a brainless piece of legislation", "a pathetic piece of engineering": a thing measured out (Round 16, exc9;
  // "a nasty piece of work" names a person: "work" is no listed thing).
  if (list === 'insultAdj' && next && PIECES.has(next.key) && next.sentence === t.sentence && !next.clauseBreak && a.tokens[i + 2]?.key === 'of' && thingAt(a, i + 3)) {
    const prev = a.tokens[i - 1];
    return !prev || !isPossessiveAddress(prev);
  }
  // "an idiotic way to build a bridge", "a stupid way of doing it": a manner, not a person (Round 13).
  if (list === 'insultAdj' && next && next.key === 'way' && next.sentence === t.sentence && !next.clauseBreak && (a.tokens[i + 2]?.key === 'to' || a.tokens[i + 2]?.key === 'of')) {
    const prev = a.tokens[i - 1];
    return !prev || !isPossessiveAddress(prev);
  }
  // "the same useless form letter", "a stupid parking rule": a plain noun, then a thing (a compound) (Round 12).
  if (list === 'insultAdj' && next && compoundThing(a, i + 1)) {
    const prev = a.tokens[i - 1];
    return !prev || !isPossessiveAddress(prev);
  }
  // "I find the ads stupid", "they consider the rule idiotic": a thing, then the word closing its clause.
  const prev = a.tokens[i - 1];
  // "is the policy stupid or just badly explained": a coordination closes it too.
  const joined = next !== undefined && next.sentence === t.sentence && (next.key === 'or' || next.key === 'and' || next.key === 'but');
  if (list === 'insultAdj' && prev && prev.sentence === t.sentence && !t.clauseBreak && THINGS.has(prev.key) && (joined || closesClause(a, i))) {
    const det = a.tokens[i - 2];
    return !det || !isPossessiveAddress(det);
  }
  // Predicate: THING (is|was|are) (so|really|...) (a|an)? X; the thing may have its name after it ("the
  // film Titanic was silly", "the novel Moby Dick is dull").
  let sawBe = false;
  let named = 0;
  let joinedAt = -1;
  for (let k = i - 1; k >= 0 && k >= i - 5 - named; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) return false;
    // "the coverage has been childish", "the plan will be useless": a modal or "have" before "be" (Round 13).
    if (BE.has(p.key) || (!sawBe && LINKING.has(p.key)) || (sawBe && BEFORE_BE.has(p.key))) {
      sawBe = true;
      continue;
    }
    if (sawBe && named < 3 && p.capitalised && p.wordLike && !p.mention && k > 0 && a.tokens[k - 1]!.sentence === t.sentence) {
      named++;
      continue;
    }
    if (sawBe) {
      if (named > 0) {
        // "the film Titanic was silly": a thing and its name; "the bridge in Gyumri looks terrible": a thing
        // and where it is ("the traffic on the A12": the name may have "the" before it).
        const thing = placedThing(a, p.key === 'the' && k > 0 && a.tokens[k - 1]!.sentence === t.sentence && (PLACE_PREPOSITIONS.has(a.tokens[k - 1]!.key) || ROUTE_PREPOSITIONS.has(a.tokens[k - 1]!.key)) ? k - 1 : k, t.sentence);
        if (thing >= 0) {
          const det = a.tokens[thing - 1];
          return !det || det.sentence !== t.sentence || !isPossessiveAddress(det);
        }
        if (!THINGS.has(p.key) || a.tokens[k + 1]!.clauseBreak) return false;
      } else {
        // "This is shameful.", "that was disgusting": a demonstrative opening its clause points at what happened.
        // Not in a reply to someone ("That's pathetic, Aram"): there it judges what they wrote.
        // An insulting noun names someone even so ("this is a moron"): only adjectives judge what happened.
        // "this may sound dumb but why ...": a coordination closes it too.
        if (DEMONSTRATIVES.has(p.key)) return (list === 'insultAdj' || JUDGING_NOUNS.has(t.key)) && opensClause(a, k) && (joined || closesClause(a, i)) && !calledAfter(a, i) && !speaksToSomeone(a);
        // "I know it sounds dumb, but ...": "it" before "be" is a thing or what happened, wherever its clause starts.
        if (p.key === 'it') return (list === 'insultAdj' || JUDGING_NOUNS.has(t.key)) && closesClause(a, i) && !calledAfter(a, i) && !speaksToSomeone(a);
        // "she was called a terrorist for her hijab, which is disgusting", "fans called him a donkey, which is
        // disgraceful": a "which" after the comma judges what the clause before it told.
        if (p.key === 'which' && p.clauseBreak) return list === 'insultAdj' && closesClause(a, i) && !speaksToSomeone(a);
        // "the government is incompetent", "this ministry is useless": an institution judged, not a person named.
        if (list === 'insultAdj' && INSTITUTIONS.has(p.key)) {
          const det = a.tokens[k - 1];
          return (!det || det.sentence !== t.sentence || !isPossessiveAddress(det)) && !readerAfter(a, i);
        }
        // "salaries for teachers are a disgrace", "the price of bread is insane": a thing, then what it is of or for.
        const of = a.tokens[k - 1];
        if (!THINGS.has(p.key)) {
          // What is for people is still a thing ("salaries for teachers"); what is of a named group or person is
          // their doing ("the hypocrisy of the Democrats is sickening" judges them).
          const whose = of?.key === 'for' || (of?.key === 'of' && !p.capitalised && !PERSON_NOUNS.has(p.key) && a.hits[k]!.length === 0);
          if (whose) return k >= 2 && THINGS.has(a.tokens[k - 2]!.key) && a.tokens[k - 2]!.sentence === t.sentence;
          // "the price of that coffee is insane", "the traffic on the bypass was insane": a thing, then a determiner
          // and a plain noun saying what it is of or where it is.
          return thingBefore(a, k);
        }
      }
      const det = a.tokens[k - 1];
      return (!det || det.sentence !== t.sentence || !isPossessiveAddress(det)) && !doneByPerson(a, k) && !makerOf(a, k);
    }
    if ((p.key === 'thats' || p.key === 'its') && opensClause(a, k) && closesClause(a, i)) return (list === 'insultAdj' || JUDGING_NOUNS.has(t.key)) && !calledAfter(a, i) && !speaksToSomeone(a);
    // "weak, incompetent", "weak and incompetent": another judgement listed before this one.
    if (!sawBe && (p.key === 'and' || p.key === 'or' || a.tokens[k + 1]!.clauseBreak) && p.wordLike) {
      if (p.key === 'and' || p.key === 'or') joinedAt = k;
      continue;
    }
    // "the policy is cruel and stupid": a plain adjective joined to this one before it (Round 16, exc9).
    if (!sawBe && list === 'insultAdj' && k === joinedAt - 1 && (plainWord(a, k) || a.hits[k]!.every((h) => h.entry.list === 'insultAdj'))) continue;
    // "the article is biased garbage": a plain adjective right before an insulting noun said of a thing.
    if (!sawBe && k === i - 1 && list === 'insultNoun' && p.wordLike && a.hits[k]!.length === 0 && !PERSON_NOUNS.has(p.key)) continue;
    if (!(FILLERS.has(p.key) || p.key === 'a' || p.key === 'an' || p.key === 'total' || p.key === 'complete' || p.key === 'absolute' || p.key === 'utter')) return false;
  }
  return false;
}

const DEMONSTRATIVES = new Set(['this', 'that']);

/** Adjectives that, said of "that" or "it", are amazement rather than blame: "that's crazy", "this is insane". */
const AMAZEMENT = new Set(['crazy', 'insane', 'nuts', 'sick', 'bonkers', 'wild', 'unreal', 'mental']);
/** Lists whose words name people: "that liberal is insane", "this idiot is nuts". */
const PERSON_LISTS = new Set(['insultNoun', 'insultDirect', 'insultAdj', 'slur', 'group', 'dehumanising', 'degrading', 'profanity']);
/** "that's" as one token ("it's" is left out: "It is really sick." after a sentence on people judges them). */
const THAT_IS = new Set(['thats']);
/** Words that may stand before "that's crazy" at the start of a reply: "wow that's insane", "omg this is nuts". */
const AMAZED_OPENERS = new Set(['wow', 'omg', 'oh', 'man', 'bro', 'dude', 'yo', 'lol', 'lmao', 'damn', 'dang', 'geez', 'jeez', 'yeah', 'yes', 'ok', 'okay', 'haha', 'whoa', 'woah']);

/**
 * "That's crazy!", "@USER this is insane lol", "that goal was sick": a word of amazement said of "that" or "this"
 * (perhaps with a plain noun: "that shot") opening the reply, closing its clause. It marvels at what
 * happened, even in a reply (Round 15); not "that guy is insane", nor "that's crazy talk" (the clause goes on).
 */
function amazed(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!AMAZEMENT.has(t.key) || !closesClause(a, i)) return false;
  const s = t.sentence;
  const at = (k: number) => (k >= 0 && a.tokens[k]!.sentence === s ? a.tokens[k]! : undefined);
  let k = i - 1;
  while (at(k) && FILLERS.has(at(k)!.key) && !at(k + 1)!.clauseBreak) k--;
  let subject = -1;
  if (at(k) && THAT_IS.has(at(k)!.key)) subject = k;
  else if (at(k) && (at(k)!.key === 'is' || at(k)!.key === 'was') && at(k - 1)) {
    const p = at(k - 1)!;
    if (DEMONSTRATIVES.has(p.key)) subject = k - 1;
    // "that shot was sick": a plain noun after the demonstrative, no person's noun and no listed word.
    else if (at(k - 2) && DEMONSTRATIVES.has(at(k - 2)!.key) && p.wordLike && !p.mention && !PERSON_NOUNS.has(p.key) && !a.hits[k - 1]!.some((h) => PERSON_LISTS.has(h.entry.list)) && !a.participants.has(p.key)) subject = k - 2;
  }
  if (subject < 0) return false;
  // Only mentions and interjections before it in its sentence.
  for (let m = subject - 1; m >= 0 && a.tokens[m]!.sentence === s; m--) {
    if (a.tokens[m + 1]!.clauseBreak) return true;
    if (!a.tokens[m]!.mention && !AMAZED_OPENERS.has(a.tokens[m]!.key)) return false;
  }
  return true;
}

/** Gerunds that make the subject a person's state, so the judgement names them ("being a liberal is a disease"). */
const STATE_GERUNDS = new Set(['being', 'becoming', 'having']);
/** How far the gerund may open its clause before "be": "separating children from their parents is ...". */
const GERUND_REACH = 8;

/**
 * "Taking a knee is disrespectful to the flag", "separating children from their parents is a moral disgrace":
 * a clause opened by a gerund, then "is" or "was" and the word (after "a", fillers and at most one plain
 * adjective), judges an act and names no one (Round 14). Not a gerund from the lists ("lying Hillary is a
 * crook", "fucking Trump is a moron"), nor one of a state ("being a liberal is a mental illness"), nor a word
 * ending "thing" ("everything is a joke"), nor a name alone before "be" ("Manning is a traitor").
 */
function actJudged(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let k = i - 1;
  let adjectives = 0;
  for (; k >= 0 && tokens[k]!.sentence === t.sentence && !tokens[k + 1]!.clauseBreak; k--) {
    const p = tokens[k]!;
    if (FILLERS.has(p.key)) continue;
    if (adjectives === 0 && k === i - 1 && p.wordLike && a.hits[k]!.length === 0 && !PERSON_NOUNS.has(p.key) && !THIRD_SINGULAR_BE.has(p.key)) {
      adjectives++;
      continue;
    }
    break;
  }
  if (k < 0 || !THIRD_SINGULAR_BE.has(tokens[k]!.key) || tokens[k]!.sentence !== t.sentence) return false;
  let open = k - 1;
  // (No further back than GERUND_REACH allows: a long clause is no gerund's, and need not be read whole.)
  while (open > 0 && k - open <= GERUND_REACH && tokens[open - 1]!.sentence === t.sentence && !tokens[open]!.clauseBreak && !tokens[open - 1]!.mention) open--;
  const g = tokens[open];
  // The gerund has its object or adverb before "be" ("Manning is a traitor" is a surname).
  if (g === undefined || g.sentence !== t.sentence || k - open > GERUND_REACH || k - open < 2) return false;
  return /[a-z]{3}ing$/.test(g.key) && !g.key.endsWith('thing') && !STATE_GERUNDS.has(g.key) && a.hits[open]!.length === 0 && g.wordLike && !isName(a, open, g.key);
}

/**
 * "the update is dumber than a box of rocks", "this app is about as useful as a chocolate teapot", "it's as
 * useful as a screen door on a submarine": a comparison phrase at i whose subject is a thing (or "it", in a
 * comment that speaks to no one) criticises the thing and names no one (Round 13). Bounded: six words back.
 */
function thingCompared(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (next === undefined || (next.key !== 'as' && next.key !== 'than')) return false;
  let sawBe = false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (!sawBe && (p.key === 'its' || p.key === 'thats')) return opensClause(a, k) && !speaksToSomeone(a);
    if (BE.has(p.key) || LINKING.has(p.key)) {
      sawBe = true;
      continue;
    }
    if (!sawBe) {
      if (DEGREE_OF_LIKENESS.has(p.key) || FILLERS.has(p.key)) continue;
      return false;
    }
    if (p.key === 'it') return !speaksToSomeone(a);
    if (!THINGS.has(p.key)) return false;
    const det = a.tokens[k - 1];
    return (!det || det.sentence !== t.sentence || !isPossessiveAddress(det)) && !doneByPerson(a, k);
  }
  return false;
}

/** The word at k is plain: lower case, no listed word, no person's noun, no name or pronoun. */
function plainWord(a: Analysis, k: number): boolean {
  const p = a.tokens[k]!;
  return p.wordLike && !p.capitalised && !p.mention && a.hits[k]!.length === 0 && !PERSON_NOUNS.has(p.key) && referentOf(a, p) === 'none';
}

/** Words between an adjective and a thing that are no noun: "too stupid to vote", "stupid for a test". */
const NOT_NOUNS = new Set(['to', 'for', 'of', 'in', 'on', 'at', 'and', 'or', 'but', 'the', 'a', 'an', 'as', 'than', 'with', 'by', 'about', 'from', 'that', 'this', 'these', 'those', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'every', 'any', 'no', 'not', 'enough', 'if', 'when', 'because']);

/** The plain noun at k (no name, person or listed word) is the first part of a compound thing: "form letter". */
function compoundThing(a: Analysis, k: number): boolean {
  const n = a.tokens[k]!;
  const head = a.tokens[k + 1];
  if (head === undefined || head.sentence !== n.sentence || head.clauseBreak || n.clauseBreak || n.sentence !== a.tokens[k - 1]!.sentence) return false;
  return THINGS.has(head.key) && !THINGS.has(n.key) && !NOT_NOUNS.has(n.key) && n.wordLike && !n.capitalised && !n.mention && a.hits[k]!.length === 0 && !PERSON_NOUNS.has(n.key) && referentOf(a, n) === 'none';
}


/**
 * The thing at k is what a person named before it made or leads: "the author of this article is an idiot",
 * "the writer of that story is a moron" (Round 13). The person, not the thing, is the subject judged.
 */
function makerOf(a: Analysis, k: number): boolean {
  const s = a.tokens[k]!.sentence;
  let j = k - 1;
  if (OF_DETERMINERS.has(a.tokens[j]?.key ?? '')) j--;
  const of = a.tokens[j];
  const who = a.tokens[j - 1];
  return of !== undefined && who !== undefined && of.key === 'of' && who.sentence === s && PERSON_NOUNS.has(who.key);
}

/** Relative words that make a person the subject: "the guy who wrote the article", "whoever approved the budget". */
const WHO = new Set(['who', 'whoever']);

/**
 * The thing at k is what a person did, in a relative clause that is the real subject: "the person who wrote
 * the article is a moron", "whoever is posting under that name is a troll" (Round 12); not when another thing
 * stands between ("people who read the article know the plan is stupid"). Bounded: at most six words back.
 */
function doneByPerson(a: Analysis, k: number): boolean {
  const s = a.tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const p = a.tokens[j]!;
    if (p.sentence !== s || THINGS.has(p.key)) return false;
    if (WHO.has(p.key)) return true;
  }
  return false;
}

/**
 * Insulting nouns that judge a state of affairs as readily as a person (Round 12): "it is a disgrace", "this
 * is an embarrassment", "what a garbage season". With "it", "this" or "that" as the subject, or before a thing
 * ("a garbage call"), they name no one; "this clown is a disgrace" still does.
 */
const JUDGING_NOUNS = new Set(['disgrace', 'embarrassment', 'garbage', 'trash', 'waste', 'fraud', 'joke', 'farce', 'travesty', 'sham', 'mess']);

/** Prepositions that tie a plain noun to a thing before it: "the price of that coffee", "the traffic on the bypass". */
const THING_TIES = new Set(['of', 'on', 'in', 'at', 'for']);

/**
 * The plain noun at k (no name, person, listed word or place of people) follows a thing, a preposition and a
 * determiner: "the price of that coffee", "the traffic on the bypass", "the queue at the school". Not when the
 * thing is the reader's ("your plan for the park").
 */
function thingBefore(a: Analysis, k: number): boolean {
  const p = a.tokens[k]!;
  if (k < 3 || p.capitalised || !p.wordLike || PERSON_NOUNS.has(p.key) || PEOPLE_PLACES.has(p.key) || a.hits[k]!.length > 0 || referentOf(a, p) !== 'none') return false;
  const det = a.tokens[k - 1]!;
  const tie = a.tokens[k - 2]!;
  const thing = a.tokens[k - 3]!;
  if (thing.sentence !== p.sentence || !OF_DETERMINERS.has(det.key) || !THING_TIES.has(tie.key) || !THINGS.has(thing.key)) return false;
  const owner = a.tokens[k - 4];
  return owner === undefined || owner.sentence !== p.sentence || !isPossessiveAddress(owner);
}

/** Nouns of a quality, as the listed words form them: "stupidity", "idiocy". */
const QUALITY = /(ity|cy|ness)$/;
const OF_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an']);

/**
 * "the stupidity of the delay", "the idiocy of this law": a quality said of a thing (not "the stupidity of
 * your comment", nor "the stupidity of liberals").
 */
function qualityOfThing(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const of = a.tokens[i + 1];
  if (!QUALITY.test(t.key) || of === undefined || of.key !== 'of' || of.sentence !== t.sentence) return false;
  let k = i + 2;
  if (OF_DETERMINERS.has(a.tokens[k]?.key ?? '')) k++;
  const thing = a.tokens[k];
  return thing !== undefined && thing.sentence === t.sentence && THINGS.has(thing.key);
}

/** "it", or "it's" spelt as one word. */
const IT = new Set(['it', 'its']);

/**
 * "it is stupid to ask", "would it be dumb to buy now?", "it was foolish for me to sign": an "it" that stands
 * for the act named by the infinitive after the judgement (or the fact told by a "that" clause: "is it stupid
 * that the library closes at five?"). Judges what is done, names no one (bounded: at most
 * four words back, through "be", modals and fillers).
 */
function extraposed(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (next === undefined || next.sentence !== t.sentence || next.clauseBreak || (next.key !== 'to' && next.key !== 'for' && next.key !== 'that')) return false;
  // "is it stupid that the library closes at five": a fact judged, unless the reader is its subject ("it's
  // pathetic that you ...").
  if (next.key === 'that') {
    const subject = a.tokens[i + 2];
    if (subject === undefined || subject.sentence !== t.sentence || referentOf(a, subject) === 'second' || isPossessiveAddress(subject)) return false;
  }
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (IT.has(p.key)) return true;
    if (!(BE.has(p.key) || FILLERS.has(p.key) || LINKING.has(p.key))) return false;
  }
  return false;
}

/** Verbs that link a thing to what it is like, as "be" does: "the plan sounds stupid", "the bridge looks terrible". */
const LINKING = new Set([
  'looks', 'look', 'looked', 'seems', 'seem', 'seemed', 'sounds', 'sound', 'sounded', 'appears', 'appear', 'appeared',
  'remains', 'remain', 'remained', 'becomes', 'become', 'became',
]);

/** "That's pathetic, Aram": a name or "you" called after the judgement, in its sentence. */
function calledAfter(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length && k <= i + 3 && a.tokens[k]!.sentence === s; k++) {
    const n = a.tokens[k]!;
    // (Not the writer's capital "I": "That's dumb, but I like it".)
    if (isAddress(a, n) || (n.capitalised && n.wordLike && n.key !== 'i')) return true;
  }
  return false;
}

/** "the government is incompetent and so are you": the reader joined to the judgement later in the sentence. */
function readerAfter(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length && a.tokens[k]!.sentence === s; k++) if (referentOf(a, a.tokens[k]!) === 'second') return true;
  return false;
}

/**
 * "They bulldozed the cemetery. Disgusting.": a judgement standing alone as a sentence after what the
 * writer told, or closing it after a comma, in a comment that speaks to no one, is said of what happened.
 */
function exclaimedAfter(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const closes = !next || next.sentence !== t.sentence;
  // "he carried the whole map, insane", "lost at home again, embarrassing": the judgement closing the sentence
  // after a comma, three words before it in the sentence at least (Round 15, ev10).
  if (closes && t.clauseBreak && i >= 3 && a.tokens[i - 3]!.sentence === t.sentence) return true;
  if (t.sentence === 0) return false;
  const opens = !prev || prev.sentence !== t.sentence || (FILLERS.has(prev.key) && (i < 2 || a.tokens[i - 2]!.sentence !== t.sentence));
  return opens && closes;
}

/** Institutions, judged as bodies: "the government is incompetent", "the ministry is useless". */
const INSTITUTIONS = new Set([
  'government', 'governments', 'ministry', 'ministries', 'parliament', 'administration', 'cabinet', 'regime',
  'state', 'army', 'military', 'opposition', 'federation', 'council', 'committee', 'court', 'courts',
  'embassy', 'diplomacy', 'leadership', 'church',
]);

/** Does the token at k open its clause (first in its sentence, or after a clause break or "and"/"but")? */
function opensClause(a: Analysis, k: number): boolean {
  const prev = a.tokens[k - 1];
  if (!prev || prev.sentence !== a.tokens[k]!.sentence || a.tokens[k]!.clauseBreak) return true;
  return prev.key === 'and' || prev.key === 'but' || prev.key === 'so';
}
