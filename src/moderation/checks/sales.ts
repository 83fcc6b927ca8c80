import type { Analysis } from '../analyse';
import type { Policy } from '../policySchema';
import { spamOver, type Finding } from '../types';

/**
 * A private channel offered to the reader: "DM me", "message me for details", "contact Mr. James on
 * Telegram", "WhatsApp +1 555 ...", "check my profile", "text us at 213-555-0199". Alone it is a reader
 * asking to be reached; with an offer (OFFER) it is a sales pitch.
 */
const CONTACT =
  /\b(?:(?:dm|pm|inbox|message|text|whatsapp|contact) (?:me|us|her|him|now)|(?:on|via) (?:whatsapp|telegram|wechat)|whatsapp:? ?\+?\d|(?:check|click|visit) (?:out )?(?:my|her|his) profile|contact (?:mr|mrs|ms|dr)\b|(?:call|text)(?: (?:us|me|now|today))?(?: at)?:? \+?(?:1[ -])?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b|(?:join|follow) (?:my|our) (?:telegram|whatsapp|channel|group))/i;

/**
 * What a pitch sells: money ("$1000", "15k"), investment and loans, cheap goods and services, followers,
 * supplements, dates. Read only with a CONTACT: "the crypto collapse" alone is news.
 * Round 15 (mix6): and the prize ("Free iPhone giveaway!!! DM me now").
 */
const OFFER =
  /\$ ?\d|\b\d+ ?k\b|\b(?:crypto|bitcoin|btc|forex|invest(?:ment|ing|or)?s?|trading|broker|loans?|profits?|income|cheap|discount|selling|for sale|followers|supplements?|singles|guaranteed|approval|service|signals|returns|lose \d+ (?:pounds|kg|lbs)|giveaways?|prizes?|free (?:iphones?|gifts?|money|cash))\b/i;

/**
 * Pitches that need no contact to be spam: the work-from-home wage ("I make $90 an hour working online",
 * "earn $300 daily from my laptop" — a wage alone is news: "teachers earn $300 a month"), the prize
 * ("you have been selected", "claim it now"), the dating and channel calls ("hot singles", "like and
 * subscribe", "follow my channel"), "order now". "Guaranteed returns" is not one of them: news reports a
 * fraud in those words ("the scheme promised guaranteed returns"), so it needs a CONTACT.
 */
const WAGE =
  /\b(?:make|makes|making|made|earn|earns|earning|earned|paid me)(?: over| up to| about)? \$ ?\d[\d,.]*k? ?(?:(?:a|an|per|every|each) (?:hour|day|week|month)|daily|weekly|hourly|monthly)\b/i;
const WAGE_PLACE = /\b(?:from home|online|laptop|computer|(?:this|the) (?:method|site|link|website)|my profile|check it out|no experience)\b/i;
const PITCH =
  /\b(?:you (?:have|'ve) been selected|claim (?:it|your \w+(?: \w+)?) now|hot singles|like and subscribe|(?:follow|subscribe to) my (?:youtube |telegram )?channel|order now|limited(?: time)? offer)\b/i;

/**
 * Policy clause "inappropriate_material": commercial spam without a link ("Make $5000 a week working from
 * home! message me for details", "Selling iPhone 14 cheap, call 818-555-0147"). The linked kind is
 * links.ts's. Held for a moderator, never rejected.
 */
export function sales(a: Analysis, _policy: Policy): Finding[] {
  const text = a.original;
  let sold = PITCH.exec(text);
  // WAGE names a sum in dollars: a text without a '$' (all but ~1% of comments) skips its expression.
  if (!sold && text.includes('$')) {
    const wage = WAGE.exec(text);
    if (wage && WAGE_PLACE.test(text)) sold = wage;
  }
  if (!sold) {
    const contact = CONTACT.exec(text);
    if (contact && OFFER.test(text)) sold = contact;
  }
  if (!sold) return [];
  return [spamOver('sales-pitch', sold, `a sales pitch ("${sold[0]}")`)];
}
