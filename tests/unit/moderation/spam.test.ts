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
