// The sanction ladder as a pure function: facts, policy and the time in; a block or null out.
import { couldSanction, decideSanction, type AuthorRecord } from '../../src/moderation/sanctions';

const policy = { windowDays: 30, ladder: [{ rejections: 3, blockHours: 168 }], repeatOffenceBlockHours: 720 };
const now = new Date('2026-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const rejection = (id: string, days: number, categories = ['personal_attack']) => ({ commentId: id, postedAt: daysAgo(days), categories });
const record = (rejections: AuthorRecord['rejections'], blocks: AuthorRecord['blocks'] = []): AuthorRecord => ({ rejections, blocks });

describe('the sanction ladder', () => {
  it('blocks for 7 days at the third rejection within 30 days', () => {
    const s = decideSanction(record([rejection('a', 20), rejection('b', 5), rejection('c', 0)]), policy, now);
    expect(s).toMatchObject({ kind: 'ladder', blockHours: 168, commentIds: ['a', 'b', 'c'] });
    expect(s!.expiresAt.toISOString()).toBe('2026-07-07T12:00:00.000Z');
    expect(s!.reason).toContain('3 rejected comments within 30 days');
  });

  it('does nothing at two rejections', () => {
    expect(decideSanction(record([rejection('a', 2), rejection('b', 1)]), policy, now)).toBeNull();
  });

  it('does not count rejections older than the window', () => {
    expect(decideSanction(record([rejection('old', 31), rejection('b', 2), rejection('c', 1)]), policy, now)).toBeNull();
  });

  it('does not count rejections caused only by a block', () => {
    const s = decideSanction(record([rejection('a', 3), rejection('b', 2), rejection('c', 1, ['author_blocked'])]), policy, now);
    expect(s).toBeNull();
  });

  it("counts a moderator's rejection of a comment the engine found nothing in", () => {
    expect(decideSanction(record([rejection('a', 3, []), rejection('b', 2), rejection('c', 1)]), policy, now)?.kind).toBe('ladder');
  });

  it('adds nothing while a block is active', () => {
    const active = { id: 'b1', createdAt: daysAgo(1), expiresAt: daysAgo(-6), liftedAt: null };
    expect(decideSanction(record([rejection('a', 3), rejection('b', 2), rejection('c', 0)], [active]), policy, now)).toBeNull();
  });

  it('blocks for 30 days at a violation within the window after a block expired', () => {
    const expired = { id: 'b1', createdAt: daysAgo(12), expiresAt: daysAgo(5), liftedAt: null };
    const s = decideSanction(record([rejection('x', 14), rejection('y', 13), rejection('z', 12.5), rejection('again', 1)], [expired]), policy, now);
    expect(s).toMatchObject({ kind: 'repeat_offence', blockHours: 720, commentIds: ['again'] });
  });

  it('does not re-impose a block for the violations that earned the previous one', () => {
    const expired = { id: 'b1', createdAt: daysAgo(12), expiresAt: daysAgo(5), liftedAt: null };
    expect(decideSanction(record([rejection('x', 14), rejection('y', 13), rejection('z', 12.5)], [expired]), policy, now)).toBeNull();
  });

  it('treats a block an admin lifted as a pardon: the next violation starts the ladder again', () => {
    const lifted = { id: 'b1', createdAt: daysAgo(10), expiresAt: daysAgo(3), liftedAt: daysAgo(9) };
    expect(decideSanction(record([rejection('x', 11), rejection('y', 11), rejection('z', 10.5), rejection('a', 1)], [lifted]), policy, now)).toBeNull();
    const s = decideSanction(record([rejection('a', 3), rejection('b', 2), rejection('c', 1)], [lifted]), policy, now);
    expect(s?.kind).toBe('ladder');
  });

  it('starts the ladder again when the previous block ended before the window', () => {
    const longAgo = { id: 'b1', createdAt: daysAgo(60), expiresAt: daysAgo(53), liftedAt: null };
    expect(decideSanction(record([rejection('a', 1)], [longAgo]), policy, now)).toBeNull();
  });

  it('takes the highest ladder step the count reaches', () => {
    const ladder = { ...policy, ladder: [{ rejections: 2, blockHours: 24 }, { rejections: 4, blockHours: 72 }] };
    expect(decideSanction(record([rejection('a', 3), rejection('b', 2)]), ladder, now)?.blockHours).toBe(24);
    expect(decideSanction(record([rejection('a', 4), rejection('b', 3), rejection('c', 2), rejection('d', 1)]), ladder, now)?.blockHours).toBe(72);
  });

  it('follows an injected clock with a short window', () => {
    const short = { ...policy, windowDays: 1 };
    const facts = record([rejection('a', 0.9), rejection('b', 0.5), rejection('c', 0.1)]);
    expect(decideSanction(facts, short, now)?.kind).toBe('ladder');
    // Half a day later the oldest has left the window.
    expect(decideSanction(facts, short, new Date(now.getTime() + 12 * 3_600_000))).toBeNull();
  });
});

describe('the cheap pre-check before the sanction ladder', () => {
  it('rules out an author without blocks below the first step', () => {
    expect(couldSanction(2, false, policy)).toBe(false);
    expect(couldSanction(3, false, policy)).toBe(true);
  });

  it('never rules out an author with a block on record (a repeat offence needs one violation)', () => {
    expect(couldSanction(1, true, policy)).toBe(true);
    const expired = { id: 'b1', createdAt: daysAgo(20), expiresAt: daysAgo(13), liftedAt: null };
    expect(decideSanction(record([rejection('x', 1)], [expired]), policy, now)).not.toBeNull();
  });

  it('is false for a policy without ladder steps and an author without blocks', () => {
    expect(couldSanction(100, false, { ...policy, ladder: [] })).toBe(false);
  });
});

