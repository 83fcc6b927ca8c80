import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../../src/moderation';
import { loadPolicy } from '../../../src/policy/loadPolicy';
import { asbarez, moderate } from './engine';

/**
 * Probes of our own: variations written for these tests, not taken from the issue or the datasets.
 * One line per evasion kind, allow-list trap and exception, so each reads as an example of the policy.
 */
const attacked = (text: string) => moderate(text).categories.includes('personal_attack');

describe('probes: disguised profanity is still profanity', () => {
  it.each([
    ['Cyrillic letters', 'what a ѕhіt show'],
    ['fullwidth letters', 'ｓｈｉｔ happens here'],
    ['mathematical fraktur', '𝖋𝖚𝖈𝖐 this'],
    ['a zero-width joiner', 'a\u200Dss\u200Dhole move'],
    ['a soft hyphen', 'b\u00ADitch please'],
    ['mixed case', 'FuCk ThIs'],
    ['a dollar sign', 'this is bull$hit'],
    ['a digit for a vowel', 'you are a b1tch'],
    ['masked inflection', 'f*cking joke'],
    ['an exclamation mark for i', 'sh!tty take'],
    ['two masked letters', 'what the f**k'],
    ['a masked vowel', 'c*nt'],
    ['stretched letters', 'biiiitch'],
    ['spaced letters', 's h i t'],
    ['dotted letters', 's.h.i.t'],
    ['hyphenated letters', 'b-i-t-c-h'],
    ['underscored letters', 'f_u_c_k off'],
    ['a spaced-out longer word', 'a s s h o l e'],
    ['an at sign for a', '@sshole'],
    ['a sound-alike spelling', 'phuck you'],
    ['Greek capitals', 'ΒΙΤCΗ'],
    ['an accent', 'shït'],
    ['a zero for o', 'wh0re'],
    ['a compound with a masked letter', 'motherf*cker'],
    ['z for s', 'azzhole'],
    ['spelled-out letters ending in a part of the word', 'what a f u ck'],
    ['a part of the word before spelled-out letters', 'fu c k that'],
    ['spelled-out letters and a longer ending', 'a s s h ole'],
    ['a leet digit among spelled-out letters', 's h 1 t'],
    ['slashes between letters', 'f/u/c/k off'],
    ['a word split once in two', 'what a sh it show'],
    ['spelled-out capitals that are also a name', 'you D I C K'],
    ['an Armenian letter for u', 'f\u057dck this'],
    ['a lunate sigma for c', 'what a \u03f2unt'],
    ['a dot for a letter', 'sh.t happens'],
    ['a dash for a letter', 'f-ck this'],
    ['an underscore for a letter', 'what a b_tch'],
    ['a question mark for a letter', 'f?ck that'],
    ['an at sign for a letter', 'f@ck that'],
    ['a dollar sign for a letter', 'f$ck that'],
    ['letters split by " - "', 'f - u - c - k this'],
    ['letters split by two dots', 'what a f..u..c..k'],
    ['letters split by an emoji', 'f\u{1f525}u\u{1f525}c\u{1f525}k this'],
    ['letters split by commas', 's, h, i, t'],
    ['letters split by pipes', 'f|u|c|k this'],
    ['a pipe for an i', 'what a sh|t show'],
    ['one letter a line', 's\nh\ni\nt'],
    ['a bullet for a letter', 'sh\u2022t show'],
    ['two emoji for two letters', 'f\u{1f595}\u{1f595}k you'],
    ['a sign between spaced letters for a letter', 'f * c k you'],
    ['an emoji between spaced letters for a letter', 'f \u{1f595} c k you'],
    ['stretched letters and a masked one', 'what a fuuuu*king joke'],
    ['a "-less" insult spelled apart', 'you are use less'],
  ])('catches %s', (_kind, text) => {
    expect(moderate(text).decision).not.toBe('approve');
  });
});

describe('probes: ordinary words that contain a listed one are kept', () => {
  it.each([
    'Scunthorpe United won', 'I grew up in Essex', 'cars that use less fuel', 'it is worth less than a dollar', 'You use less water this way', 'Sussex county council', 'the assassin fled', 'a cocktail party',
    'a specialist doctor', 'I love Dickens', 'Hancock was elected', 'shiitake mushrooms', 'Matsushita Electric',
    'a careful analysis', 'the title of the book', 'hello there', 'a bass guitar', 'Arsenal won again', 'first class',
    'the grass is green', 'his passion for music', 'Cockburn wrote a column', 'Penistone in Yorkshire', 'my therapist said',
    'the cumulative effect', 'this document', 'under the circumstances', 'Shitake soup', 'Dick Van Dyke starred',
    'the Assembly voted', 'a classic case', 'passage of the bill', 'the compass points north', 'a Hitchcock film',
    'a massive turnout', 'the embassy opened', 'a buttress', 'the cockpit', 'a peacock', 'Middlesex', 'the manuscript',
    'mustard and custard', 'the hell of the siege', 'a bloody battle', 'a Dickensian winter', 'to document the abuse',
    'we assume so', 'an associate professor', 'a bassoon solo', 'therapists agree',
    'we need to put a stop to it', 'they pick a winner every year', 'page 1 0 3 of the report', 'and/or',
    'plan A - B - C - D', 'options a, b, c and d', 'I told him so.She left anyway.', "Louis C.K's new show", 'write to anna@shelter.org', 'a well-known e-mail scam',
    'Բարև ձեզ, ինչպես եք', 'Հայաստանի Հանրապետություն', 'the A B C of politics', 'he pricked his finger', 'a swankier hotel', 'a cocky young striker', 'Gaylord Perry pitched',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('probes: how people insult the reader', () => {
  it.each([
    ['a bare vocative ending an order', 'Provide proof moron.'],
    ['a vocative opening a sentence', 'Idiot, read the article'],
    ['"you sir are"', 'you sir are a clown'],
    ['a question', 'are you stupid?'],
    ['an either-or question', 'are you retarded or just lazy?'],
    ['an order with a vocative', 'go away troll'],
    ['"get lost" with a vocative', 'get lost loser'],
    ['"stfu" with a vocative', 'stfu idiot'],
    ['"screw you"', 'screw you'],
    ['"you suck"', 'you suck'],
    ['"eat shit"', 'eat shit'],
    ['"people like you"', 'people like you ruin every thread'],
    ['"you and your ilk"', 'you and your ilk'],
    ['an insulting noun phrase', 'your stupid comment'],
    ['a comparison', 'nobody is as dumb as you'],
    ['a -tard compound', 'you libtard'],
    ['a -head compound', 'you are a dickhead'],
    ['a stem-and-head compound', 'what a shitstick you are'],
    ['"go back to where you came from"', 'go back to where you came from'],
    ['a negated compliment', 'you are not very bright'],
    ['"what a X you are"', 'what an idiot you are'],
    ['"shut your mouth"', 'shut your mouth'],
    ['a slur said to the reader', 'you sound like a faggot'],
    ['profanity aimed at the reader', 'fuck your opinion'],
    ['a vocative after a denied verb in another clause', "I can't believe it, you moron"],
    ['a vocative after "thought" and a negation in another clause', "It can't hold one thought, you moron"],
  ])('flags %s', (_kind, text) => {
    expect(attacked(text)).toBe(true);
  });
});

describe('probes: what is not a personal attack', () => {
  it.each([
    ['self-reference', 'I was stupid to trust them'],
    ['self-mockery', 'I am such an idiot sometimes'],
    ['a reported opinion', 'The minister called the plan stupid.'],
    ['a quotation', 'He said "you idiot" to me and I laughed.'],
    ['negation', 'You are not an idiot for asking.'],
    ['praise', 'you are brilliant'],
    ['thanks', 'Thank you for the detailed report on the treaty.'],
  ])('keeps %s', (_kind, text) => {
    expect(attacked(text)).toBe(false);
  });

  it('holds name-calling of a public figure as incivility, not a personal attack', () => {
    const v = moderate('The minister is a corrupt liar.');
    expect(v.categories).toEqual(['incivility']);
    expect(v.decision).toBe('flag');
  });

  it('holds a mild word said of a person', () => {
    expect(moderate('She is so corrupt.').categories).toEqual(['incivility']);
  });
});

describe('probes, second set: evasions in running text', () => {
  it.each([
    'that was a fu\u0441king disgrace', 'what a sh1tty referee', 'stop this bullsh!t now', 'go f*ck yourself',
    'this is complete cr@p', 'what an a$$hole move', 'fuuuuuck this government', 'the f u c k is wrong with them',
    's.h.i.t. happens in politics', 'such a b-i-t-c-h move', 'this is bullsh\u00edt', '\uff46\uff55\uff43\uff4b the censors',
    '\u{1d41f}\u{1d42e}\u{1d41c}\u{1d424} this policy', 'F U C K the system', 'what the fck', 'm0therf*cker',
    'c0cksucker politicians', 'this a55hole again', 'd!ck move by the council', 'you ignorant tw@t', 'pi$$ off',
    'fvck', 'sh!tshow in parliament', 'a-s-s-h-o-l-e', 'what a d0uchebag', 'wh*re', 'phuck off', 'a bunch of phaggots', '\u0192uck this', 'fu ck this', '\u{1f175}\u{1f184}\u{1f172}\u{1f17a} this',
    '\u{1f155}\u{1f164}\u{1f152}\u{1f15a} this', 'f\u200bu\u200bc\u200bk this',
  ])('does not approve "%s"', (text) => {
    expect(moderate(text).decision).not.toBe('approve');
  });
});

describe('probes, generated: every disguise of every strong word', () => {
  const words = ['fuck', 'shit', 'bitch', 'asshole', 'cunt', 'bastard', 'motherfucker', 'whore', 'twat', 'wanker', 'dickhead', 'slut'];
  const leet: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
  const cyrillic: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', i: '\u0456', s: '\u0455' };
  const armenian: Record<string, string> = { u: '\u057d', o: '\u0585', h: '\u0570', n: '\u0578', g: '\u0581' };
  const letters = (w: string) => [...w];
  const disguises: Record<string, (w: string) => string> = {
    'upper case': (w) => w.toUpperCase(),
    'one leet digit': (w) => w.replace(/[aeiost]/, (c) => leet[c]!),
    'a masked vowel': (w) => w.replace(/(?<=.)[aeiou]/, '*'),
    'spaced letters': (w) => letters(w).join(' '),
    'dotted letters': (w) => letters(w).join('.'),
    'a stretched vowel': (w) => w.replace(/[aeiou]/, (c) => c.repeat(4)),
    'zero-width spaces': (w) => letters(w).join('\u200b'),
    'soft hyphens': (w) => letters(w).join('\u00ad'),
    'Cyrillic look-alikes': (w) => letters(w).map((c) => cyrillic[c] ?? c).join(''),
    'fullwidth letters': (w) => letters(w).map((c) => String.fromCodePoint(c.charCodeAt(0) - 97 + 0xff41)).join(''),
    'mathematical bold': (w) => letters(w).map((c) => String.fromCodePoint(c.charCodeAt(0) - 97 + 0x1d41a)).join(''),
    'a combining accent': (w) => w.replace(/[aeiou]/, (c) => c + '\u0301'),
    'slashed letters': (w) => letters(w).join('/'),
    'spaced capitals': (w) => letters(w.toUpperCase()).join(' '),
    'spaced letters, the last two together': (w) => letters(w.slice(0, -2)).join(' ') + ' ' + w.slice(-2),
    'Armenian look-alikes': (w) => letters(w).map((c) => armenian[c] ?? c).join(''),
    'a leet digit among spaced letters': (w) => letters(w.replace(/[aeiost]/, (c) => (c === 's' ? '5' : leet[c]!))).join(' '),
  };
  const cases = Object.entries(disguises).flatMap(([kind, f]) => words.map((w) => [kind, w, f(w)] as const));
  it.each(cases)('%s: "%s" as "%s"', (_kind, _word, disguised) => {
    expect(moderate(`what a ${disguised} this is`).decision).not.toBe('approve');
  });
});

describe('probes, second set: place names, surnames and ordinary words', () => {
  it.each([
    'We drove through Scunthorpe and Middlesbrough.', 'East Sussex voted yesterday.', 'The Duchess of Sussex visited.',
    'The assassination of the archduke started the war.', 'She ordered a cocktail at the embassy.',
    'The specialist reviewed the analysis.', 'Matt Hancock resigned.', 'Shiitake and button mushrooms.',
    'Matsushita was founded in Osaka.', 'A careful analysis of the title deeds.', 'He plays bass in a band.',
    'Arsenal beat Chelsea on Sunday.', 'The class assessment is due.', 'Her passport was stolen.',
    'Assessing the damage took weeks.', 'The shuttlecock flew.', 'Lake Titicaca is high.', 'The bassist was late.',
    "Hitchcock's films are classics.", 'A wonderful assortment of pastries.', 'I will see you today at the rally.',
    'Shiite and Sunni leaders met.', 'The Fukushima plant was closed.', 'We assess the damage tomorrow.',
    'Kuntz scored twice.', 'a cocked pistol', 'The cooks went on strike.', 'Fanny Ardant starred.',
    'Bashar al-Assad met Erdogan in Ankara.', 'The Massachusetts senator voted.', 'The Gypsy Kings played Yerevan.',
    'Emily Dickinson wrote poems.', 'He has a Cockney accent.', 'He faces harassment charges.', 'a phat bass line', 'Philadelphia phone lines',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('probes: function words are not joined across a space (round 8)', () => {
  it.each(['You have to pick a side.', 'Who or what is behind this?'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });

  it('still joins "as shole" and "fu ck"', () => {
    expect(moderate('you are an as shole').decision).toBe('reject');
    expect(moderate('fu ck this').decision).toBe('reject');
  });
});

describe('probes: amounts of money are numbers, not leetspeak (round 8)', () => {
  it.each(['The fund spent $100B last year.', 'A $55k salary.', 'Exports reached $3T.'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });

  it('still reads leet in a word: "you are a sl0b"', () => {
    expect(moderate('you are a sl0b').decision).not.toBe('approve');
  });
});

describe('probes, second set: threats and what only sounds like one', () => {
  it.each([
    "I'm going to find you and hurt you", 'someone should shoot him', 'I hope you die in a fire', 'you should be hanged',
    "I'll break your legs", 'we know where you live', 'I hope you get cancer and die', 'I will hunt you down',
    'kill all Armenians', 'Kill them all.', '@USER shoot him', 'Gas the Kurds', "I'm coming for you",
  ])('treats "%s" as a threat', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each([
    'I would kill for a coffee right now', 'the drought is killing the crops', 'The bill was killed in committee.',
    'you killed it with that speech', 'I will meet you and talk to him', 'Kill the bill', 'beat them in November',
    'I was coming for you with flowers', 'gas prices are up again', 'I love you, kill me now',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('the prefilter', () => {
  const plain = createEngine(loadPolicy(), { prefilter: false });
  it.each([
    'Thank you for the report.', 'half wit', 'douche-bag', 'f u c k', 'spam spam spam spam spam', '@USER @USER @USER',
    'Scunthorpe', 'you sir are a clown', 'mongruls', 'idoit', 'REIDtard', 'b\u00ADitch', 'ｆｕｃｋ', '@bitchface', "don't don't don't don't don't",
    'go home', 'what the hell', 'a b c', 'fuuuck', 'x'.repeat(5000), 'peoople like you', 'you knoow nothing',
    'people like you', 'People, like you!', 'people like 2 you', 'you are nothing but a troll', 'you know nothing at all',
    'the 1st of May at 5pm, back in the 80s', 'masterb8', '3rd rate idiot',
    // A phrase read through adverbs inside its cue pair (round 12).
    'nobody really likes you', 'nobody really truly likes you', 'shame really on you', 'your parents clearly failed you',
    // A word joined across a hyphen with a people named, and a word that needs the reader with an @mention (round 12).
    'I ha-te Armenians', 'my cat knows more than @USER', '@USER my cat knows more than you',
  ])('changes no verdict: %s', (text) => {
    expect(moderate(text)).toEqual(plain.moderate(text));
  });

  it("takes a thread's participants as the reader named ('my cat knows more than Sirvart')", () => {
    const conversation = { participants: ['Sirvart'] };
    const text = 'my cat knows more than Sirvart';
    expect(asbarez().moderate(text, undefined, conversation)).toEqual(plain.moderate(text, undefined, conversation));
  });
});

/**
 * The probe sentences written for each round (policies/README.md), one file each: `R|text|kind` must be
 * held or rejected, `A|text|kind` approved; `K` lines are known misses, kept with the reason in a comment
 * and not asserted.
 */
const PROBE_FILES: readonly [file: string, about: string, atLeast: number][] = [
  ['probes-round9.txt', 'round 9: threats, identity attacks, exceptions, evasions, allow-list', 250],
  ['probes-round10-threats-identity.txt', 'round 10: threats, identity attacks, other material', 250],
  ['probes-round10-attacks.txt', 'round 10: personal attacks and their exceptions', 250],
  ['probes-round10-evasion.txt', 'round 10: evasions and the allow-list', 500],
  ['probes-round10-fresh.txt', 'round 10: threats, identity attacks and profanity, written blind by a second writer', 200],
  ['probes-round10-fresh-attacks.txt', 'round 10: personal attacks and their exceptions, an independent batch', 250],
  ['probes-round10-third-attacks.txt', 'round 10: personal attacks and their exceptions, a third blind batch', 300],
  ['probes-round10-fresh-evasion.txt', 'round 10: evasions and the allow-list, written blind by a second writer', 500],
  ['probes-round10-third-threats.txt', 'round 10: threats and identity attacks, a third batch written blind', 250],
  ['probes-round10-mixed.txt', 'round 10: mixed reader comments on the news, held and heated-but-acceptable, written blind', 120],
  ['probes-round10-fourth-threats.txt', 'round 10: threats and identity attacks, a fourth batch written blind', 120],
  ['probes-round10-fifth-threats.txt', 'round 10: threats and identity attacks, a fifth batch written blind', 100],
  ['probes-round10-fourth-attacks.txt', 'round 10: personal attacks and their exceptions, a fourth blind batch', 120],
  ['probes-round10-third-evasion.txt', 'round 10: evasions and the allow-list, a third blind batch', 100],
  ['probes-round11-blindev.txt', 'round 11: disguised profanity and the allow-list, written blind', 300],
  ['probes-round11-blindti.txt', 'round 11: threats and identity attacks with paired look-alikes, written blind', 250],
  ['probes-round11-olid.txt', 'round 11: recall gaps of the OLID development errors (groups and names as the subject of stock abuse, blends, idioms)', 60],
  ['probes-round11-kaggle.txt', 'round 11: insults at the reader the Kaggle development errors showed, with look-alikes', 40],
  ['probes-round11-blindpa.txt', 'round 11: personal attacks and their exceptions, identity attacks, threats, a blind batch', 250],
  ['probes-round11-blindev2.txt', 'round 11: disguised profanity, the allow-list and other material, a second blind batch', 350],
  ['probes-round11-blindmix.txt', 'round 11: whole reader comments on Armenian and world news, held and heated-but-acceptable, written blind', 200],
  ['probes-round12-blindev.txt', 'round 12: evasion-proof profanity and the allow-list (place names, surnames, codes, spaced innocent words), written blind', 420],
  ['probes-round12-blindti.txt', 'round 12: threats and identity attacks with paired look-alikes in the voice of news comments, written blind', 290],
  ['probes-round12-blindpa.txt', 'round 12: personal attacks at a participant and their look-alikes, a blind batch', 300],
  ['probes-round12-kaggle.txt', 'round 12: insults at the reader the Kaggle development errors showed (calls before an order, lack of brains, the worst comment read), with look-alikes', 180],
  ['probes-round12-olid.txt', 'round 12: recall gaps of the OLID development errors (adjectives before a camp, gestures, chat swearing) and words said of things', 150],
  ['probes-round12-blindexc.txt', 'round 12: the exceptions to a personal attack, each with the attack it resembles, a blind batch', 240],
  ['probes-round12-blindmix.txt', 'round 12: whole reader comments arguing with each other (sport, politics, tech, local news, gossip), written blind', 400],
  ['probes-round15-ev11.txt', 'round 15: social-media and game-chat evasions (styled Unicode letters, emoji, regional-indicator letters, Zalgo, glued words, hashtags, words and phrases broken over lines, leet with masks, chat abbreviations, sound-alikes) of swearing, insults, slurs and threats beside styled praise, innocent emoji, flags, hyphenated line breaks and innocent abbreviations, written blind', 380],
  ['probes-round12-blindpa2.txt', 'round 12: attacks on another commenter in news and sport threads (slang, handles, "this guy"), with look-alikes, a blind batch', 260],
  ['probes-round12-blindexc2.txt', 'round 12: insult words that attack no participant (titles, mentions, things, creatures, banter), each with a close attack, a blind batch', 380],
  ['probes-round12-blindmix2.txt', 'round 12: whole reader comments replying to each other in 2010-2013 news, sport and gossip threads (condescension, quoted replies, handles), written blind', 240],
  ['probes-round12-blindti2.txt', 'round 12: threats and identity attacks, a second blind writer (veiled threats, incitement, expulsion, quoted slurs), with look-alikes', 300],
  ['probes-round12-blindexc3.txt', 'round 12: negated, self-directed, reported and praising uses of insult words beside the attacks they resemble, a third blind batch', 240],
  ['probes-round12-blindev3.txt', 'round 12: disguised profanity and the allow list (place names, compounds, innocent leet), a new blind writer', 320],
  ['probes-round12-blindti3.txt', 'round 12: threats of violence aimed at a person and their idiom, sport, news, fiction and warning look-alikes, a third blind writer', 320],
  ['probes-round12-blindexc4.txt', 'round 12: insult and violent words that attack no one (titles, animals, technical terms, idioms, sport, the word discussed) beside attacks with the same words, a fourth blind batch', 210],
  ['probes-round12-blindpa3.txt', 'round 12: insults of another commenter with no listed insult word (put-downs of mind, age, life, condescension, sarcasm, dismissal) and their look-alikes, written blind', 240],
  ['probes-round12-blindmix3.txt', 'round 12: whole reader comments with one insult of another commenter buried, in the third person, by handle or after a quote, beside heated and civil replies, written blind', 180],
  ['probes-round12-blindmix4.txt', 'round 12: whole fan-argument comments from sport, gossip, music and game sections (fanboy taunts, age, sexual and family put-downs of another commenter) beside team trash talk, criticism and disagreement, written blind', 170],
  ['probes-round12-blindpa4.txt', 'round 12: insults of another commenter with a listed insult word in varied grammar (questions, exclamations, plural address, comparisons, typos, names) and their look-alikes, written blind', 220],
  ['probes-round13-allow6.txt', 'round 13: the allow side of the profanity filter (places, surnames, ordinary words, codes, technical terms and spaced words holding a rude string) beside disguised and compound profanity, written blind', 260],
  ['probes-round13-ev5.txt', 'round 13: evasion-proof profanity and the allow-list (leet, spacing, masks, invisible and look-alike characters, compounds; place names, surnames, codes, mild words), written blind', 320],
  ['probes-round13-exc5.txt', 'round 13: insult and rude-sounding words that attack no participant (titles, animals and objects, technical terms, words discussed, negated, self, reported, praise, idioms) each beside a close attack, written blind', 320],
  ['probes-round13-kag5.txt', 'round 13: whole 2010-2013 reader comments in the style of Kaggle Impermium threads (insults of the commenter replied to, name-calling of public figures, heated disagreement, insult words at ideas, self and negated uses), written blind', 260],
  ['probes-round13-kag6.txt', 'round 13: 2010-2013 thread replies naming the commenter replied to in the third person ("the idiot above", "feed the troll", "your moron buddies"), outsiders named (politicians, stars, "my boss") and praise, neutral, thing and self look-alikes, written blind', 235],
  ['probes-round13-nw2.txt', 'round 13: put-downs of another commenter with no listed insult word (mind, reading, schooling, age, life, condescension, sarcasm, dismissal) and their kind, self, thing, advice, question and reported look-alikes, written blind', 290],
  ['probes-round13-olid2.txt', 'round 13: OLID-style US Twitter replies (@USER, URL, hashtags; swearing, insults of participants, public figures and camps, threats) beside opinions, news, praise and insult words said of things, written blind', 270],
  ['probes-round13-pa6.txt', 'round 13: attacks on another commenter not named by a bare "you" (handles, "this guy", "OP", vocatives, exclamations, questions, comparisons) and their look-alikes, written blind', 270],
  ['probes-round13-ti4.txt', 'round 13: veiled threats, incitement, death wishes, dehumanising, expulsion and slurs in news-comment voice, with news, idiom, fiction, neutral, literal and condemning look-alikes, written blind', 280],
  ['probes-round13-ev6.txt', 'round 13: hard troll evasions of profanity, slurs and insults (combined tricks, split, phonetic, abbreviations, glued, diacritics, homoglyph mixes, punctuation, spacing) and innocent spaced, leet, acronym, code and unicode look-alikes, written blind', 275],
  ['probes-round14-exc6.txt', 'round 14: exceptions that separate a personal attack from its look-alikes (negated, self, reported, quoted, praise, question, conditional, insult of a thing) each paired with a close attack, written blind', 340],
  ['probes-round14-ti5.txt', 'round 14: threats, death wishes, incitement, dehumanising, slurs, expulsion and genocide approval in news-comment voice, with news, history, neutral, idiom, sports, fiction, condemning, criticism, literal and reported look-alikes, written blind', 306],
  ['probes-round14-pa7.txt', 'round 14: personal attacks on a participant in every form (you/ur/u/ya, @USER, vocatives, named commenters, imperative abuse, comparisons, rhetorical questions, rarer insult words) beside disagreement, thing, praise, self, generic-you and neutral-name look-alikes, written blind', 334],
  ['probes-round14-allow7.txt', 'round 14: the allow side of the profanity filter (places worldwide, names, technical, medical, legal, culinary, sport, music, animal and Bible senses, foreign words, codes, brands, handles, hashtags) beside the same words as swearing or attacks, written blind', 305],
  ['probes-round14-nw3.txt', 'round 14: personal attacks on another commenter with no listed insult word (intelligence and schooling put-downs, age and life mockery, condescension, dismissal, paid-liar accusations, sarcasm, body put-downs, wishes the reader would leave) beside sincere, self, thing, advice, question, reported, quoted and public-figure look-alikes, written blind', 284],
  ['probes-round14-other6.txt', 'round 14: other inappropriate material (too many, shortened and spam-named links, shouting, flooding and keyboard mashing, commercial spam) beside relevant links, acronyms and emphasis, ordinary repetition and news about money, written blind', 190],
  ['probes-round14-ev7.txt', 'round 14: evasions of profanity and insults across many swear words (NFKC fullwidth and mathematical letters, case, zero-width, soft hyphen and bidi controls, Cyrillic and Greek look-alikes, leet, repeats, split, masked, combined) and innocent spaced, acronym, leet name, math, code, styled-unicode and embedded-string look-alikes, written blind', 366],
  ['probes-round14-allow8.txt', 'round 14: a second allow list (everyday words, capitals, headlines, word forms, hashtags, domains, handles, names of many cultures, places, spelled-out letters, plates and codes, hell as a place) beside hidden and turned swearing, written blind', 322],
  ['probes-round14-kag7.txt', 'round 14: whole reader comments in Kaggle insult-data style (2010-2013 news, YouTube, sports and celebrity threads; typos, u/ur, @handles, ALL CAPS): insults of a participant with and without insult words, sarcasm, sexual put-downs, mild profanity, public-figure name-calling, beside heated disagreement, self, thing, reported, negated, joke and praise look-alikes, written blind', 274],
  ['probes-round14-ev8.txt', 'round 14: disguised insults, slurs and attacks aimed at someone (leet, masks, split letters, Cyrillic and Greek look-alikes, zero-width, fullwidth, repeated letters, combining marks, styled letters, emoji inside words, abbreviations) and innocent leet, emphasis, spoiler, formula, hashtag, styled-text and abbreviation look-alikes, written blind', 305],
  ['probes-round14-olid3.txt', 'round 14: OLID-style 2018-2019 US political and pop-culture tweets (@USER, URL, hashtags, emoji): profanity even as exclamations, insults of groups, public figures and participants, threats, beside heated opinion, news, praise, sarcasm, hashtags, jokes, negated, self, reported and place look-alikes, written blind', 288],
  ['probes-round14-mix5.txt', 'round 14: a spread over every behaviour of the issue in Armenia/Azerbaijan news-comment voice (evasions of every kind, allow-list traps, mild swearing, personal attacks and their negated, self, reported and praise exceptions, identity attacks and neutral mentions, threats and idioms, links, shouting and flooding), written blind', 320],
  ['probes-round14-ti6.txt', 'round 14: threats of violence in many forms (first-person, "we\'ll", conditional, public figures, slang and misspellings, death wishes, sexual, property, family, incitement) beside idiom, hyperbole, sports, game, film, news, court, history, self, safety, negated, quoted and reported look-alikes, written blind', 334],
  ['probes-round14-exc7.txt', 'round 14: insult and rude-sounding words that attack no participant (titles of books, films, songs, shows and games, literal animal and object senses, technical and sport terms, mentions of words, idioms, self-directed uses, insult words of things, slang praise) each beside a close attack on the reader, written blind', 346],
  ['probes-round14-allow9.txt', 'round 14: a third allow list (foreign words and names that look like English swearing, King James and classical texts, sexual health, anatomy and crime news, airport codes, tickers, file names, hex, plates, formulas and model numbers, rare-sense hardware, animal, sport and food words) beside the same words as swearing, foreign swearing and sexual remarks, written blind', 287],
  ['probes-round14-allow10.txt', 'round 14: whole reader comments on everyday news topics (birds, farm animals and pets, cooking, places, weather, science, medicine, history, council, music, religion, sport, gardening, tech) where innocent words contain or resemble rude strings or rude words are used literally, beside similar comments with real profanity, slurs or attacks on commenters, written blind', 217],
  ['probes-round14-ev9.txt', 'round 14: disguised profanity, slurs and insults inside whole comments (leet, masks, split and repeated letters, zero-width, Cyrillic, Greek, fullwidth and math look-alikes, combining accents, compounds, hashtags, handles) and benign look-alike noise (gamer leet, spoilers, code, emoticons, ratings, masked numbers, redacted names, styled words, abbreviations), written blind', 256],
  ['probes-round14-allow12.txt', 'round 14: ordinary, compound and technical words containing or resembling rude strings (substrings, computing, biology, medicine, law, arts, caps, hyphens, URLs and domain jokes, emails, hashtags, line-end hyphenation) beside the same words twisted into attacks or with real swearing, written blind', 190],
  ['probes-round14-allow11.txt', 'round 14: place names and personal names that contain or resemble rude strings in sports, transfer, obituary, local, travel, street, station, airport and brand comments (many languages; names at sentence start, after prepositions, in lists, possessives, headlines, hashtags and handles) beside the names twisted into insults or with real swearing, written blind', 243],
  ['probes-round14-generic.txt', 'round 14: a plural animal or creature noun opening a sentence as the subject of a general statement about the animals (passive of their use, class of animals, trait, ordinary verb) beside the same nouns called at someone, likened, said of a group or of public life; written for the fix, not blind', 70],
  ['probes-round14-ti7.txt', 'round 14: veiled threats with no violent word (knowing where someone lives or works, watching, consequences, doxxing threats, incitement) beside the same words used innocently and threats reported, written blind', 160],
  ['probes-round14-sex1.txt', 'round 14: sexual innuendo, harassment and sexist remarks about a person built of innocent words beside sexual health, court reporting, sex education, art and literal uses, written blind', 143],
  ['probes-round14-nw4.txt', 'round 14: a second batch of personal attacks on another commenter with no listed insult word (put-downs of the mind, reading, life, age, accent and looks, paid-troll and bot accusations, scorn) beside sincere, self, thing, advice, question, reported and institution look-alikes, written blind', 186],
  ['probes-round14-allow13.txt', 'round 14: comments on an Armenian-American news site mixing English with transliterated Armenian, Russian, Turkish, Persian, Arabic, French and Spanish words, endearments, places and surnames that resemble rude strings, beside genuine foreign swearing and insults typed in Latin letters, written blind', 191],
  ['probes-round14-foreign.txt', 'round 14: capitalised airport codes and ticker symbols that read as swearing ("from EVN to FUK", "NYSE: SUX") and Swedish and German words that look like English swearing ("till slut", "sehr dick") beside the same letters as swearing in English, written for these fixes, not blind', 66],
  ['probes-round14-allow15.txt', 'round 14: hobby and community jargon that looks rude (gaming, fishing and hunting, knitting, cycling, car, gardening, cooking, pets, DIY, card games) beside the same vocabulary turned into insults, sexual remarks and "kys" at someone, written blind', 167],
  ['probes-round15-mix6.txt', 'round 15: an issue-wide judge-style batch under Armenian and world news (evasions, allow list, attacks and their exceptions, identity attacks and neutral mentions, threats and idioms, links, shouting, flooding, mild swearing), written blind', 350],
  ['probes-round15-allow18.txt', 'round 15: innocent shapes an evasion normaliser could fold into swearing (initials, acronyms, codes, chess, numbers, chemistry and DNA, music, handles, URLs and e-mail addresses, stretched interjections, Latin-script languages, Cyrillic, Greek and Armenian text) beside real swearing and insults hidden in the same shapes, written blind', 370],
  ['probes-round15-olid4.txt', 'round 15: OLID-style tweets (@USER replies, hashtags, URL): untargeted swearing, insults of persons and groups, threats and evasions beside political opinion, criticism, sarcasm, sports banter, news, amazement ("that\'s crazy"), denied claims and "kill it", written blind', 265],
  ['probes-round15-kag8.txt', 'round 15: Kaggle-insult style comment threads (insults aimed at another commenter beside heated disagreement, name-calling of public figures and third parties, sarcasm, self-deprecation and quoted insults; litotes, guessed comparisons, denied praise with "nearly"), written blind', 280],
  ['probes-round15-ti8.txt', 'round 15: identity attacks (slurs and misspellings, dehumanising words, generalisations, calls to expel or kill a people) and threats (direct, wished, veiled, third-party) beside neutral mentions, criticism, history, idioms, news reports and games, written blind', 340],
  ['probes-round15-allow16.txt', 'round 15: the Scunthorpe problem: place names (UK, US, Australian, German, Dutch, Scandinavian, French), surnames, first names, scientific, medical, legal, technical, brand and sport terms, compounds and headlines that hold a listed word, beside the same word as profanity or an insult at someone, written blind', 370],
  ['probes-round15-allow17.txt', 'round 15: words that are swear words or insults in one sense and innocent in another (animals, food, tools, plants, names, British and old senses, sport, music, titles), mild swearing and words mentioned rather than used, beside the same words used abusively, written blind', 365],
  ['probes-round15-ev10.txt', 'round 15: evasions of swearing, insults and slurs (look-alike letters of other scripts, fullwidth and mathematical letters, invisible characters, leet, repeated letters, letters split by spaces, dots, dashes, underscores or emoji, masks and grawlixes, sound-alikes, combinations) beside spaced acronyms, versions, scores, prices, codes, gamer tags, emoticons, maths and other scripts, written blind', 400],
  ['probes-round15-pa9.txt', 'round 15: personal attacks on another commenter (you/u/ur, @handles, named posters, vocatives, orders, comparisons, insulting questions, sarcasm, put-downs of mind, schooling and looks without a listed word) beside disagreement, criticism of arguments, self-deprecation, friendly jokes and questions, written blind', 320],
  ['probes-round15-allow20.txt', 'round 15: everyday news and community comments (cooking, garden, farm, medicine, biology, DIY, boats, sport, school, crime news, history, weather) whose ordinary words are rude words in another sense, beside the same words aimed at people, written blind', 375],
  ['probes-round15-exc8.txt', 'round 15: the exceptions that separate a personal attack from its look-alikes (negation, self-reference, reported speech, quoted words, praise, questions, conditionals), each beside the attack it resembles, written blind', 320],
  ['probes-round15-allow21.txt', 'round 15: personal, place, street, pub, club and company names that are or contain rude words (first names and nicknames, surnames of many languages, towns, rivers, mountains, pubs, clubs, founders\' firms) in running text, after titles, in lists, possessives, lower case and headlines, beside the same words as insults or profanity, written blind', 380],
  ['probes-round15-allow19.txt', 'round 15: titles and names containing insult words (films, books, plays, columns, art, TV, songs, bands, games, brands, ships, horses, team and player nicknames, characters) and insult words said of animals, beside the same words aimed at people or as profanity, written blind', 270],
  ['probes-round16-ti9.txt', 'round 16: identity attacks (slurs and misspellings, dehumanising talk of a people, calls to expel or exterminate) and threats (direct, wished, veiled, against public figures) beside neutral mentions, history, culture, criticism of governments, condemned reports, idioms, sport, games, film, news and self-defence law, written blind', 370],
  ['probes-round16-ev12.txt', 'round 16: evasion-proof profanity on many swear words and insults (fullwidth, mathematical, circled, parenthesized and superscript letters, case mixing, zero-width, soft-hyphen and bidi controls, Cyrillic, Greek, Armenian and Cherokee look-alikes, leetspeak, repeated letters, separators, masks, combinations, insults at the reader) beside spaced acronyms, gamer tags, versions, masked numbers, emoticons, code, maths, real Cyrillic, Greek and Armenian text and styled praise, written blind', 450],
  ['probes-round16-allow22.txt', 'round 16: place names, surnames, first names, common words, scientific, medical and legal terms, brands, inflections, headlines, ALL CAPS, hashtags and domains that contain or resemble a rude word, beside the same words as profanity or insults, written blind', 420],
  ['probes-round16-olidr.txt', 'round 16: OLID-style tweets for the olidr fixes (capital "SOB", "go shag/fornicate/frig yourself" and of others, "cockroach"/"vermin"/"subhuman" said of one person, "wench", "crone", "ghoul", "louse", "bafoon"), each beside a look-alike that stays approved, written after reading the errors', 65],
  ['probes-round16-exc9.txt', 'round 16: personal-attack forms (you/ur/u/ya, @USER, vocatives, named posters, orders, comparisons, profanity at the reader, public figures) each beside negation, self-reference, reported speech, praise, insults of ideas and things, innocent senses and neutral second person, written blind', 360],
  ['probes-round16-kagp.txt', 'round 16: Kaggle insult generalisation (quoted lines of a work, "the X" lists, comma lists of adjectives, a named subject of "be", "you elect idiots", "your getting silly"), each beside its look-alike', 72],
  ['probes-round16-mix7.txt', 'round 16: an issue-wide mix under Asbarez and general news (evasions, allow-list traps, attacks and their exceptions, identity attacks beside neutral mentions, threats beside idioms, links, shouting and flooding beside their look-alikes, mild words by severity), written blind', 370],
];

describe.each(PROBE_FILES)('probe sentences in fixtures/%s (%s)', (file, _about, atLeast) => {
  const lines = readFileSync(path.join(__dirname, 'fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('|') as [string, string, string]);

  it('has its probes', () => {
    expect(lines.length).toBeGreaterThan(atLeast);
  });

  it.each(lines.filter(([expect]) => expect !== 'K'))('%s: "%s" (%s)', (expected, text) => {
    expect(moderate(text).decision === 'approve').toBe(expected === 'A');
  });
});
