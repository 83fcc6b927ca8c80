import { moderate } from './engine';

describe('other inappropriate material', () => {
  it('holds a comment with more links than the policy allows', () => {
    const v = moderate('see http://a.example.com/1 and https://b.example.org/2 and www.c.net/3');
    expect(v.decision).toBe('flag');
    expect(v.reasons.map((r) => r.rule)).toContain('too-many-links');
  });

  it('keeps two links', () => {
    expect(moderate('see http://a.example.com/1 and https://b.example.org/2').decision).toBe('approve');
  });

  it('holds shouting', () => {
    const v = moderate('THIS IS AN OUTRAGE AND EVERYONE IN THE GOVERNMENT SHOULD RESIGN TODAY');
    expect(v.decision).toBe('flag');
    expect(v.categories).toEqual(['spam']);
  });

  it('keeps a short capitalised phrase', () => {
    expect(moderate('NATO and the OSCE said NO to the plan.').decision).toBe('approve');
  });

  it('holds a flood of one character', () => {
    expect(moderate('nooooooooooooooooooooooooooo way!!!!!!!!!!!!!!!!!!!!').categories).toEqual(['spam']);
  });

  it('holds a flood of one word', () => {
    expect(moderate('spam spam spam spam spam spam').decision).toBe('flag');
  });

  it('does not count the letters of a spelled-out word as a flood of one word', () => {
    expect(moderate('what a load of B:U:L:L:S:H:I:T').categories).not.toContain('spam');
  });

  it('never rejects spam', () => {
    expect(moderate('BUY NOW!!!!!!!!!!!!!!!!!!!! AT http://a.com http://b.com http://c.com http://d.com').decision).toBe('flag');
  });
});

describe('shouting: tags are not prose', () => {
  it('does not count the capitals of hashtags and handles', () => {
    expect(moderate('Vote on Tuesday, friends #MAGA #USA #AMERICAFIRST #VOTERED #KEEPAMERICAGREAT @CNN').decision).toBe('approve');
  });

  it('still holds prose in capitals next to hashtags', () => {
    expect(moderate('EVERYONE IN THIS TOWN SHOULD GO OUT AND VOTE ON TUESDAY #VOTE').decision).toBe('flag');
  });
});

describe('links without a scheme are links', () => {
  it('counts bare domains and short links', () => {
    const v = moderate('Get rich fast: cheapmeds.com, bestdeals.net and t.co/x7Yz');
    expect(v.reasons.map((r) => r.rule)).toEqual(['too-many-links']);
    expect(v.reasons[0]!.excerpt).toBe('t.co/x7Yz');
  });

  it('counts link shorteners', () => {
    expect(moderate('goo.gl/abc goo.gl/def goo.gl/ghi').decision).toBe('flag');
  });

  it('does not read times of day as Armenian domains', () => {
    expect(moderate('The shelling went on from 5 a.m. to 7 p.m. and again at 9 a.m. today.').decision).toBe('approve');
  });
});

describe('flooding in other shapes', () => {
  it('holds a short unit glued to itself over and over', () => {
    const v = moderate('lolololololololololololololololol');
    expect(v.reasons.map((r) => r.rule)).toEqual(['repeated-characters']);
    expect(v.reasons[0]!.explanation).toBe('"lo" repeated 16 times');
  });

  it('keeps laughter of ordinary length', () => {
    expect(moderate('hahahaha that was a good one').decision).toBe('approve');
  });

  it('holds the same sentence pasted three times', () => {
    const v = moderate('Great article. Great article! Great article.');
    expect(v.reasons.map((r) => r.rule)).toEqual(['repeated-sentences']);
    expect(v.reasons[0]!.explanation).toBe('"great article" repeated 3 times');
  });

  it('holds the same line pasted over and over', () => {
    const v = moderate('Vote yes on Sunday\nVote yes on Sunday\nVote yes on Sunday\nVote yes on Sunday');
    expect(v.reasons[0]!.explanation).toBe('"vote yes on sunday" repeated 4 times');
    expect(v.reasons[0]!.end).toBe(75);
  });

  it('keeps a sentence said twice, and one-word emphasis', () => {
    expect(moderate('Great article! Great article!').decision).toBe('approve');
    expect(moderate('No. No. No. That is not what the treaty says.').decision).toBe('approve');
  });

  it('keeps sentences that only begin alike', () => {
    expect(moderate('Great article. Great article. Great article on the talks in Vienna, thank you.').decision).toBe('approve');
  });
});
