import type { Analysis } from '../analyse';
import type { Policy } from '../policySchema';
import { spamOver, type Finding } from '../types';

/**
 * A link: a scheme or "www.", or a bare domain under a common top-level domain ("cheapmeds.com",
 * "goo.gl/x", "youtu.be/x", "state.gov"). A one-letter name counts only with a path ("t.co/abc"), so
 * "5 a.m." is not Armenia's ".am".
 */
const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b(?:[a-z0-9][a-z0-9-]{1,62}\.(?:com|net|org|info|biz|ru|io|ly|co|me|tk|xyz|top|am|az|us|uk|de|fr|gl|gd|tv|cc|eu|ua|ge|tr|ir|ca|au|nl|es|ch|pl|kz|su|be|edu|gov|online|site|shop|club|app|ws)\b|[a-z0-9]\.(?:co|ly|gl|gd|me|io|cc|tk|ws|am|az)(?=\/[^\s<>"]))(?:\/[^\s<>"]*)?/gi;

/**
 * The calls of link spam: a click, a subscription, money earned from home, an offer that runs out.
 * Read only in a comment that has a link.
 */
const PITCH =
  /\b(?:click (?:here|now|the link|this link|below)|subscribe (?:now|today|to my)|(?:check out|visit|follow) my (?:channel|page|site|website|profile|store|shop)|earn \$?\d+|make \$\d+|(?:make|earn) money (?:online|fast|from home)|work(?:ing)? from home|limited (?:time )?offer|(?:buy|order|sign up|register|join) (?:now|today)|best prices?|promo code|free trial|100% free)\b/i;

/**
 * Links that are their own pitch: a shortener, which hides where it leads ("bit.ly/2Xk9LmQ",
 * "tinyurl.com/y6k2p9"; a path is needed, so "anything from bit.ly" is a warning, not a link), or a host
 * named after what spam sells ("www.cheap-pills.com", "http://quickcash-loans.net", "free-movies-hd.co").
 * Read on each link; SHADY_CUE is the cheap test of the whole text that lets one or two links be read.
 * Round 15 (mix6): and the hosts of the giveaway and the bargain ("www.giveaway-am.com", "win-big-prizes.biz",
 * "http://cheap-visas-armenia.xyz"; "cheap-" with its hyphen, so "cheapflights.com", a site a reader may cite, is not;
 * not "prize", which names "nobelprize.org").
 */
const SHORTENERS = String.raw`bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rb\.gy|tiny\.cc|shorturl\.at`;
const SPAM_HOST_WORDS = String.raw`pills?|pharma|viagra|cialis|casino|poker|loans?|quickcash|bitcoin|crypto|forex|porn|xxx|escort|dating|free-?movies|cheap-|giveaway|win-?big|free-?(?:iphone|money|gifts?|cash)`;
const SHADY_LINK = new RegExp(String.raw`^(?:https?:\/\/)?(?:www\.)?(?:(?:${SHORTENERS})\/\w|[^/\s]*(?:${SPAM_HOST_WORDS}))`, 'i');
/** Anywhere in the text, what SHADY_LINK needs in a link: built from the same two lists, so it never misses one. */
const SHADY_CUE = new RegExp(String.raw`(?:${SHORTENERS})\/|${SPAM_HOST_WORDS}`, 'i');

/**
 * Policy clause "inappropriate_material": link spam. More links than `limits.maxLinks` hold the
 * comment for a moderator (never a rejection: a reader may cite several sources).
 */
export function links(a: Analysis, policy: Policy): Finding[] {
  const max = policy.limits.maxLinks;
  const marks = linkMarks(a.original, max + 1);
  if (marks === 0) return [];
  // One or two links are a reader's sources, unless the comment sells them ("click here", "earn $500 a
  // day"): with no more marks than that, the pitch is looked for before the links.
  if (marks <= max && !PITCH.test(a.original) && !SHADY_CUE.test(a.original)) return [];
  const found: { start: number; end: number }[] = [];
  for (const m of a.original.matchAll(LINK)) found.push({ start: m.index, end: m.index + m[0].length });
  if (found.length <= max) {
    const shady = found.find((f) => SHADY_LINK.test(a.original.slice(f.start, f.end)));
    if (shady) {
      const link = a.original.slice(shady.start, shady.end);
      return [{ rule: 'promoted-link', category: 'spam', severity: 'medium', ...shady, explanation: `a shortened or spam-named link ("${link}")` }];
    }
    const sold = found.length > 0 ? PITCH.exec(a.original) : null;
    if (!sold) return [];
    return [spamOver('promoted-link', sold, `a link with a sales pitch ("${sold[0]}")`)];
  }
  return [
    {
      rule: 'too-many-links',
      category: 'spam',
      severity: 'medium',
      start: found[max]!.start,
      end: found[found.length - 1]!.end,
      explanation: `${found.length} links; the policy allows ${max}`,
    },
  ];
}

/**
 * An upper bound on the number of links, counting up to `enough`: every link has "://" or a dot
 * followed by a letter or digit ("www.", ".com"), so a text with few of those has few links and the
 * regular expression need not run.
 */
function linkMarks(text: string, enough: number): number {
  let marks = 0;
  for (let i = text.indexOf('.'); i >= 0 && marks < enough; i = text.indexOf('.', i + 1)) {
    const c = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const w = (i > 0 ? text.charCodeAt(i - 1) : 0) | 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || w === 119) marks++;
  }
  for (let i = text.indexOf('://'); i >= 0 && marks < enough; i = text.indexOf('://', i + 3)) marks++;
  return marks;
}
