import { createEngine } from '../../../src/moderation';
import { loadPolicy } from '../../../src/policy/loadPolicy';
import { moderate } from './engine';

describe('identity attacks', () => {
  it('flags dehumanising words said of a people', () => {
    expect(moderate('you people are animals').categories).toContain('identity_attack');
  });

  it('rejects "subhuman vermin"', () => {
    const v = moderate('They are subhuman vermin.');
    expect(v.decision).toBe('reject');
    expect(v.categories).toContain('identity_attack');
  });

  it('flags a misspelt slur', () => {
    expect(moderate('go home you hungry mongruls').categories).toContain('identity_attack');
  });

  it.each(['muzzies out', 'those muzrats', 'f4ggots everywhere', 'the n1gger'])('rejects the slur in "%s"', (text) => {
    const v = moderate(text);
    expect(v.categories).toContain('identity_attack');
    expect(v.decision).toBe('reject');
  });

  it.each([
    'Jews celebrate Hanukkah.', 'A gay couple married in Yerevan.', 'Black voters turned out early.',
    'Muslim leaders condemned the attack.', 'He is a Jewish writer.', 'Azerbaijani refugees returned home.',
  ])('keeps the neutral mention "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });

  it.each(['you eat hot dogs at every game', 'they partner up with Snoop Dog', 'the two of them fought like rabid dogs'])(
    'keeps an animal word that is not said of a people: "%s"',
    (text) => {
      expect(moderate(text).categories).not.toContain('identity_attack');
    },
  );

  it('keeps a neutral mention of a people', () => {
    expect(moderate('The Azerbaijani army fired on the positions.').decision).toBe('approve');
    expect(moderate('Armenians and Azerbaijanis both lost thousands.').decision).toBe('approve');
  });

  it('keeps history told in the past tense', () => {
    expect(moderate('The Ottoman government massacred Armenians in 1915.').categories).not.toContain('threat');
  });
});

describe('threats', () => {
  it.each([
    ['a threat of violence', 'I will kill you'],
    ['a threat in slang', "i'm gonna shoot you"],
    ['a wish of death', 'you deserve to die'],
    ['a hope of death', 'I hope you die'],
    ['a passive wish', 'you should be shot'],
    ['an order to self-harm', 'kill yourself'],
  ])('rejects %s', (_kind, text) => {
    const v = moderate(text);
    expect(v.categories).toContain('threat');
    expect(v.decision).toBe('reject');
  });

  it('holds an accusation of genocidal intent for a moderator', () => {
    const v = moderate('you will undoubtedly annihilate all of 130,000+ Armenian souls in Artsakh');
    expect(v.decision).toBe('flag');
    expect(v.categories).toContain('threat');
  });

  it.each([
    'this analysis is killing me',
    'We will kill the bill in committee.',
    'I would never hurt you.',
    'Thousands will die if the war resumes.',
  ])('keeps the idiom "%s"', (text) => {
    expect(moderate(text).categories).not.toContain('threat');
  });
});

describe('idioms that contain a slur-like word', () => {
  it.each([
    'Homo sapiens left Africa long ago.', 'There are chinks in the armour of this argument.', 'He found a chink in her armor.',
    'a chink of light through the door', 'the coon hound barked', 'crackers and cheese',
  ])(
    'keeps "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );

  it('still flags the slur outside the idiom', () => {
    expect(moderate('chinks go home').categories).toContain('identity_attack');
  });
});

describe('"the joke\'s on them": fooled, not called a joke (round 8)', () => {
  it('keeps the idiom and still holds "you are a joke"', () => {
    expect(moderate("Well, the joke's on you this time.").decision).toBe('approve');
    expect(moderate('The joke is on the voters.').decision).toBe('approve');
    expect(moderate('@USER you are a total joke').categories).toContain('personal_attack');
  });
});

describe('"sick" of illness is no insult (round 8)', () => {
  it.each(['@USER I heard you are feeling sick this week', 'She fell sick last winter.', 'She called in sick today.'])(
    'keeps "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );

  it('still holds "you are sick", "you make me feel sick" and "he is a sick man"', () => {
    expect(moderate('@USER you are truly sick').decision).toBe('flag');
    expect(moderate('@USER you make me feel sick').categories).toContain('personal_attack');
    expect(moderate('He is a sick man.').decision).toBe('flag');
  });
});

describe('threats against what is the reader\'s', () => {
  it('rejects "we will burn your house down"', () => {
    const v = moderate('we will burn your house down');
    expect(v.decision).toBe('reject');
    expect(v.categories).toContain('threat');
  });

  it.each(["I'll beat the shit out of you", "I'm gonna set your car on fire"])('rejects "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each(['we will beat them in November', 'they beat him to death in 1915'])('keeps a contest or a report: "%s"', (text) => {
    expect(moderate(text).categories).not.toContain('threat');
  });

  it('still reads "burn" as a wish ("I hope you burn") and keeps an idiom ("burn the midnight oil")', () => {
    expect(moderate('I hope you burn').categories).toContain('threat');
    expect(moderate('we will burn the midnight oil').decision).toBe('approve');
  });
});

describe('harm wished with "choke"', () => {
  it('rejects "I hope you choke on it" and keeps "I choked on my coffee"', () => {
    expect(moderate('I hope you choke on it').categories).toContain('threat');
    expect(moderate('I choked on my coffee').decision).toBe('approve');
  });
});

describe('informal names of political camps', () => {
  it('holds mild name-calling of a camp by its short name', () => {
    expect(moderate('Dems are pathetic.').decision).toBe('flag');
    expect(moderate('The corrupt libs did it again.').decision).toBe('flag');
  });

  it('flags a camp called a herd or a pest', () => {
    expect(moderate('Progressives are sheeple.').categories).toContain('identity_attack');
    expect(moderate('Those swine in the socialist party lied.').categories).toContain('identity_attack');
  });

  it('keeps a neutral mention of a camp', () => {
    expect(moderate('The progressive caucus met on Tuesday.').decision).toBe('approve');
    expect(moderate('A feminist author and two socialist deputies spoke at the festival.').decision).toBe('approve');
  });
});

describe('harm ordered with "let", and lynching calls', () => {
  it('holds "let them die" and "let him rot"', () => {
    expect(moderate('Let them die.').categories).toEqual(['threat']);
    expect(moderate('let him rot in a cell').categories).toEqual(['threat']);
  });

  it('keeps "let" that tells a story or concerns no person', () => {
    expect(moderate('The doctors let him die in peace, as he wished.').decision).toBe('approve');
    expect(moderate("Don't let them die of hunger.").decision).toBe('approve');
    expect(moderate('Let it burn down to embers, then add the meat.').decision).toBe('approve');
  });

  it('holds "string them up" but keeps stringing up lights', () => {
    expect(moderate('String them up, all of them.').categories).toEqual(['threat']);
    expect(moderate('We string up the lights every December.').decision).toBe('approve');
  });
});

describe('a slur after an answering "no"', () => {
  it('flags "No faggot" and "@USER Never, faggot" as a slur said to someone', () => {
    expect(moderate('No faggot').categories).toContain('identity_attack');
    expect(moderate('@USER Never, faggot').categories).toContain('identity_attack');
  });
});

describe('a threat whose object is passed by a clause inside it (policy 1.5.0)', () => {
  it('rejects "I will find where you live and hurt you"', () => {
    expect(moderate('I will find where you live and hurt you.').categories).toContain('threat');
  });

  it('approves finding where one lives without violence', () => {
    expect(moderate('Can you find where you live on this map?').decision).toBe('approve');
  });
});

const categories = (text: string) => moderate(text).categories;

describe('a degrading word said of a people (round 8)', () => {
  it.each(['Kurds are thieves and liars', 'all Georgians are inferior', 'those stinking Azeris', 'a typical Turk!', 'Armenian thieves everywhere'])(
    'flags "%s"',
    (text) => {
      expect(categories(text)).toContain('identity_attack');
    },
  );

  it('holds it for a moderator rather than rejecting it', () => {
    expect(moderate('Russians are idiots').decision).toBe('flag');
  });

  it.each([
    'The Azerbaijani regime is criminal.', 'Turks are typical victims of state propaganda.', 'Not all Kurds are thieves.',
    'Georgians are sick of the promises.', 'The soldiers who beheaded Armenians are murderers.', 'A typical Armenian breakfast has lavash.',
  ])('keeps "%s" free of an identity attack', (text) => {
    expect(categories(text)).not.toContain('identity_attack');
  });

  it('keeps what someone else is said to claim ("Erdogan said ...", "it is a lie that ...")', () => {
    expect(categories('Erdogan said Kurds are terrorists.')).not.toContain('identity_attack');
    expect(categories('It is a lie that Armenians are thieves.')).not.toContain('identity_attack');
    expect(categories('Kurds are animals, the minister said.')).not.toContain('identity_attack');
  });

  it('does not count a camp or "people" as a people ("liberals are liars" is name-calling)', () => {
    expect(categories('Liberals are liars.')).not.toContain('identity_attack');
  });
});

describe('a people named only as an adjective of something else (round 8)', () => {
  it('keeps "the Kurdish PKK is considered terrorist" and still flags "Turkish dogs"', () => {
    expect(categories('The Kurdish PKK is considered terrorist by Ankara.')).not.toContain('identity_attack');
    expect(categories('Turkish dogs')).toContain('identity_attack');
  });
});

describe('a call to expel or destroy a people (round 8)', () => {
  it.each(['kick all the Muslims out', 'deport every last one of them immigrants', 'Armenians should all be deported', 'gas the Kurds'])(
    'flags "%s"',
    (text) => {
      expect(categories(text)).toContain('identity_attack');
    },
  );

  it('rejects a call to exterminate a people as a threat and an identity attack', () => {
    const v = moderate('all Azeris should be exterminated');
    expect(v.decision).toBe('reject');
    expect(v.categories).toEqual(expect.arrayContaining(['identity_attack', 'threat']));
  });

  it.each([
    'Ottoman authorities deported Armenians from Constantinople.', 'Turkey will deport Syrian refugees, the minister said.',
    'The government should not deport refugees.', 'Germany should deport migrants who commit crimes.',
  ])('keeps the report or policy "%s"', (text) => {
    expect(categories(text)).not.toContain('identity_attack');
  });

  it('flags "the only good Turk is a dead Turk"', () => {
    expect(categories('the only good Turk is a dead Turk')).toEqual(expect.arrayContaining(['identity_attack', 'threat']));
  });
});

describe('hatred of a people (round 8)', () => {
  it('flags "I hate Armenians" but not a thing of theirs or a denial', () => {
    expect(categories('I hate all Azeris')).toContain('identity_attack');
    expect(moderate('I hate Turkish coffee').decision).toBe('approve');
    expect(moderate("I don't hate Turks").decision).toBe('approve');
    expect(moderate('I hate how Turks deny it').decision).toBe('approve');
  });
});

describe('threats of many shapes (round 8)', () => {
  it.each([
    ['a wish that someone else do violence', 'I hope someone stabs you'],
    ['a passive wish with "get"', 'I hope you get shot'],
    ['a coordinated passive', 'you should be dragged out and hanged'],
    ['harm that befalls the reader', 'hope you get hit by a truck'],
    ['death wished with "be"', 'I wish you were dead'],
    ['death wanted', 'I want you dead'],
    ['violence wished as a sight', "I'd love to see you hang"],
    ['a wish opened by "may"', 'May you rot'],
    ['harm the writer will cause', "I'm going to make you suffer"],
    ['violence done to the body', "I'll smash your skull in"],
    ['a verb of defeat said to the reader', 'I will end you'],
    ['a violent outcome', 'you deserve a bullet'],
    ['an order to die', 'go jump off a bridge and die'],
    ['a named victim', 'somebody should shoot that traitor'],
    ['a name before the wish', 'Erdogan should be executed'],
    ['a call for death', 'death to the traitors'],
  ])('flags %s: "%s"', (_kind, text) => {
    expect(categories(text)).toContain('threat');
  });

  it.each([
    "We'll find you", 'keep talking and see what happens', 'you won\'t live to see next year', 'your days are numbered',
    "I'm gonna put you in the hospital", 'you will regret it',
  ])('flags the fixed threat "%s"', (text) => {
    expect(categories(text)).toContain('threat');
  });
});

describe('look-alikes of threats (round 8)', () => {
  it.each([
    'we will destroy them in the debate', "we'll crush them in the election", "I'll crush you at chess", "I'll shoot you an email",
    "I'll find you a seat", 'we will cut you a deal', 'you are dead to me', 'Death to fascism!', 'I hope you get well soon',
    'you should get cancer screening every year', 'I hope they get hit by sanctions', 'the island will most likely get hit again',
    'you will regret it if you don\'t go', 'he deserves a bullet train', 'he should be finished by now', "I'm dead tired",
    'you should be fired',
  ])('keeps "%s" free of a threat', (text) => {
    expect(categories(text)).not.toContain('threat');
  });
});

describe('words read only in context do not block joined words (round 8)', () => {
  it('still reads "brain dead" and "bell ends" as joined insults', () => {
    expect(moderate('the ring leader of the brain dead sheep').decision).toBe('flag');
    expect(moderate('they ran around like bell ends').decision).toBe('flag');
  });
});

describe('orders to suffer, and swearing at a people (round 8)', () => {
  it('flags "Die, you traitor" and "Rot in hell" but keeps "Burn, baby, burn" and "die hard fans"', () => {
    expect(categories('Die, you traitor')).toContain('threat');
    expect(categories('Rot in hell!')).toContain('threat');
    expect(categories('Burn, baby, burn')).not.toContain('threat');
    expect(categories('Die hard fans of Ararat cheered')).not.toContain('threat');
  });

  it('flags "fuck the Turks" and "the Azeri are a nation of thieves"', () => {
    expect(categories('fuck the Turks')).toContain('identity_attack');
    expect(categories('the Azeri are a nation of thieves')).toContain('identity_attack');
  });

  it('keeps a people named before a plain noun ("the Armenian pig farmers of Lori")', () => {
    expect(categories('the Armenian pig farmers of Lori')).not.toContain('identity_attack');
  });
});

describe('words that need a people named (prefilter, round 8)', () => {
  it('reads "I hate Armenians" and "deport all Kurds" whatever the prefilter skips', () => {
    const plain = createEngine(loadPolicy(), { prefilter: false });
    for (const text of ['I hate Armenians', 'deport all Kurds', 'Georgians are inferior', 'I hate Mondays', 'ban plastic bags']) {
      expect(moderate(text).categories).toEqual(plain.moderate(text).categories);
    }
    expect(categories('I hate Armenians')).toContain('identity_attack');
  });
});

describe('history and news told about calls and killings (round 8)', () => {
  it.each([
    'Talaat Pasha ordered that all Armenians be deported and killed.', 'Azerbaijani drones should be shot down.',
    'Death to the Armenian nation was the goal of the CUP.', "Azerbaijan's president said Armenians should be expelled from Karabakh.",
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('deaths foretold and wished on named people (round 8)', () => {
  it.each(["you'll be dead by Friday", 'the traitors must hang', 'hang the traitors', "I'll choke you out", 'the Azeri race is inferior'])(
    'flags "%s"',
    (text) => {
      expect(moderate(text).decision).not.toBe('approve');
    },
  );

  it.each(['if you keep smoking you will be dead by 50', 'you will be dead wrong', 'we just need to hang in there together', "I'll kick you out of the group"])(
    'keeps "%s" free of a threat',
    (text) => {
      expect(categories(text)).not.toContain('threat');
    },
  );
});

describe('an animal placed somewhere is the animal (round 8)', () => {
  it('keeps "the rats in the subway" but holds "the rats in Congress"', () => {
    expect(moderate('the rats in the subway are getting bigger').decision).toBe('approve');
    expect(moderate('there are pigs on the farm').decision).toBe('approve');
    expect(moderate('the rats in Congress').decision).toBe('flag');
  });
});

describe('humanity denied to a people (round 8)', () => {
  it.each(['Azeris are not human', "Turks aren't even human", 'Armenians are less than human', 'Kurds are not human beings'])('flags "%s"', (text) => {
    expect(categories(text)).toContain('identity_attack');
  });

  it.each(['Armenians are human too', 'Azerbaijanis are not human rights violators', 'Kurds are not a human shield'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('"Turks out!": the expulsion slogan (policy 1.7.0)', () => {
  it.each(['Turks out!', 'All Kurds out!', 'Armenians out of our country'])('flags "%s" as a call against a people', (text) => {
    const v = moderate(text);
    expect(v.categories).toContain('identity_attack');
    expect(v.reasons.map((r) => r.rule)).toContain('call-against-group');
  });

  it.each(['Armenians out of work in Russia are struggling', 'Many Armenians went out to vote', 'The Kurds out east are farmers'])(
    'keeps "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );
});

describe('a people called sheep, and animals that are animals (policy 1.7.0)', () => {
  it('flags "All Azeris are sheep"', () => {
    expect(moderate('All Azeris are sheep').categories).toContain('identity_attack');
  });

  it.each(['Kurds raise sheep and goats', 'The pig farmers of Armenia face drought', 'Armenian sheep farmers face a drought'])(
    'keeps the animals in "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );

  it('still flags "Turks are pigs" and "Armenians behave like animals"', () => {
    expect(moderate('Turks are pigs').categories).toContain('identity_attack');
    expect(moderate('Armenians behave like animals').categories).toContain('identity_attack');
  });
});

describe('"I\'m going to cut you" (policy 1.7.0)', () => {
  it('holds the threat to cut the reader', () => {
    const v = moderate("I'm going to cut you");
    expect(v.categories).toContain('threat');
    expect(v.decision).not.toBe('approve');
  });

  it.each(["I'll cut you some slack this time", 'I will cut you off if you keep interrupting', 'We will cut taxes next year', "I'm going to cut your hair tomorrow"])(
    'keeps "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );
});

describe('beatings wished on a person (policy 1.7.0)', () => {
  it.each(['You deserve to be beaten', 'He deserves to be beaten to death', 'you need a good beating'])('flags "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each(['They deserve to be beaten in the election', 'The record deserves to be beaten', 'The team took a beating in the polls'])(
    'keeps the contest in "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );
});

describe('an expulsion wished as a second predicate of a people (policy 1.7.0)', () => {
  it('flags "Jews control the media and should be deported"', () => {
    expect(moderate('Jews control the media and should be deported').categories).toContain('identity_attack');
  });

  it('keeps "Kurds fled the war and should be protected"', () => {
    expect(moderate('Kurds fled the war and should be protected').decision).toBe('approve');
  });
});

describe('set phrases named after a people (policy 1.7.0)', () => {
  it.each(['Gypsy jazz is my favourite music', 'The gypsy moth damaged the forest'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });

  it('still flags "Those gypsies are thieves"', () => {
    expect(moderate('Those gypsies are thieves').categories).toContain('identity_attack');
  });
});

describe('threats in disguise (policy 1.7.0)', () => {
  it.each(['I will k i l l you', "i'm gonna k.i.l.l u", 'go k*ll yourself', 'I will m*rder you', 'I will k1ll you'])('rejects "%s"', (text) => {
    const v = moderate(text);
    expect(v.categories).toContain('threat');
    expect(v.decision).toBe('reject');
  });

  it('still reads "sh*t" as the swear word, not "shot"', () => {
    const v = moderate('what a sh*t show');
    expect(v.categories).toEqual(['profanity']);
  });

  it('keeps "I will k*ll time at the mall"', () => {
    expect(moderate('I will k*ll time at the mall').decision).toBe('approve');
  });
});

describe('harm wished on a place or people named after the wish (policy 1.7.0)', () => {
  it.each(['I hope Baku burns', 'I hope Azerbaijan burns', 'I hope the traitors die'])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each(['I hope the house burns', 'I hope Stephen recovers', 'I hope I die before I get old'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('threats of round 11 (blindti)', () => {
  it.each([
    'i wil kil u',
    "i'm dying to see you suffer",
    'i swear i will stab the next one who says that',
    'the next bullet has your name on it',
    'I will end your life',
    'you are going to get hurt, badly',
    "you'll be dead before the election",
    "wait until I catch you, you'll bleed",
  ])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each([
    'threats like "I will kill you" are unacceptable and should be reported',
    'this should be shot in black and white, like the old films',
    'watch your back when lifting heavy boxes',
    "the Nazis planned to exterminate Europe's Jews, the museum explains",
    "you'll be dead within the hour if you eat that",
    "you'll suffer through this movie, it's three hours long",
    'the chess engine will end your game in ten moves',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('identity attacks of round 11 (blindti)', () => {
  it.each([
    'wipe out the armenian race',
    'expel every armenian from the city',
    'Turks are genetically violent',
    'these azeri dogs need to be put down',
    "I'm a proud Armenian and these Turkish animals will never win",
    'Turks deserve a second genocide of their own',
  ])('holds "%s"', (text) => {
    expect(moderate(text).decision).not.toBe('approve');
  });

  it.each([
    'the genocide aimed to wipe out the Armenian population of Anatolia',
    'an Armenian from Glendale won the race',
    'the Turkish government remains violent toward journalists, the report says',
    'Kurdish sheep graze in the hills',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('round 11 (blind batch): an adjective before the animal, a participle after the noun', () => {
  it.each(['the russians are nothing but drunk animals', 'immigrants are a disease infecting our cities'])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('identity_attack');
  });

  it.each(['Kurds will raise sheep', 'Kurds are raising sheep'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('round 11 (blind batch): blasts, the reader\'s body in the passive, deaths too good', () => {
  it.each([
    'hope your family gets blown up',
    'you deserve to be blown to pieces',
    'your throat will be cut like a sheep',
    'your neck will be broken',
    'a bullet is too good for you',
    'you will be hanging from a lamp post soon',
  ])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each([
    'you will be blown away by the show',
    'your cover will be blown',
    'your photo will be blown up and hung in the lobby',
    'the story was blown out of proportion',
    'your heart will be broken by the ending',
    'the ceasefire will be broken',
    'you will pay for this with your credit card at the door',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('round 11 (blind batch): others urged against the reader, a people deserving a bullet, veiled promises', () => {
  it.each([
    'they should hang you from the nearest tree',
    'turks deserve a bullet',
    "I'll rearrange your face",
    "you won't be laughing when you're six feet under",
    "you'd better hope we never meet in person",
    "I'll make you regret being born",
  ])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it.each([
    'if you go there they will kill you',
    'they should shoot you an email',
    'Armenians deserve a fair trial',
    'he has been six feet under for years',
    'I regret being born in such a cold place',
  ])(
    'keeps "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );
});

describe('round 11 (blind batch): a denial counts in its own clause only', () => {
  it.each(['Azerbaijanis are not people, they are animals', 'the Azerbaijanis, they are animals'])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('identity_attack');
  });

  it.each(['they are not animals, they are people', 'Refugees are not animals, they are people like us', 'Kurds, they raise sheep'])(
    'keeps "%s"',
    (text) => {
      expect(moderate(text).decision).toBe('approve');
    },
  );
});

describe('round 16 (ti9): identity attacks and threats, and their look-alikes', () => {
  it.each([
    // slurs joined, spaced or hyphenated, and a people called a tumour
    'a bunch of jungle bunnies moved in next door',
    'slanty eyed people eat dogs',
    'the Turkic race is a tumour on the Caucasus',
    // a collective of animals, and a people named after the comma
    'Immigrants are a swarm of locusts eating our country',
    'Turks are a horde of animals',
    'they are not even human, those Georgians',
    // the writer's own claim is no report; a treatment like animals called for, not told
    'I say Turks breed like rats',
    'Migrants should be treated like animals',
    'Kurds are cattle',
    // the speakers' own people spoken of after all, and a condemnation denied
    'Turks think they are better, but they are vermin',
    'Saying Turks are animals is not racist, it is the truth',
  ])('holds "%s" as an identity attack', (text) => {
    expect(moderate(text).categories).toContain('identity_attack');
  });

  it.each(['the author of this article should be beheaded', 'one day someone will blow up your car', 'Somebody should shoot the whole parliament'])(
    'holds "%s" as a threat',
    (text) => {
      expect(moderate(text).categories).toContain('threat');
    },
  );

  it.each([
    // the speakers of a claim, a claim made a gerund and condemned, and "no" denying a whole people
    'It is shameful that some people still say Turks are vermin',
    'Saying all Muslims are terrorists is bigotry, plain and simple',
    'No nation is subhuman and anyone who says otherwise should read history',
    // animals, growths, beauty and phones
    'a swarm of locusts eating the crops in Egypt',
    'The tumour on his liver was removed in Yerevan',
    'That dress is drop dead gorgeous',
    'The new update will blow up your phone with notifications',
    'He was fired for using a homophobic slur on air, good riddance',
    'The parliament voted to shoot down the bill',
    'Women are treated like cattle in that country and it must stop',
    'Kurds raise cattle in the mountains',
    // a negative subject before the modal of a passive wish
    'Nobody should be killed for drawing a cartoon',
  ])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('round 16 (allow22): someone called on to kill a person named', () => {
  it('holds "someone should shoot" a named person', () => {
    expect(moderate('Someone should shoot Hancock.').decision).toBe('flag');
  });

  it('passes a name the sentence goes on past', () => {
    expect(moderate('Someone should shoot Paris at dawn, the light is perfect.').decision).toBe('approve');
  });
});

describe('round 16 (olidr): the strongest dehumanising words said of one person', () => {
  it.each(['@USER @USER Ezra is a cockroach who needs light shone on him', '@USER he is vermin, plain and simple', '@USER she is subhuman and should resign'])('holds "%s" as name-calling', (text) => {
    const v = moderate(text);
    expect(v.decision).toBe('flag');
    expect(v.categories).toEqual(['incivility']);
  });

  it.each(['@USER he is not vermin', 'He is a vermin exterminator by trade', '@USER the barn is vermin-free now', 'a cockroach ran across the kitchen'])('keeps "%s"', (text) => {
    expect(moderate(text).decision).toBe('approve');
  });
});

describe('round 16 (mix7): the hunt with "going to", regret made', () => {
  it.each(["I'm going to find you and beat you", 'Keep talking and I will make you regret it'])('holds "%s"', (text) => {
    expect(moderate(text).categories).toContain('threat');
  });

  it('keeps a source found for the reader', () => {
    expect(moderate("I'm going to find you a better source on the treaty").decision).toBe('approve');
  });
});
