import type { Analysis } from '../analyse';
import { FIRST_PERSON, THIRD_PERSON, isAddress, negatedBetween, nearestReferentBefore } from '../grammar';
import { originalSpan } from '../normalise';
import { FindingList, type Finding, type Severity } from '../types';

/** Words that turn a violent verb into intent: "I will kill", "we're gonna", "someone should". */
const INTENT = new Set([
  'will', 'ill', 'gonna', 'going', 'wanna', 'want', 'shall', 'gotta', 'should', 'lets', 'must', 'would',
  'id', 'ima', 'imma', 'im', 'gon', 'wll', 'plan', 'plans', 'intend', 'intends', 'ready', 'to', 'll',
  'could', 'might', 'wants',
]);
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
      const f = hit.entry.list === 'violentVerb' ? violentIntent(a, i) : hit.entry.list === 'harmWish' ? harmWish(a, i) : null;
      if (f) {
        findings.add(f);
        break;
      }
    }
    for (const { entry: phrase, last: lastIndex } of a.phrases[i]!) {
      if (phrase.list !== 'threat') continue;
      if (negatedBetween(a, i - 3, i)) continue;
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

function span(a: Analysis, from: number, to: number) {
  return originalSpan(a.norm, a.tokens[from]!.ns, a.tokens[to]!.ne);
}

function violentIntent(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let subject = -1;
  let intent = false;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (INTENT.has(p.key)) intent = true;
    if (THREATENERS.has(p.key)) {
      subject = k;
      break;
    }
    // "I'm going to find you and hurt you": an object of an earlier verb, joined by "and", is passed, and
    // so is the subject of a clause inside the threat ("I will find where you live and hurt you").
    if ((isAddress(a, p) || THIRD_PERSON.has(p.key)) && tokens[k + 1]?.key !== 'and' && !(k > 0 && EMBEDDING.has(tokens[k - 1]!.key))) break;
  }
  // History is told in the past tense ("they killed"); threats are not.
  const base = !t.key.endsWith('ed');
  // Object: the person the violence is aimed at.
  let object = -1;
  let mass = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const p = tokens[k]!;
    if (p.sentence !== t.sentence) break;
    if (object < 0 && k <= i + 3 && (PERSON_OBJECT.has(p.key) || p.mention || a.participants.has(p.key))) object = k;
    if (mass < 0 && (MASS_OBJECT.has(p.key) || a.hits[k]!.some((h) => h.entry.list === 'group'))) mass = k;
  }
  if (subject >= 0 && intent && object >= 0 && base && !negatedBetween(a, subject, i)) {
    return {
      rule: 'violent-threat',
      category: 'threat',
      severity: 'high',
      ...span(a, subject, object),
      explanation: `"${t.raw}" is threatened against a person`,
    };
  }
  // An order to kill ("kill them all", "shoot him", "gas the Armenians"): incitement, whoever says it.
  if (LETHAL.has(t.key) && orderAt(a, i) && (object >= 0 || mass >= 0) && !negatedBetween(a, i - 3, i)) {
    return {
      rule: 'incitement',
      category: 'threat',
      severity: 'high',
      ...span(a, i, Math.max(object, mass)),
      explanation: `"${t.raw}" is urged against ${object >= 0 ? 'a person' : 'a people'}`,
    };
  }
  // Passive: "you should be shot", "he deserves to be hanged".
  const prev = tokens[i - 1];
  if (prev && prev.key === 'be' && /(ed|en|t|ung)$/.test(t.key)) {
    let modal = -1;
    for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (PASSIVE_MODAL.has(tokens[k]!.key)) modal = k;
    if (modal >= 0 && !negatedBetween(a, modal - 1, i)) {
      const who = nearestReferentBefore(a, modal, 4);
      if (who.referent === 'second' || who.referent === 'third') {
        return {
          rule: 'violent-wish',
          category: 'threat',
          severity: who.referent === 'second' ? 'high' : 'medium',
          ...span(a, who.at, i),
          explanation: `wishes "${t.raw}" on a person`,
        };
      }
    }
  }
  // Destruction of a people, announced or attributed as intent ("you will annihilate all of 130,000+
  // Armenian souls"): held for a moderator, it may be an accusation rather than a threat.
  if (intent && mass >= 0 && !/ed$/.test(t.key) && !negatedBetween(a, i - 4, i)) {
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

/** Killing words, the only ones an order turns into incitement ("beat them" is sport, "kill them" is not). */
const LETHAL = new Set([
  'kill', 'murder', 'shoot', 'stab', 'hang', 'lynch', 'behead', 'gas', 'exterminate', 'slaughter', 'massacre',
  'execute', 'annihilate', 'eradicate', 'butcher', 'strangle', 'rape', 'torture',
]);
const ORDER_OPENERS = new Set(['just', 'please', 'lets', 'go', 'and', 'then', 'now', 'should', 'must']);

/** The verb at i gives an order: it opens its clause, perhaps after "just", "let's", "go" or a mention. */
function orderAt(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && a.tokens[k]!.sentence === t.sentence && !a.tokens[k + 1]!.clauseBreak) {
    const p = a.tokens[k]!;
    if (!(p.mention || ORDER_OPENERS.has(p.key))) return false;
    k--;
  }
  return k < 0 || a.tokens[k]!.sentence !== t.sentence || a.tokens[k + 1]!.clauseBreak || i - k > 3;
}

function harmWish(a: Analysis, i: number): Finding | null {
  const tokens = a.tokens;
  const t = tokens[i]!;
  let wish = -1;
  // "I hope you get cancer and die": the wish may stand a few words before the verb.
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.sentence !== t.sentence) break;
    // "Let them die", "let him rot": an order that harm come to a person, when "let" opens its clause.
    if (WISH.has(tokens[k]!.key) || (tokens[k]!.key === 'let' && PERSON_OBJECT.has(tokens[k + 1]!.key) && orderAt(a, k))) {
      wish = k;
      break;
    }
  }
  if (wish < 0 || negatedBetween(a, wish - 2, i)) return null;
  const who = nearestReferentBefore(a, i, 6);
  let severity: Severity;
  if (who.referent === 'second') severity = tokens[wish]!.key === 'will' || tokens[wish]!.key === 'gonna' ? 'medium' : 'high';
  else if (who.referent === 'third' && tokens[wish]!.key !== 'will' && tokens[wish]!.key !== 'gonna') severity = 'medium';
  else if (who.referent === 'first' && tokens[wish]!.key === 'hope' && tokens[wish + 1] && isAddress(a, tokens[wish + 1]!)) severity = 'high';
  else return null;
  const from = who.at >= 0 ? Math.min(who.at, wish) : wish;
  return {
    rule: 'harm-wish',
    category: 'threat',
    severity,
    ...span(a, from, i),
    explanation: `wishes that a person "${t.raw}"`,
  };
}
