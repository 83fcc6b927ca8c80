import type { Analysis } from '../analyse';
import { MENTION_NOUNS, hitSpan, isName } from '../analyse';
import type { ListName } from '../lexicon';
import { BE, FILLERS, PERSON_NOUNS, attributed, groupHead, headOf, isPeople, negatedBetween, orderAt, quotedSpeech, referentOf, BE_FORMS } from '../grammar';
import { fondlyNamed, insultEntry, milder } from '../address';
import { originalSpan } from '../normalise';
import { FindingList, type Finding } from '../types';

/** "you people", "these people": a group addressed or pointed at as a whole. */
const GROUP_POINTERS = new Set(['they', 'them', 'their', 'theyre', 'these', 'those', 'you', 'ur', 'your', 'yall', 'all']);

/**
 * Policy clauses "personal_attacks" and "inappropriate_material", aimed at a group: slurs, and
 * dehumanising words said of a people ("you people are animals", "subhuman vermin"). A neutral mention
 * of a nation or faith ("The Azerbaijani army fired on the positions") is not a finding: only the slur
 * or dehumanising word is.
 */
export function identityAttack(a: Analysis): Finding[] {
  const findings = new FindingList();
  // The rules after slurs and dehumanising words need a people named: most comments name none.
  let peoples = false;
  for (let i = 0; i < a.hits.length && !peoples; i++) peoples = isPeopleName(a, i) || pointedPeople(a, i);
  for (let i = 0; i < a.tokens.length; i++) {
    // Capped and already holding a high-severity finding: nothing more can change the verdict.
    if (!findings.wants('high')) break;
    let found = false;
    for (const hit of a.hits[i]!) {
      if (hit.entry.list === 'slur') {
        if ((negatedBetween(a, i - 2, i) && !answerBefore(a, i)) || isName(a, i, hit.form) || wordNamed(a, i)) break;
        findings.add({
          rule: 'slur',
          category: 'identity_attack',
          severity: hit.how === 'misspelt' ? milder(hit.entry.severity) : hit.entry.severity,
          ...hitSpan(a, i, hit),
          explanation: `"${hit.entry.term}" is a slur${hit.how === 'misspelt' ? ' (misspelt)' : ''}`,
        });
        found = true;
        break;
      }
      if (hit.entry.list === 'dehumanising') {
        const group = groupContext(a, i, hit.entry.severity === 'high');
        if (!group || negatedBetween(a, denialFrom(a, group.at, i), i) || notAll(a, group.at) || attributed(a, Math.min(group.at, i), Math.max(group.at, i))) break;
        // "you lucky dog, you got tickets": a pet name, not a people likened to animals.
        if (hit.entry.severity !== 'high' && fondlyNamed(a, i)) break;
        // "Kurds raise sheep", "the pig farmers of Armenia": an animal word that is the animal.
        if (hit.entry.severity !== 'high' && livestock(a, i, group.at)) break;
        const from = Math.min(group.at, i);
        const to = Math.max(group.at, i);
        findings.add({
          rule: 'dehumanising-group',
          category: 'identity_attack',
          severity: group.strong ? hit.entry.severity : milder(hit.entry.severity),
          ...originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne),
          explanation: `"${hit.entry.term}" is said of a group of people`,
        });
        found = true;
        break;
      }
    }
    if (!found && peoples) {
      const distrust = distrusted(a, i);
      if (distrust) {
        findings.add(distrust);
        continue;
      }
    }
    if (found || !peoples || !mayDegrade(a.hits[i]!)) continue;
    const f = degraded(a, i) ?? calledAgainst(a, i) ?? hated(a, i) ?? humanityDenied(a, i) ?? likenedToVermin(a, i);
    if (f) findings.add(f);
  }
  return findings.items;
}


/**
 * 'The word "kike" is an antisemitic slur': the slur in quotation marks right after a noun that names a word
 * (analyse.ts's MENTION_NOUNS, or "name") is mentioned, not used ('you are a "kike"' and 'he called me a
 * "kike"' use it).
 */
function wordNamed(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (a.quoted && wordSubject(a, i)) return true;
  const noun = a.tokens[i - 1];
  if (!a.quoted || !noun || noun.sentence !== t.sentence || !(MENTION_NOUNS.has(noun.key) || noun.key === 'name')) return false;
  const between = a.norm.text.slice(noun.ne, t.ns).trim();
  return between.length === 1 && QUOTE_MARKS.includes(between);
}
const QUOTE_MARKS = '"\u201c\u00ab\'\u2018';
const CLOSING_QUOTES = '"\u201d\u00bb\'\u2019';

/**
 * Round 14 (ti5): 'teachers say "Armo" is used as an insult', '"khach" means cross': the slur alone in quotation
 * marks is the subject of a "be" or "means", the word talked about ('you are a "khach"' uses it).
 */
function wordSubject(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (!next || next.sentence !== t.sentence || !WORD_VERBS.has(next.key)) return false;
  const before = a.norm.text.slice(Math.max(0, t.ns - 1), t.ns);
  const after = a.norm.text.slice(t.ne, next.ns).trim();
  return before.length === 1 && QUOTE_MARKS.includes(before) && after.length === 1 && CLOSING_QUOTES.includes(after);
}
const WORD_VERBS = new Set(['is', 'was', 'isnt', 'means', 'meant']);

/**
 * Where the clause of the word at i begins: a denial there denies the word, wherever the group is named
 * ("they are not animals, they are people"), and one in an earlier clause does not ("Azerbaijanis are
 * not people, they are animals").
 */
function clauseStart(a: Analysis, i: number): number {
  const sentence = a.tokens[i]!.sentence;
  let k = i;
  while (k > 0 && k > i - 8 && !a.tokens[k]!.clauseBreak && a.tokens[k - 1]!.sentence === sentence) k--;
  return k;
}

/** Where a denial of the word at i may start (exclusive): after the group named in its clause, else the clause. */
function denialFrom(a: Analysis, at: number, i: number): number {
  const start = clauseStart(a, i);
  return at >= start && at < i ? at - 1 : start - 1;
}

/**
 * "No nigga", "@USER Never, dyke": a "no" or "never" opening the reply answers it; the slur after it is
 * said to someone, not denied of them.
 */
function answerBefore(a: Analysis, i: number): boolean {
  const p = a.tokens[i - 1];
  const before = a.tokens[i - 2];
  if (!p || (p.key !== 'no' && p.key !== 'never' && p.key !== 'nah')) return false;
  return !before || before.mention || before.sentence !== p.sentence;
}

/**
 * "Not all Muslims are terrorists", "not every Turk": the generalisation is denied (unless taken back); so is
 * it by "no" before the group in its sentence (Round 16, ti9: "No nation is subhuman", "no people are vermin").
 */
function notAll(a: Analysis, at: number): boolean {
  const before = a.tokens[at - 1];
  if (before && before.key === 'no' && before.sentence === a.tokens[at]!.sentence && !a.tokens[at]!.clauseBreak && NO_GROUPS.has(a.tokens[at]!.key) && !takenBack(a, at)) return true;
  return at >= 2 && WHOLE.has(a.tokens[at - 1]!.key) && a.tokens[at - 2]!.key === 'not' && !takenBack(a, at);
}
/** Group words that "no" denies as a whole: "no nation", "no people", "no race", "no human being". */
const NO_GROUPS = new Set(['nation', 'nations', 'people', 'peoples', 'race', 'races', 'population', 'tribe', 'ethnicity', 'group', 'faith', 'religion']);

/** "Not all Kurds are thieves, but most are": the denial is taken back by "but most" later in the sentence. */
function takenBack(a: Analysis, i: number): boolean {
  const sentence = a.tokens[i]!.sentence;
  for (let k = i + 1; k + 1 < a.tokens.length && a.tokens[k]!.sentence === sentence; k++) {
    if (a.tokens[k]!.key === 'but' && MOST.has(a.tokens[k + 1]!.key)) return true;
  }
  return false;
}
const MOST = new Set(['most', 'many', 'nearly', 'almost', 'the', 'majority', 'plenty', 'lots']);

/**
 * A pronoun points at the group only when nothing but "be" and fillers stand between it and the word:
 * "they are animals", "you people are vermin", "these animals", but not "you eat hot dogs" or "they
 * partner up with Snoop Dog".
 */
function pointsAt(a: Analysis, from: number, to: number): boolean {
  const [lo, hi] = from < to ? [from, to] : [to, from];
  for (let k = lo + 1; k < hi; k++) {
    const key = a.tokens[k]!.key;
    if (!(BE.has(key) || FILLERS.has(key) || key === 'people')) return false;
  }
  return true;
}

/** The group a dehumanising word is said of, in the same sentence: a named people is strong, a pronoun weak. */
function groupContext(a: Analysis, i: number, unmistakable: boolean): { at: number; strong: boolean } | null {
  const t = a.tokens[i]!;
  let weak: number | null = null;
  for (let k = Math.max(0, i - 8); k < a.tokens.length && k <= i + 4; k++) {
    if (k === i) continue;
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence) continue;
    // "the pandemic was a plague on every nation": a group after "on" is afflicted by the word, not called it.
    if (k > i && (p.key === 'on' || p.key === 'upon')) break;
    const hits = a.hits[k]!;
    // "some people still say Turks breed like rats": the group that says it is the speaker, not the group spoken of.
    if (k < i && speaker(a, k, i)) continue;
    // A people's name counts when it is the people spoken of ("Turks are dogs") or an adjective of the
    // word itself ("Turkish dogs"), not an adjective of something else ("the Kurdish PKK is considered
    // terrorist"); other groups' words ("people", "liberals") count anywhere near.
    const group = hits.some((h) => h.entry.list === 'group');
    // Another such word counts too, unless it is the animal itself ("parasites like ticks ... to dogs").
    if ((hits.some((h) => h.entry.list === 'slur') || (hits.some((h) => h.entry.list === 'dehumanising') && !animalItself(a, k))) || (group && (!isPeopleName(a, k) || groupHead(a, k) || isPeople(a, k + 1) || (k === i - 1 && headOf(a, i, 'dehumanising'))))) {
      return { at: k, strong: true };
    }
    // An ambiguous word ("dogs", "animals") needs the pronoun to point at it; "vermin" does not.
    if (GROUP_POINTERS.has(p.key) && weak === null && (unmistakable || pointsAt(a, k, i))) weak = k;
  }
  return weak === null ? null : { at: weak, strong: false };
}

/** Verbs of saying or believing after a group that makes it the speaker ("people say", "liberals claim"). */
const SPEAKER_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'think', 'thinks', 'believe', 'believes', 'insist', 'insists', 'argue', 'argues']);
/** Adverbs between a speaker and its verb: "some people still say", "people often claim". */
const SPEAKER_ADVERBS = new Set(['still', 'often', 'always', 'really', 'actually', 'honestly', 'seriously', 'sometimes', 'even', 'who', 'that']);

/**
 * Round 16 (ti9): the group word at k is the subject of a verb of saying whose clause names another people before
 * the word at i ("some people still say Turks breed like rats", "people think that Armenians are vermin"): the
 * speaker, not the group spoken of ("Turks think they are better, but they are vermin" speaks of the Turks).
 */
function speaker(a: Analysis, k: number, i: number): boolean {
  let j = k + 1;
  while (j < i && j <= k + 3 && SPEAKER_ADVERBS.has(a.tokens[j]!.key)) j++;
  if (j >= i || !SPEAKER_VERBS.has(a.tokens[j]!.key)) return false;
  let n = j + 1;
  while (n < i && n <= j + 3 && SPOKEN_LEADS.has(a.tokens[n]!.key)) n++;
  return n < i && isPeopleName(a, n);
}
/** Words that may open the people a claim is about: "say that all the Turks ...", "think most Kurds ...". */
const SPOKEN_LEADS = new Set(['that', 'all', 'the', 'most', 'many', 'every']);

/**
 * An ambiguous animal word ("dogs", "pigs", "sheep") names the animals when it is the first part of a
 * compound ("pig farmers", "sheep cheese") or when a verb other than "be" stands between the people and
 * it ("Kurds raise sheep"), unless a comparison does ("Turks breed like rats", "treated as animals").
 */
function livestock(a: Analysis, i: number, at: number): boolean {
  if (!animalWord(a, i)) return false;
  // "Armenian dogs will be crushed": a people's name before the word and a modal after it; the
  // modal opens the predicate of the people so named ("these dogs will bark" has no people).
  // The people's name right before the word counts even when another was found first ("I'm Armenian and
  // these Turkish animals will ...").
  if (i > 0 && isPeopleName(a, i - 1) && MODALS.has(a.tokens[i + 1]?.key ?? '')) return false;
  // "these Azeri dogs need to be put down", "you Turkish pigs": a people's animals pointed at are the people.
  if (i > 1 && isPeopleName(a, i - 1) && POINTED.has(a.tokens[i - 2]!.key) && a.tokens[i - 2]!.sentence === a.tokens[i]!.sentence) return false;
  if (animalItself(a, i)) return true;
  // "dog owners must keep their dogs on a leash", "farmers feed their pigs": a possessive's animals kept, walked
  // or fed are its pets or stock (Round 15; "they are dogs", "their dogs in parliament" still liken).
  if (at === i - 1 && OWNERS.has(a.tokens[at]!.key) && at > 0 && CARE_VERBS.has(a.tokens[at - 1]!.key) && a.tokens[at - 1]!.sentence === a.tokens[i]!.sentence) return true;
  if (at > i) return false;
  let verb = false;
  let passive = false;
  let called = false;
  let sawBe = false;
  // Only the word's own clause: "Azerbaijanis are not people, they are animals" ("they" names them again).
  for (let k = Math.max(at, clauseStart(a, i) - 1) + 1; k < i; k++) {
    const t = a.tokens[k]!;
    const key = t.key;
    if (BE_FORMS.has(key)) sawBe = true;
    // "Russians are drunk animals", "they are nothing but rabid dogs": after "be", the word right before the
    // animal is its adjective, not a verb ("Kurds are raising sheep", "Kurds will raise sheep" are).
    if (sawBe && k === i - 1 && !BE.has(key) && !/ing$/.test(key) && !LIKENING.has(key) && t.wordLike) continue;
    // "Migrants were crammed like animals", "treated as animals": a comparison of what is done to them; so is
    // one after the group treated so ("the regime treats its own people like animals").
    if (key === 'like' || key === 'as' || key === 'than') return (passive && !called) || treatedBefore(a, at);
    // "disease-ridden", "flea-infested": a hyphenated compound is an adjective, not a verb.
    const compound = t.hyphenated || a.tokens[k + 1]?.hyphenated === true;
    if (!(LINKS.has(key) || BE.has(key) || FILLERS.has(key) || PREDICATE_FILLERS.has(key) || GROUP_POINTERS.has(key) || a.hits[k]!.length > 0 || compound)) {
      verb = true;
      if ((/ed$/.test(key) || key === 'kept') && BE.has(a.tokens[k - 1]!.key)) {
        passive = true;
        // Round 16 (ti9): "women should be kept at home like cattle": the treatment called for, not told.
        if (k > 1 && MODALS.has(a.tokens[k - 2]!.key)) called = true;
      }
    }
  }
  return verb;
}

/** Words of a comparison: never the adjective of the animal after them ("should be kept like cattle"). */
const LIKENING = new Set(['like', 'as', 'than']);
/** Verbs of what is done to people: "treats its own people like animals", "herded the refugees like cattle". */
const TREATING = new Set(['treat', 'treats', 'treated', 'treating', 'herd', 'herds', 'herded', 'herding', 'hunt', 'hunts', 'hunted', 'hunting']);

/** The group at `at` is the object of a verb of treatment a few words before it ("treats its own people"). */
function treatedBefore(a: Analysis, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4 && a.tokens[k]!.sentence === a.tokens[at]!.sentence; k--) if (TREATING.has(a.tokens[k]!.key)) return true;
  return false;
}

/**
 * The animal word at i is the animal: the first part of a compound ("pig farmers", "dog breeders",
 * "sheep cheese"), joined by "and"/"or" to a word that is no insult ("pigs and goats", "dogs or cats"),
 * given examples ("parasites like ticks") or spoken of in general ("Pigs are intelligent animals": kindInGeneral).
 */
/** Possessives whose animals a care verb can take: "keep their dogs", "walk his dog". */
const OWNERS = new Set(['their', 'his', 'her', 'its', 'our', 'my']);
/** Verbs of keeping an animal: "keep their dogs on a leash", "feed their pigs", "vaccinate their cattle". */
const CARE_VERBS = new Set([
  'keep', 'keeps', 'kept', 'walk', 'walks', 'walked', 'walking', 'feed', 'feeds', 'fed', 'feeding', 'leash', 'leashed', 'muzzle',
  'muzzled', 'vaccinate', 'vaccinated', 'microchip', 'microchipped', 'groom', 'groomed', 'neuter', 'neutered', 'spay', 'spayed',
  'graze', 'grazed', 'milk', 'milked', 'shear', 'sheared', 'breed', 'bred',
]);

export function animalItself(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!animalWord(a, i)) return false;
  if (kindInGeneral(a, i)) return true;
  const plain = (k: number) => {
    const n = a.tokens[k];
    // A verb of vermin is a verb too: "rats infest the subway".
    return !!n && n.sentence === t.sentence && !n.clauseBreak && n.wordLike && !n.capitalised && a.hits[k]!.every((h) => h.entry.list === 'verminVerb') && !PEOPLE_WORDS.has(n.key) && !PERSON_NOUNS.has(n.key);
  };
  // Said of someone ("they are parasites living off ..."), only a singular is the first part of a
  // compound ("are pig farmers"); a plural opening its clause is the animals doing something ("Rats infest ...").
  const singular = a.hits[i]!.some((h) => h.entry.list === 'dehumanising' && h.form === h.entry.term);
  // Round 16 (ti9): after a collective and "of" the word is said of someone as after "be" ("Immigrants are a swarm of
  // locusts eating our country": the locusts' participle is no compound).
  const predicate = i > 0 && (BE.has(a.tokens[i - 1]!.key) || (i > 1 && a.tokens[i - 1]!.key === 'of' && SWARMS.has(a.tokens[i - 2]!.key)));
  if ((singular || !predicate) && plain(i + 1) && !PHRASE_ENDS.has(a.tokens[i + 1]!.key) && !LINKS.has(a.tokens[i + 1]!.key) && !ADVERBS.has(a.tokens[i + 1]!.key)) return true;
  // "parasites like ticks", "rodents such as mice": a kind of animal and its examples (not "parasites like
  // you", "pigs like them", "rats like Erdogan": a person is likened).
  const such = a.tokens[i + 1]?.key === 'such' && a.tokens[i + 2]?.key === 'as';
  const example = such ? i + 3 : i + 2;
  if ((such || a.tokens[i + 1]?.key === 'like') && plain(example) && !GROUP_POINTERS.has(a.tokens[example]!.key) && !SUBJECT_LEADS.has(a.tokens[example]!.key) && !LINKS.has(a.tokens[example]!.key) && referentOf(a, a.tokens[example]!) === 'none') return true;
  const and = (k: number) => a.tokens[k]?.key === 'and' || a.tokens[k]?.key === 'or';
  // "rats and mice": a second animal; "illegals are animals and should be deported": a modal after the "and"
  // opens a second predicate of the same people (Round 14).
  return (and(i + 1) && plain(i + 2) && !FILLERS.has(a.tokens[i + 2]!.key) && !MODALS.has(a.tokens[i + 2]!.key)) || (and(i - 1) && plain(i - 2) && !FILLERS.has(a.tokens[i - 2]!.key) && !isPeople(a, i - 2));
}

/**
 * Round 14 (generic): "Pigs are intelligent animals", "Leeches were once used in medicine", "Clowns scare my kids":
 * a bare plural opening its sentence and followed straight by its verb (no comma, no "like you") names the
 * kind itself in general when the predicate speaks of the animals: a passive of their use (KEPT_FOR), a
 * class of animals (ANIMAL_CLASSES) or an animal trait (ANIMAL_TRAITS) after "be", or an ordinary verb
 * whose sentence speaks to no one and names nothing of public life ("Clowns run this country", "Pigs are
 * corrupt" and "Rats like him deserve prison" stay name-calling). The caller checks that the word is an
 * animal or creature, so "Idiots are ruining this country" never comes here.
 */
export function kindInGeneral(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (!t.key.endsWith('s')) return false;
  const start = i > 0 && a.tokens[i - 1]!.sentence === t.sentence && GENERAL_LEADS.has(a.tokens[i - 1]!.key) ? i - 1 : i;
  if (start > 0 && a.tokens[start - 1]!.sentence === t.sentence) return false;
  // The next word of the same clause, past adverbs of frequency ("were once used", "are often kept").
  const next = (k: number): number => {
    while (a.tokens[k]?.sentence === t.sentence && !a.tokens[k]!.clauseBreak && GENERAL_ADVERBS.has(a.tokens[k]!.key)) k++;
    const n = a.tokens[k];
    return n !== undefined && n.sentence === t.sentence && !n.clauseBreak && n.wordLike && !n.capitalised ? k : -1;
  };
  const v = next(i + 1);
  if (v < 0) return false;
  const verb = a.tokens[v]!.key;
  if (BE_FORMS.has(verb)) {
    let k = next(v + 1);
    if (k < 0) return false;
    if (KEPT_FOR.has(a.tokens[k]!.key) || ANIMAL_TRAITS.has(a.tokens[k]!.key)) return plainRest(a, k + 1);
    // "are intelligent animals", "are cold-blooded reptiles": at most three plain adjectives, then the class.
    for (let n = 0; n < 4 && k >= 0; n++, k = next(k + 1)) {
      if (ANIMAL_CLASSES.has(a.tokens[k]!.key)) return plainRest(a, k + 1);
      if (a.hits[k]!.length > 0) return false;
    }
    return false;
  }
  // "Donkeys can carry heavy loads": an ordinary verb, maybe after "can".
  const w = ABLE.has(verb) ? next(v + 1) : v;
  if (w < 0) return false;
  const key = a.tokens[w]!.key;
  if (a.hits[w]!.length > 0 || NOT_VERBS.has(key) || PHRASE_ENDS.has(key) || LINKS.has(key) || ADVERBS.has(key) || MODALS.has(key) || BE.has(key) || PEOPLE_WORDS.has(key) || PERSON_NOUNS.has(key)) return false;
  return plainRest(a, w + 1);
}

/**
 * The rest of the sentence from k speaks to no one, names nothing of public life and holds no listed word but
 * another animal ("scare my dog"), a word that insults only when said straight at someone ("scare my kids")
 * or one that means something only beside a people ("sniff out landmines": INERT_LISTS).
 */
function plainRest(a: Analysis, k: number): boolean {
  const sentence = a.tokens[k - 1]!.sentence;
  for (; k < a.tokens.length && a.tokens[k]!.sentence === sentence; k++) {
    const p = a.tokens[k]!;
    const listed = !ANIMAL_CLASSES.has(p.key) && !animalWord(a, k) && a.hits[k]!.some((h) => !INERT_LISTS.has(h.entry.list));
    if (listed || PUBLIC_LIFE.has(p.key) || referentOf(a, p) === 'second') return false;
  }
  return true;
}
/** Lists whose words say nothing of anyone in a sentence that names no people: "Worms eat the leaves I put in". */
const INERT_LISTS = new Set<ListName>(['insultDirect', 'praise', 'degrading', 'expulsion', 'hatred', 'humanity', 'verminVerb', 'contestVerb', 'harmOutcome', 'weapon']);
/** Words that may open a kind spoken of in general: "Most snakes are harmless", "All pigs are omnivores". */
const GENERAL_LEADS = new Set(['most', 'many', 'some', 'all', 'wild', 'domestic']);
/** Adverbs between a kind and its verb: "Leeches were once used", "Pigs are often kept". */
const GENERAL_ADVERBS = new Set(['once', 'often', 'usually', 'also', 'sometimes', 'generally', 'mostly', 'commonly', 'traditionally', 'still', 'actually', 'naturally', 'really', 'very', 'highly', 'quite', 'extremely']);
/** Participles of what animals are kept and used for: "Donkeys are used for farm work", "Sheep are farmed for wool". */
const KEPT_FOR = new Set([
  'used', 'kept', 'bred', 'raised', 'reared', 'farmed', 'fed', 'hunted', 'eaten', 'trained', 'hired', 'domesticated',
  'found', 'born', 'sold', 'slaughtered', 'herded', 'caught', 'grown', 'milked', 'sheared', 'vaccinated', 'classified',
]);
/** Classes of animals a kind belongs to: "Pigs are intelligent animals", "Rats are rodents". */
const ANIMAL_CLASSES = new Set([
  'animals', 'creatures', 'mammals', 'birds', 'reptiles', 'amphibians', 'insects', 'rodents', 'primates', 'omnivores',
  'herbivores', 'carnivores', 'predators', 'scavengers', 'pets', 'livestock', 'species', 'invertebrates', 'organisms',
  'larvae', 'arachnids', 'parasites', 'worms', 'fish', 'beasts',
]);
/** What animals are by nature: "Pigs are omnivorous", "Snakes are cold-blooded". */
const ANIMAL_TRAITS = new Set([
  'intelligent', 'social', 'omnivorous', 'herbivorous', 'carnivorous', 'nocturnal', 'venomous', 'poisonous', 'cold',
  'warm', 'endangered', 'extinct', 'domesticated', 'territorial', 'harmless', 'edible', 'native', 'hermaphrodites',
]);
/** Words of ability before a kind's verb: "Donkeys can carry heavy loads". */
const ABLE = new Set(['can', 'could', 'will', 'may']);
/** Verbs after a kind that judge people rather than tell of the animals' life: "Rats deserve prison", "Pigs belong in jail". */
const NOT_VERBS = new Set(['deserve', 'deserves', 'belong', 'belongs', 'need', 'needs', 'ought', 'get', 'got']);
/** Words of public life: a kind said to do something there is people ("Clowns run this country"). */
const PUBLIC_LIFE = new Set([
  'country', 'countries', 'government', 'governments', 'state', 'nation', 'politics', 'political', 'politicians',
  'election', 'elections', 'vote', 'votes', 'voted', 'voting', 'tax', 'taxes', 'taxpayers', 'benefits', 'welfare',
  'society', 'system', 'economy', 'world', 'media', 'parliament', 'congress', 'senate', 'office', 'thread', 'threads',
  'forum', 'comments', 'internet', 'online', 'council', 'court', 'courts', 'police', 'army', 'church', 'press',
  'we', 'us', 'our', 'ours',
]);

/** The words of identity.dehumanising that are animals, and so also name the animals themselves. */
const ANIMALS = new Set(['animal', 'beast', 'rat', 'dog', 'pig', 'ape', 'monkey', 'sheep', 'swine', 'maggot', 'leech', 'insect', 'locust', 'rodent', 'parasite', 'cattle']);

/** Token i reads as one of those animal words, in any form ("pigs", "sheeep"). */
function animalWord(a: Analysis, i: number): boolean {
  return a.hits[i]!.some((h) => h.entry.list === 'dehumanising' && ANIMALS.has(h.entry.term));
}
/** Words that point at the people before its name: "these Azeri dogs", "you Turkish pigs". */
const POINTED = new Set(['these', 'those', 'you', 'u', 'filthy', 'dirty', 'bloody', 'damn', 'fucking']);
/** Modal verbs: after a noun they open its predicate, they are no second noun of a compound. */
const MODALS = new Set(['will', 'would', 'wont', 'can', 'cant', 'cannot', 'could', 'should', 'shouldnt', 'must', 'might', 'may', 'shall', 'gonna']);
/** Words after a noun that are no second noun of a compound: "send this pig back", "dogs everywhere". */
const ADVERBS = new Set(['back', 'out', 'up', 'down', 'off', 'away', 'around', 'here', 'there', 'now', 'again', 'then', 'today', 'anymore', 'forever', 'instead', 'together', 'everywhere']);

/** Words that may join a people to what it is called: "Turks are nothing but dogs", "Armenians, those pigs", "a horde of animals". */
const LINKS = new Set(['are', 'were', 'is', 'be', 'been', 'being', 'nothing', 'but', 'such', 'these', 'those', 'the', 'them', 'of', 'bunch', 'pack', 'herd', 'lot', 'horde', 'hordes', 'swarm', 'swarms', 'filthy', 'dirty', 'dumb', 'stupid', 'just', 'only', 'still', 'even', 'no', 'better', 'more', 'worse', 'called', 'call']);

const PROFANE_OBJECT = new Set(['the', 'all', 'those', 'these', 'you']);
/** Collectives of creatures: "a swarm of locusts", "a pack of dogs", "a horde of animals". */
const SWARMS = new Set(['swarm', 'swarms', 'horde', 'hordes', 'pack', 'packs', 'herd', 'herds', 'bunch', 'plague']);
const COLLECTIVES = new Set(['nation', 'race', 'people', 'bunch', 'tribe', 'pack', 'band', 'lot', 'gang', 'herd', 'country', 'land']);
const COMPLEMENT = new Set(['of', 'to', 'about', 'with', 'for']);

/** Words after which a word still closes its noun phrase: "liars and thieves", "thieves who ...". */
const PHRASE_ENDS = new Set([
  'and', 'or', 'but', 'who', 'that', 'which', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'like', 'as', 'than', 'because',
  'since', 'when', 'if', 'from', 'by', 'all', 'too', 'anyway', 'everywhere', 'lol', 'period', 'nothing', 'just', 'always',
]);

/** The word at i is no adjective of a plain noun after it ("typical victims", "the dirtiest players"). */
function attributeOfNothing(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (!next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !next.wordLike) return true;
  return PHRASE_ENDS.has(next.key) || a.hits[i + 1]!.length > 0 || PEOPLE_WORDS.has(next.key);
}
const PEOPLE_WORDS = new Set(['people', 'folks', 'race', 'nation', 'lot', 'bunch', 'ones', 'scum', 'creatures', 'beings', 'humans']);

/** Words that may open the subject before a people's name: "all Turks", "the Armenians", "most Kurds". */
const SUBJECT_LEADS = new Set(['the', 'all', 'these', 'those', 'most', 'many', 'some', 'every', 'you', 'and', 'because', 'cause', 'coz', 'cuz', 'that', 'why', 'since']);

/** The people's name at k opens its clause's subject: not the object of a verb before it ("who beheaded Armenians are"). */
function subjectAt(a: Analysis, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const p = a.tokens[j]!;
    if (p.sentence !== a.tokens[k]!.sentence || a.tokens[j + 1]!.clauseBreak) return true;
    if (SUBJECT_LEADS.has(p.key) || a.hits[j]!.some((h) => h.entry.list === 'group')) continue;
    if (p.key === 'of') return !afterOfHead(a, j);
    return FILLERS.has(p.key) && !THIRD_OR_WHO.has(p.key);
  }
  return true;
}
/**
 * "the treatment of refugees is cruel", "the persecution of Jews was barbaric": the people after the "of" at
 * j belongs to a noun before it, which is what is judged; a share of them ("most of the refugees", "a bunch
 * of them", "those kind of people") is still the people.
 */
export function afterOfHead(a: Analysis, j: number): boolean {
  const head = a.tokens[j - 1];
  return head !== undefined && head.sentence === a.tokens[j]!.sentence && head.wordLike && !SHARES.has(head.key) && !COLLECTIVES.has(head.key);
}
/** A share of a people before "of": "most of the Turks", "every one of them", "half of all migrants". */
const SHARES = new Set([
  'most', 'many', 'some', 'all', 'none', 'each', 'one', 'half', 'majority', 'lots', 'few', 'rest', 'any', 'both', 'several',
  'plenty', 'every', 'millions', 'thousands', 'hundreds', 'percent', 'out', 'kind', 'sort', 'type', 'kinds', 'sorts', 'types',
]);
const THIRD_OR_WHO = new Set(['who', 'which']);

/**
 * Words that may stand between a people's name and what is said of it: "Turks are all liars", "Jews have
 * always been", and the adverbs of race science ("Blacks are genetically inferior", "inherently violent").
 */
const PREDICATE_FILLERS = new Set([
  'all', 'really', 'have', 'has', 'always', 'just', 'nothing', 'but', 'by', 'nature', 'naturally', 'basically',
  'genetically', 'inherently', 'racially', 'biologically', 'innately',
  // Round 15 (ti8): a vice made a people's birthright ("Azerbaijanis are born thieves", "Turks are natural liars"),
  // and the victims or the scale of a killing made its trade ("Israelis are child killers", "cold blooded murderers")
  'born', 'natural', 'child', 'baby', 'mass', 'serial', 'cold', 'blooded',
]);

/** Words that may stand between a people and its verb of vermin: "Muslims will just keep breeding". */
const VERMIN_AUX = new Set(['will', 'keep', 'continue', 'to', 'always', 'just', 'all', 'still', 'are', 'is', 'have', 'been', 'gonna', 'only']);
/** What a people swarms or infests: "our cities", "this country", "Europe". */
const OURS = new Set(['our', 'my', 'this', 'every', 'all']);

/**
 * "Muslims breed like rabbits", "migrants swarm in like locusts", "immigrants infest our cities",
 * "Europe is infested with Turks": a people likened to vermin by a verb of vermin (identity.verminVerbs),
 * with a comparison or a place of the writer's taken, or a people after its passive. "Kurds breed
 * sheep", "Armenians swarmed the square to celebrate" and "rats infest the subway" are not.
 */
function likenedToVermin(a: Analysis, i: number): Finding | null {
  if (!a.hits[i]!.some((h) => h.entry.list === 'verminVerb')) return null;
  const tokens = a.tokens;
  const t = tokens[i]!;
  const same = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === t.sentence && !(k > i && tokens[k]!.clauseBreak);
  let people = -1;
  // Passive: "infested with Turks", "overrun and infested by migrants".
  if (/ed$/.test(t.key) && same(i + 1) && (tokens[i + 1]!.key === 'with' || tokens[i + 1]!.key === 'by')) {
    for (let k = i + 2; same(k) && k <= i + 4; k++) {
      if (isPeople(a, k)) {
        people = k;
        break;
      }
      if (!OBJECT_FILLERS.has(tokens[k]!.key)) break;
    }
  } else {
    for (let k = i - 1; same(k) && k >= i - 4; k--) {
      if (isPeople(a, k)) {
        if (subjectAt(a, k)) people = k;
        break;
      }
      if (!VERMIN_AUX.has(tokens[k]!.key)) break;
    }
    if (people < 0) return null;
    // A comparison ("like rabbits", "in like locusts") or a place of ours ("our cities", "Europe").
    let likened = false;
    for (let k = i + 1; same(k) && k <= i + 3 && !likened; k++) {
      const p = tokens[k]!;
      if (p.key === 'like' || (p.key === 'as' && k > i + 1)) likened = true;
      else if (k === i + 1 && (OURS.has(p.key) || (p.capitalised && p.wordLike && a.hits[k]!.length === 0))) likened = true;
      else if (!(PARTICLE_OR_ADVERB.has(p.key))) break;
    }
    if (!likened) return null;
  }
  if (people < 0 || negatedBetween(a, Math.min(people, i) - 2, i) || quotedSpeech(a, i) || attributed(a, Math.min(people, i), Math.max(people, i))) return null;
  return {
    rule: 'dehumanising-group',
    category: 'identity_attack',
    severity: 'medium',
    ...originalSpan(a.norm, tokens[Math.min(people, i)]!.ns, tokens[Math.max(people, i)]!.ne),
    explanation: `"${t.raw}" likens a people to vermin`,
  };
}
const PARTICLE_OR_ADVERB = new Set(['in', 'into', 'over', 'across', 'out', 'up', 'here', 'there', 'everywhere', 'fast', 'quickly', 'just']);

/**
 * "Armenians are inferior", "all immigrants are rapists", "filthy Turks", "a typical Jew": a degrading
 * or insulting word said of a people as a whole, as its predicate or as an adjective of its name.
 * "The Azerbaijani regime is criminal" is said of a regime; "not all Muslims are terrorists" denies it.
 */
function degraded(a: Analysis, i: number): Finding | null {
  const degrading = a.hits[i]!.some((h) => h.entry.list === 'degrading');
  const insult = degrading ? undefined : insultEntry(a, i, false);
  // A swear word before a people's name ("fucking Turks") degrades it too, but not said of it after "be".
  const profane = !degrading && (!insult || insult.list === 'insultDirect') && a.hits[i]!.some((h) => h.entry.list === 'profanity');
  if (!degrading && !profane && (!insult || insult.list === 'insultDirect')) return null;
  const t = a.tokens[i]!;
  let people = -1;
  // "Americans are sick of ...", "proud to": an adjective with a complement says how they feel; a
  // degrading word before "to" compares ("Blacks are inferior to whites").
  const next = a.tokens[i + 1];
  const compared = degrading && next?.key === 'to';
  if (next && next.sentence === t.sentence && COMPLEMENT.has(next.key) && !compared && !a.hits[i]!.some((h) => h.entry.list === 'insultNoun')) return null;
  // Attributive: "filthy Turks", "dirty little Armenians" (an adjective, not a noun or verb: "award shows trash Christians").
  const adjective = profane || a.hits[i]!.some((h) => h.entry.list === 'insultAdj' || h.entry.list === 'degrading');
  for (let k = i + 1; adjective && k < a.tokens.length && k <= i + 3; k++) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || p.clauseBreak) break;
    if (isPeople(a, k)) people = k;
    // "fuck the Turks", "fuck all Azeris": a swear word aimed at a people.
    if (people >= 0 || !(FILLERS.has(p.key) || (profane && PROFANE_OBJECT.has(p.key)))) break;
  }
  // A people's name before a degrading noun: "Islamic invaders", "Armenian thieves"; not a group of them
  // singled out ("the Azerbaijani murderers of ...", "Turkish thieves who stole ...").
  const prev = a.tokens[i - 1];
  if (people < 0 && !profane && prev && prev.sentence === t.sentence && !t.clauseBreak && isPeopleName(a, i - 1) && nounAt(a, i, insult) && attributeOfNothing(a, i)) {
    const before = a.tokens[i - 2];
    const after = a.tokens[i + 1];
    const singled = (before && before.sentence === t.sentence && SINGLING.has(before.key)) || (after && after.sentence === t.sentence && !after.clauseBreak && SINGLING.has(after.key));
    if (!singled) people = i - 1;
  }
  // Predicate: "Turks are liars", "Muslims are a cancer"; the word heads what is said of them ("Turks
  // are typical victims" says they are victims) and the people is the subject ("the soldiers who
  // beheaded Armenians are murderers" is said of the soldiers).
  let sawBe = false;
  const closed = attributeOfNothing(a, i) || participleAfter(a, i, insult);
  for (let k = i - 1; people < 0 && !profane && closed && k >= 0 && k >= i - 6; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak) break;
    if (BE.has(p.key)) sawBe = true;
    else if (sawBe && isPeople(a, k)) {
      if (subjectAt(a, k)) people = k;
      break;
    } else if (p.key === 'of' && k > 0 && COLLECTIVES.has(a.tokens[k - 1]!.key)) {
      // "a nation of thieves", "a bunch of savages": what the people is made of.
      k--;
    } else if (!(FILLERS.has(p.key) || PREDICATE_FILLERS.has(p.key))) break;
  }
  if (people < 0 || (negatedBetween(a, Math.min(people, i) - 3, Math.max(people, i)) && !takenBack(a, i)) || quotedSpeech(a, i)) return null;
  if (attributed(a, Math.min(people, i), Math.max(people, i))) return null;
  const from = Math.min(people, i);
  const to = Math.max(people, i);
  return {
    rule: 'degrading-group',
    category: 'identity_attack',
    // Held for a moderator: a generalisation is judged in its context, unlike a slur.
    severity: 'medium',
    ...originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne),
    explanation: `"${insult?.term ?? a.tokens[i]!.raw}" is said of a people`,
  };
}

/** Killing words: called for against a people they are an identity attack whatever else is said. */
const KILLING = new Set([
  'kill', 'murder', 'shoot', 'hang', 'lynch', 'gas', 'slaughter', 'massacre', 'butcher', 'burn', 'nuke', 'bomb', 'execute', 'behead',
  'stab', 'rape', 'torture', 'exterminate', 'eradicate', 'annihilate', 'wipe out', 'wipe off', 'put down',
  // Round 14 (ti5): a people hunted like game ("hunt down every Armenian", "let's hunt down the Turks")
  'hunt down',
]);
/** "should", "must", "need to", "let's", "we will": a call, or the writer's own intent. */
const CALLS = new Set(['should', 'must', 'need', 'needs', 'gotta', 'lets', 'ought', 'have', 'got']);
const WE = new Set(['we', 'i', 'ill', 'well', 'id', 'ima', 'imma', 'im']);
const INTENDS = new Set(['will', 'gonna', 'going', 'wanna', 'want', 'would', 'll', 'shall']);
/** A whole people: "all of them", "every last one of them", "them all". */
const MIGRANTS = new Set(['immigrant', 'migrant', 'refugee', 'foreigner']);
const WHOLE = new Set(['all', 'every', 'each', 'entire', 'whole']);
/** Verbs that empty a land of a people: "cleanse this country of Muslims", "rid Europe of Jews". */
const CLEANSING = new Set(['cleanse', 'purge', 'rid']);
/** The verb that "rid" needs: "get rid of", "got rid of". */
const GET_RID = new Set(['get', 'got']);
const OBJECT_FILLERS = new Set(['the', 'some', 'all', 'every', 'each', 'of', 'them', 'these', 'those', 'last', 'one', 'single', 'damn', 'fucking', 'filthy', 'dirty', 'illegal', 'entire', 'whole']);

/**
 * "Deport them all", "kick all the Muslims out", "exterminate the Turks", "Armenians should be wiped out":
 * a call to expel or destroy a people, ordered, urged ("should", "must", "let's") or intended by the
 * writer ("we will"). A report ("Turkey will deport Syrian refugees") is none, and expelling needs the
 * whole people ("Germany should deport migrants who commit crimes" is a policy, "deport all migrants"
 * is not).
 */
function calledAgainst(a: Analysis, i: number): Finding | null {
  if (a.tokens[i]!.key === 'dead') return onlyGoodDead(a, i);
  // "The only good immigrant is a deported one", "... a gassed one": the same slogan with the verb's participle.
  const slogan = /(ed|en)$/.test(a.tokens[i]!.key) && (a.tokens[i - 1]?.key === 'a' || a.tokens[i - 1]?.key === 'an') && a.tokens[i - 2]?.key === 'is' ? onlyGoodDead(a, i) : null;
  if (slogan) return slogan;
  let entry: string | undefined;
  for (const h of a.hits[i]!) {
    if (!(h.entry.list === 'expulsion' || (h.entry.list === 'violentVerb' && KILLING.has(h.entry.term)))) continue;
    // "wipe out" and "wipe off", "put down" and "put in camps" share their verb: the entry whose particle
    // follows is the one meant.
    const term = h.entry.term;
    if (entry === undefined || (term.includes(' ') && particleAfter(a, i, term.slice(term.indexOf(' ') + 1)))) entry = term;
  }
  if (entry === undefined) return null;
  if (entry === 'out') return outSlogan(a, i);
  if (entry === 'allowed' || entry === 'welcome') return noneAllowed(a, i);
  const tokens = a.tokens;
  const t = tokens[i]!;
  const killing = KILLING.has(entry);
  const particle = entry.includes(' ') ? entry.slice(entry.indexOf(' ') + 1) : '';
  let people = -1;
  let whole = false;
  let passive = false;
  let placed = false;
  // Passive, with the people as subject: "Armenians should be deported", "all Turks must be killed".
  if (/(ed|en|t)$/.test(t.key) && tokens[i - 1]?.key === 'be') {
    let k = i - 2;
    while (k >= 0 && i - k <= 4 && !isPeople(a, k) && tokens[k]!.sentence === t.sentence) {
      if (WHOLE.has(tokens[k]!.key)) whole = true;
      // "every Azeri in Artsakh should be expelled", "the Kurds in Turkey": a place (a name, or a country
      // of the groups list) after the people says which of them; a singular before it is the whole
      // people only after "every" ("a Turk in Germany" is one man).
      else if (k >= 2 && PLACE_PREPOSITIONS.has(tokens[k - 1]!.key) && tokens[k]!.capitalised && !isPeople(a, k) && a.hits[k]!.every((h) => h.entry.list === 'group')) {
        k -= 2;
        if (isPeopleName(a, k)) {
          placed = isPeople(a, k) || (k > 0 && WHOLE.has(tokens[k - 1]!.key));
          break;
        }
        continue;
      }
      // "Jews control the media and should be deported": the wish is a second predicate of the
      // people that opens the sentence.
      else if (tokens[k]!.key === 'and' && k < i - 2 && CALLS.has(tokens[k + 1]!.key)) {
        k = sentenceSubject(a, k);
        break;
      } else if (!CALLS.has(tokens[k]!.key) && tokens[k]!.key !== 'to') return null;
      k--;
    }
    // "ordered that all Armenians be deported": without a modal the call is a report of someone's order.
    if (k < 0 || !(isPeople(a, k) || placed) || tokens[k]!.sentence !== t.sentence || k === i - 2) return null;
    // "the disabled should be put down", not "Armenians should be put in charge": the particle follows
    // ("put in camps": all its words).
    if (particle !== '' && particle.split(' ').some((w, n) => tokens[i + 1 + n]?.key !== w)) return null;
    people = k;
    passive = true;
    if (k > 0 && WHOLE.has(tokens[k - 1]!.key)) whole = true;
  } else {
    for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
      const p = tokens[k]!;
      if (p.sentence !== t.sentence || p.clauseBreak) break;
      if (WHOLE.has(p.key) || (p.key === 'them' && tokens[k + 1]?.key === 'all')) whole = true;
      if (isPeople(a, k)) {
        people = k;
        break;
      }
      // "wipe out the Armenian race": the people's name before "race", "nation" or "people".
      if (isPeopleName(a, k) && k + 1 < tokens.length && isPeople(a, k + 1)) {
        people = k + 1;
        break;
      }
      // "wipe out the Kurds", "send back the migrants": the particle before the object.
      // "cleanse this country of Muslims", "purge Europe of Jews": the land emptied stands before "of".
      if (CLEANSING.has(entry) && (tokens[k + 1]?.key === 'of' || tokens[k + 2]?.key === 'of') && k <= i + 2) continue;
      if (!(OBJECT_FILLERS.has(p.key) || (k === i + 1 && particle !== '' && p.key === particle.split(' ')[0]))) break;
    }
    if (people < 0) return null;
    if (particle !== '' && !particleAfter(a, i, particle)) return null;
    if (tokens[people + 1]?.key === 'all') whole = true;
    // "Get rid of the Turks": the order is given by "get", the verb before "rid".
    const verb = entry === 'rid' && i > 0 && GET_RID.has(tokens[i - 1]!.key) ? i - 1 : i;
    if (!(orderAt(a, verb) || calledFor(a, i))) return null;
  }
  // A nation or faith named is the whole of it ("kick the Turks out"); migrants need "all" ("deport
  // illegal migrants" is a policy argued over, "deport them all" is not).
  if (!a.hits[people]!.some((h) => h.entry.list === 'group' && MIGRANTS.has(h.entry.term)) && !(a.tokens[people]!.key === 'people' && people > 0 && a.hits[people - 1]!.some((h) => MIGRANTS.has(h.entry.term)))) whole = true;
  if (!(killing || whole) || negatedBetween(a, Math.min(people, i) - 3, i) || quotedSpeech(a, i) || attributed(a, Math.min(people, i), Math.max(people, i))) return null;
  const from = Math.min(people, i);
  return {
    rule: 'call-against-group',
    category: 'identity_attack',
    severity: killing ? 'high' : 'medium',
    ...originalSpan(a.norm, tokens[from]!.ns, tokens[Math.max(people, i)]!.ne),
    explanation: `${passive ? 'wishes' : 'calls'} to ${entry} a people`,
  };
}

/**
 * "Turks out!", "All Armenians out of our country": a people's name and "out" making up the whole
 * clause call for the people's expulsion. "Armenians out of work" and "the Kurds out east" are no
 * slogan: after "out" comes the end, or "of" and a place ("of here", "of our country", "of Europe").
 */
function outSlogan(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  if (t.key !== 'out') return null;
  const people = i - 1;
  if (people < 0 || !isPeople(a, people) || tokens[people]!.sentence !== t.sentence) return null;
  let first = people;
  while (first > 0 && tokens[first - 1]!.sentence === t.sentence && SLOGAN_OPENERS.has(tokens[first - 1]!.key)) first--;
  if (first > 0 && tokens[first - 1]!.sentence === t.sentence && !tokens[first]!.clauseBreak) return null;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && !next.clauseBreak) {
    const place = tokens[i + 2];
    if (next.key !== 'of' || !place || place.sentence !== t.sentence) return null;
    if (!(OUT_OF_PLACE.has(place.key) || (place.capitalised && place.wordLike && a.hits[i + 2]!.length === 0))) return null;
  }
  return {
    rule: 'call-against-group',
    category: 'identity_attack',
    severity: 'medium',
    ...originalSpan(a.norm, tokens[people]!.ns, t.ne),
    explanation: 'calls to drive a people out',
  };
}

/**
 * Round 13 (ti4): "No Jews allowed", "no immigrants welcome here": the sign that bars a people, "no" opening its
 * clause right before the people's name. Not "no Armenians were allowed to vote" (a ban told), "Refugees
 * welcome" (no "no"), "no Turks allowed him in" (the clause goes on to an object).
 */
function noneAllowed(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  const people = i - 1;
  const no = i - 2;
  if (no < 0 || !isPeople(a, people) || tokens[no]!.key !== 'no' || tokens[no]!.sentence !== t.sentence || tokens[people]!.clauseBreak || t.clauseBreak) return null;
  if (no > 0 && tokens[no - 1]!.sentence === t.sentence && !tokens[no]!.clauseBreak) return null;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && !next.clauseBreak && !NO_ENTRY_AFTER.has(next.key)) return null;
  if (quotedSpeech(a, i) || attributed(a, no, i)) return null;
  return {
    rule: 'call-against-group',
    category: 'identity_attack',
    severity: 'medium',
    ...originalSpan(a.norm, tokens[no]!.ns, t.ne),
    explanation: 'bars a people',
  };
}

/** What may follow the sign's word: "no Jews allowed here", "in our town", "ever". */
const NO_ENTRY_AFTER = new Set(['here', 'in', 'at', 'on', 'ever', 'anymore', 'again', 'period', 'lol']);

/** Prepositions of a place that picks out some of a people: "the Turks in Germany", "Armenians from Baku". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'of']);
const SLOGAN_OPENERS = new Set(['all', 'the']);
const OUT_OF_PLACE = new Set(['here', 'our', 'my', 'this', 'the', 'europe', 'america']);

/** The people that opens the sentence of token k ("All Turks ..."), or -1. */
function sentenceSubject(a: Analysis, k: number): number {
  const sentence = a.tokens[k]!.sentence;
  let s = k;
  while (s > 0 && a.tokens[s - 1]!.sentence === sentence) s--;
  while (s < k && (WHOLE.has(a.tokens[s]!.key) || a.tokens[s]!.key === 'the')) s++;
  if (s < k && isPeople(a, s)) return s;
  // "Disabled people ...", "Gay people ...": the people's name before "people".
  return s + 1 < k && isPeople(a, s + 1) ? s + 1 : -1;
}

/** The particle of "kick out", "send back" after the verb, before or after its object. */
function particleAfter(a: Analysis, i: number, particle: string): boolean {
  // "put them in camps": every word of the particle, in order ("put them in charge" is none).
  const words = particle.split(' ');
  for (let k = i + 1; k < a.tokens.length && k <= i + 7; k++) {
    if (a.tokens[k]!.sentence !== a.tokens[i]!.sentence) return false;
    if (words.every((w, n) => a.tokens[k + n]?.key === w)) return true;
  }
  return false;
}

/** "we should deport them", "let's kill all the ...", "we will round up": urged, or intended by the writer. */
function calledFor(a: Analysis, i: number): boolean {
  let intends = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = a.tokens[k]!;
    if (p.sentence !== a.tokens[i]!.sentence || a.tokens[k + 1]!.clauseBreak) return false;
    if (CALLS.has(p.key)) return !negatedBetween(a, k - 1, i);
    if (INTENDS.has(p.key)) intends = true;
    if (intends && WE.has(p.key)) return !negatedBetween(a, k, i);
    if (p.key === 'ill' || p.key === 'well') return true;
  }
  return false;
}

/** "The only good Turk is a dead Turk": death wished on a people. */
function onlyGoodDead(a: Analysis, i: number): Finding | null {
  let people = -1;
  for (let k = i - 1; k >= 1 && k >= i - 6; k--) {
    if (a.tokens[k]!.sentence !== a.tokens[i]!.sentence) return null;
    if (a.hits[k]!.some((h) => h.entry.list === 'group' && h.entry.severity === 'medium')) people = k;
    if (a.tokens[k]!.key === 'good' && a.tokens[k - 1]!.key === 'only' && people > k) {
      return {
        rule: 'call-against-group',
        category: 'identity_attack',
        severity: 'high',
        ...originalSpan(a.norm, a.tokens[k - 1]!.ns, a.tokens[i]!.ne),
        explanation: 'wishes a people dead',
      };
    }
  }
  return null;
}

const HATERS = new Set(['i', 'we', 'im', 'ive']);

/**
 * "I hate Armenians", "we despise all Turks": the writer's hatred of a people. Not denied ("I don't hate
 * Turks") and not of a thing of theirs ("I hate Turkish coffee", where the name is no head).
 */
function hated(a: Analysis, i: number): Finding | null {
  if (!a.hits[i]!.some((h) => h.entry.list === 'hatred')) return null;
  const tokens = a.tokens;
  let by = -1;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tokens[k]!.sentence !== tokens[i]!.sentence) return null;
    if (HATERS.has(tokens[k]!.key)) {
      by = k;
      break;
    }
    if (!FILLERS.has(tokens[k]!.key)) return null;
  }
  if (by < 0) return null;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const p = tokens[k]!;
    if (p.sentence !== tokens[i]!.sentence || p.clauseBreak) return null;
    if (isPeople(a, k)) {
      // "I hate Turks who deny the genocide": some of a people, picked out by what they do.
      const next = tokens[k + 1];
      if (next && next.sentence === p.sentence && (next.key === 'who' || next.key === 'that')) return null;
      if (negatedBetween(a, by - 1, i) || quotedSpeech(a, i) || attributed(a, by, k)) return null;
      return {
        rule: 'hatred-of-group',
        category: 'identity_attack',
        severity: 'medium',
        ...originalSpan(a.norm, tokens[by]!.ns, p.ne),
        explanation: `"${tokens[i]!.raw}" a people`,
      };
    }
    if (!OBJECT_FILLERS.has(p.key)) return null;
  }
  return null;
}

/**
 * Round 15 (ti8): "those people", "these people", "you people": a people pointed at, unnamed ("those people are
 * barely human"); "people" alone is anyone ("people are not human enough to care" names no one).
 */
function pointedPeople(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  const before = a.tokens[k - 1];
  return (t.key === 'people' || t.key === 'folks') && before !== undefined && before.sentence === t.sentence && POINTING.has(before.key);
}
const POINTING = new Set(['those', 'these', 'you']);

/**
 * Round 15 (ti8): "Never trust an Arab", "you can't trust a Turk", "don't ever trust Armenians": distrust taught of
 * anyone of a people, a generalisation held for a moderator. Not "never trust a Russian promise" (the name
 * describes a thing) nor "you can't trust the Russians on this" (a state's side, after "the").
 */
function distrusted(a: Analysis, i: number): Finding | null {
  if (!isPeople(a, i)) return null;
  const tokens = a.tokens;
  let j = i - 1;
  if (tokens[j] && TRUSTED_ONE.has(tokens[j]!.key)) j--;
  if (j < 1 || tokens[j]!.key !== 'trust') return null;
  let d = j - 1;
  if (tokens[d]!.key === 'ever') d--;
  const denial = tokens[d];
  if (!denial || !DISTRUST.has(denial.key) || denial.sentence !== tokens[i]!.sentence || quotedSpeech(a, i) || attributed(a, d, i)) return null;
  return {
    rule: 'degrading-group',
    category: 'identity_attack',
    severity: 'medium',
    ...originalSpan(a.norm, denial.ns, tokens[i]!.ne),
    explanation: 'distrust is taught of a whole people',
  };
}
const TRUSTED_ONE = new Set(['a', 'an', 'any']);
const DISTRUST = new Set(['never', 'dont', 'cant', 'cannot', 'shouldnt']);

function isPeopleName(a: Analysis, k: number): boolean {
  const hits = a.hits[k]!;
  for (let j = 0; j < hits.length; j++) if (hits[j]!.entry.list === 'group' && hits[j]!.entry.severity === 'medium') return true;
  return false;
}

/** Words that single out some of a people: "the Turkish thieves who ...", "those Armenian liars of ...". */
const SINGLING = new Set(['who', 'that', 'which', 'of', 'whose', 'these', 'those', 'two', 'three', 'some', 'a', 'an', 'one']);

/** The degrading word at i is a noun: a listed insult noun, or a degrading word in the plural ("invaders", "thieves"). */
function nounAt(a: Analysis, i: number, insult: { list: string } | undefined): boolean {
  if (insult) return insult.list === 'insultNoun';
  return a.hits[i]!.some((h) => h.entry.list === 'degrading' && h.form !== h.entry.term && /s$/.test(h.form)) || a.tokens[i]!.key === 'thieves';
}

/**
 * A noun followed by a participle that says what it does: "a disease infecting our cities", "parasites
 * living off us", "a cancer spreading across Europe". The participle is no noun the word describes.
 */
function participleAfter(a: Analysis, i: number, insult: { list: string } | undefined): boolean {
  const next = a.tokens[i + 1];
  const prev = a.tokens[i - 1];
  if (!next || next.sentence !== a.tokens[i]!.sentence || next.clauseBreak || !/..ing$/.test(next.key) || a.hits[i + 1]!.length > 0) return false;
  return nounAt(a, i, insult) || prev?.key === 'a' || prev?.key === 'an';
}

/** Lists whose words the rules below read: most tokens with hits (a group's name, "people") have none. */
const READ_LISTS = new Set<string>(['degrading', 'insultNoun', 'insultAdj', 'insultDirect', 'profanity', 'expulsion', 'violentVerb', 'hatred', 'harmOutcome', 'humanity', 'verminVerb']);

function mayDegrade(hits: Analysis['hits'][number]): boolean {
  for (const h of hits) if (READ_LISTS.has(h.entry.list)) return true;
  return false;
}

const DENIALS = new Set(['not', 'nt', 'arent', 'isnt', 'werent', 'wasnt', 'aint', 'never']);
/** Round 13 (ti4): humanity all but denied: "Africans are barely evolved", "they're hardly human". */
const SCARCELY = new Set(['barely', 'hardly', 'scarcely']);
const DEGREE = new Set(['even', 'really', 'fully', 'truly', 'quite', 'a', 'real', 'proper']);

/** Words that open a people named after a comma: "..., those Georgians", "..., the Turks", "..., all of them Kurds". */
const AFTERTHOUGHT = new Set(['those', 'these', 'the']);

/**
 * Round 16 (ti9): "they are not even human, those Georgians": the subject "they" at k is named by a people right
 * after the comma that closes the clause ending at `end`.
 */
function namedAfter(a: Analysis, k: number, end: number): boolean {
  const key = a.tokens[k]!.key;
  const det = a.tokens[end + 1];
  if ((key !== 'they' && key !== 'theyre') || !det || det.sentence !== a.tokens[k]!.sentence || !det.clauseBreak || !AFTERTHOUGHT.has(det.key)) return false;
  return end + 2 < a.tokens.length && a.tokens[end + 2]!.sentence === det.sentence && isPeople(a, end + 2);
}

/** "Azeris are not human", "Turks aren't even human", "Armenians are less than human": humanity denied a people. */
function humanityDenied(a: Analysis, i: number): Finding | null {
  if (!a.hits[i]!.some((h) => h.entry.list === 'humanity')) return null;
  const tokens = a.tokens;
  const t = tokens[i]!;
  // "human" closes its phrase ("not human", "not human beings"), not "human rights", "a human shield".
  const beings = i + 1 < tokens.length && (tokens[i + 1]!.key === 'being' || tokens[i + 1]!.key === 'beings') ? i + 1 : i;
  if (!attributeOfNothing(a, beings)) return null;
  let k = i - 1;
  while (k >= 0 && DEGREE.has(tokens[k]!.key)) k--;
  if (k < 1 || tokens[k]!.sentence !== t.sentence) return null;
  // The denial: "not", "aren't", "less than" or "less" ("less intelligent").
  if (tokens[k]!.key === 'than' && tokens[k - 1]!.key === 'less') k -= 2;
  else if (DENIALS.has(tokens[k]!.key) || tokens[k]!.key === 'less' || SCARCELY.has(tokens[k]!.key)) k--;
  else return null;
  while (k >= 0 && (BE.has(tokens[k]!.key) || PREDICATE_FILLERS.has(tokens[k]!.key))) k--;
  if (k < 0 || tokens[k]!.sentence !== t.sentence || !(isPeople(a, k) || pointedPeople(a, k) || namedAfter(a, k, beings)) || !subjectAt(a, k) || attributed(a, k, i) || quotedSpeech(a, i)) return null;
  return {
    rule: 'dehumanising-group',
    category: 'identity_attack',
    severity: 'medium',
    ...originalSpan(a.norm, tokens[k]!.ns, tokens[beings]!.ne),
    explanation: 'humanity is denied to a people',
  };
}
