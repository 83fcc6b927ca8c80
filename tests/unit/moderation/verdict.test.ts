import { CATEGORIES, createEngine } from '../../../src/moderation';
import { loadPolicy } from '../../../src/policy/loadPolicy';
import { moderate } from './engine';

describe('the verdict', () => {
  it('rejects a blocked author without reading the comment', () => {
    const engine = createEngine(loadPolicy());
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    const v = engine.moderate('Thank you for the report.', {
      activeBlock: { id: 'blk_1', reason: 'three rejected comments in 30 days', expiresAt },
    });
    expect(v).toEqual({
      decision: 'reject',
      categories: ['author_blocked'],
      reasons: [
        expect.objectContaining({
          rule: 'author-blocked',
          category: 'author_blocked',
          clause: 'blocking',
          severity: 'high',
          excerpt: '',
          start: 0,
          end: 0,
        }),
      ],
      policyVersion: engine.policy.version,
    });
    expect(v.reasons[0]!.explanation).toContain('three rejected comments in 30 days');
  });

  it('moderates normally when the block is null', () => {
    const engine = createEngine(loadPolicy());
    expect(engine.moderate('Thank you.', { activeBlock: null }).decision).toBe('approve');
  });

  it('lists distinct categories in the policy order', () => {
    const v = moderate('spam spam spam spam spam spam, you idiot, fuck this shit');
    expect(v.categories).toEqual(CATEGORIES.filter((c) => v.categories.includes(c)));
    expect(new Set(v.categories).size).toBe(v.categories.length);
    expect(v.categories).toEqual(['profanity', 'personal_attack', 'spam']);
  });

  it('takes the strictest action of all findings', () => {
    expect(moderate('spam spam spam spam spam spam').decision).toBe('flag');
    expect(moderate('spam spam spam spam spam spam fuck').decision).toBe('reject');
  });

  it('stamps the policy version', () => {
    expect(moderate('hello').policyVersion).toBe(loadPolicy().version);
  });

  it('lists no reasons for an approved comment', () => {
    expect(moderate('Hell, that was a good article.')).toMatchObject({ decision: 'approve', categories: [], reasons: [] });
  });

  it('names the clause each reason enforces', () => {
    const v = moderate('you idiot, this is bullshit');
    const clauses = Object.fromEntries(v.reasons.map((r) => [r.category, r.clause]));
    expect(clauses).toEqual({ personal_attack: 'personal_attacks', profanity: 'profanity' });
  });
});
