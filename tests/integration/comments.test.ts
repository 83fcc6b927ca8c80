// The core path through the real API, Redis, worker and PostgreSQL: submit -> queue -> verdict.
import seed from '../fixtures/seed-comments.json';
import { startStack, uid, eventually, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const submit = (text: string, extra: Record<string, unknown> = {}, wait = 5000) =>
  stack.call('POST', `/v1/comments?wait=${wait}`, { body: { externalId: uid(), author: { id: uid('a'), name: 'Reader' }, text, ...extra } });

describe('seed comments from the article', () => {
  const expected: Record<string, string[]> = {
    Abbe: ['approve'],
    'stephen bekian': ['flag', 'reject'],
    'john papazian': ['approve', 'flag'],
    Arthur: ['approve'],
    Sirvart: ['flag', 'reject'],
  };
  it.each(seed.comments.map((c) => [c.author, c.text] as const))('gives %s the expected verdict', async (author, text) => {
    const res = await submit(text, { author: { id: uid('a'), name: author }, threadId: 'azeri-defense-ministry' });
    expect(res.status).toBe(200);
    expect(expected[author]).toContain(res.body.verdict.decision);
    if (res.body.verdict.decision !== 'approve') {
      expect(res.body.verdict.reasons.length).toBeGreaterThan(0);
      for (const r of res.body.verdict.reasons) {
        expect(text.slice(r.start, r.end)).toBe(r.excerpt);
        expect(r.excerpt.length).toBeGreaterThan(0);
        expect(r.clause).toEqual(expect.any(String));
      }
    }
  });
});

describe('verdicts on the obvious cases', () => {
  it('holds or rejects profanity with the profanity category', async () => {
    const res = await submit('What a load of bullshit this article is.');
    expect(['flagged', 'rejected']).toContain(res.body.status);
    expect(res.body.verdict.categories).toContain('profanity');
    const reason = res.body.verdict.reasons.find((r: { category: string }) => r.category === 'profanity');
    expect(reason.excerpt.toLowerCase()).toBe('bullshit');
    expect(reason.start).toBe(15);
  });

  it('rejects or holds a direct insult as a personal attack', async () => {
    const res = await submit('You are a complete idiot, Arthur.');
    expect(['flagged', 'rejected']).toContain(res.body.status);
    expect(res.body.verdict.categories).toContain('personal_attack');
  });

  it('approves a polite comment', async () => {
    const res = await submit('Thank you for the detailed report on the treaty.');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect(res.body.verdict).toMatchObject({ decision: 'approve', categories: [], reasons: [], decidedBy: 'policy' });
    expect(res.body.verdict.policyVersion).toEqual(expect.any(String));
  });
});

describe('submitting', () => {
  it('answers 202 pending at once without ?wait, then the verdict is readable', async () => {
    const res = await stack.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: 'reader-1' }, text: 'A fair point about the treaty.' } });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', verdict: null, author: { id: 'reader-1' } });
    expect(res.headers.get('location')).toBe(`/v1/comments/${res.body.id}`);
    const decided = await eventually(async () => {
      const r = await stack.call('GET', `/v1/comments/${res.body.id}`);
      return r.body.status === 'pending' ? undefined : r.body;
    });
    expect(decided.verdict.decision).toBe('approve');
  });

  it('returns the same comment for the same externalId: one row, one verdict', async () => {
    const body = { externalId: uid(), author: { id: 'reader-2' }, text: 'Same comment twice.' };
    const first = await stack.call('POST', '/v1/comments?wait=5000', { body });
    const second = await stack.call('POST', '/v1/comments?wait=5000', { body });
    expect(second.body.id).toBe(first.body.id);
    expect(await stack.db.comment.count({ where: { externalId: body.externalId } })).toBe(1);
    expect(await stack.db.verdict.count({ where: { commentId: first.body.id } })).toBe(1);
  });

  it('accepts ids with colons or only digits', async () => {
    const res = await stack.call('POST', '/v1/comments?wait=5000', { body: { externalId: 'wp:comment:12345', author: { id: '987654' }, text: 'Numbers and colons.' } });
    expect(res.status).toBe(200);
    const again = await stack.call('POST', '/v1/comments', { body: { externalId: '12345', author: { id: '987655' }, text: 'Only digits.' } });
    expect([200, 202]).toContain(again.status);
  });

  it('refuses the same externalId with different text (409)', async () => {
    const externalId = uid();
    await stack.call('POST', '/v1/comments', { body: { externalId, author: { id: 'r' }, text: 'one' } });
    const res = await stack.call('POST', '/v1/comments', { body: { externalId, author: { id: 'r' }, text: 'two' } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.message).toContain('externalId');
  });

  it('answers 401 without a key and with an unknown key', async () => {
    const none = await stack.call('POST', '/v1/comments', { key: null, body: { externalId: 'x', author: { id: 'a' }, text: 't' } });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    const bad = await stack.call('GET', `/v1/comments/${'0'.repeat(8)}-0000-0000-0000-000000000000`, { key: 'wdn_aaaaaaaaaaaa_' + 'b'.repeat(43) });
    expect(bad.status).toBe(401);
  });

  it('answers 400 naming text when text is missing', async () => {
    const res = await stack.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: 'a' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(/^text\b/);
  });

  it("answers 422 when the text is longer than the policy's limit", async () => {
    const res = await stack.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: 'a' }, text: 'a'.repeat(stack.api!.context.policy.limits.maxTextLength + 1) } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^text: .*at most/);
  });

  it('refuses to let the client set status or verdict', async () => {
    const res = await stack.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: 'a' }, text: 'hi', status: 'approved' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/status|Unrecognized/i);
  });

  it('answers 400 for malformed JSON, never a stack trace', async () => {
    const res = await stack.call('POST', '/v1/comments', { raw: '{"externalId": ' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(/);
  });
});

describe('reading', () => {
  it("hides another site's comment (404)", async () => {
    const res = await submit('Visible only to its own site.');
    const other = await stack.call('GET', `/v1/comments/${res.body.id}`, { key: stack.keys.otherSite });
    expect(other.status).toBe(404);
    const moderator = await stack.call('GET', `/v1/comments/${res.body.id}`, { key: stack.keys.moderator });
    expect(moderator.status).toBe(200);
  });

  it('answers 400 for an id that is not a comment id', async () => {
    const res = await stack.call('GET', '/v1/comments/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^id/);
  });

  it('publishes the policy with its text, version, clauses and actions', async () => {
    const res = await stack.call('GET', '/v1/policy', { key: null });
    expect(res.status).toBe(200);
    expect(res.body.text).toContain('comments that include profanity, personal attacks or other inappropriate material will not be permitted');
    expect(res.body.version).toEqual(expect.any(String));
    expect(res.body.clauses.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['profanity', 'personal_attacks', 'inappropriate_material', 'blocking']));
    expect(Object.keys(res.body.categories)).toEqual(expect.arrayContaining(['profanity', 'personal_attack', 'identity_attack', 'threat', 'spam', 'author_blocked']));
  });

  it('reports health and readiness', async () => {
    expect((await stack.call('GET', '/healthz', { key: null })).status).toBe(200);
    const ready = await stack.call('GET', '/readyz', { key: null });
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ postgres: 'up', redis: 'up' });
  });
});

describe('comments submitted together are stored in one statement', () => {
  const input = (externalId: string, authorId: string, text: string, name?: string) => ({
    site: 'batch-test',
    externalId,
    author: name === undefined ? { id: authorId } : { id: authorId, name },
    text,
  });

  it('stores each new comment once, answers null for a taken externalId, and keeps the latest given name', async () => {
    const { insertComments } = await import('../../src/comments/submitComment');
    const [taken, fresh, twice, author] = [uid('x'), uid('x'), uid('x'), uid('a')];
    await insertComments(stack.db, [input(taken, author, 'First.')]);
    const results = await insertComments(stack.db, [
      input(taken, author, 'First.'),
      input(fresh, author, 'Second.', 'Ani'),
      input(twice, author, 'Third.'),
      input(twice, author, 'Third.'),
    ]);
    expect(results.map((r) => (r === null ? null : r instanceof Error ? 'error' : r.externalId))).toEqual([null, fresh, twice, null]);
    const stored = await stack.db.comment.findMany({ where: { site: 'batch-test', authorId: author }, orderBy: { createdAt: 'asc' } });
    expect(stored.map((c) => c.externalId).sort()).toEqual([taken, fresh, twice].sort());
    expect(stored.every((c) => c.status === 'pending')).toBe(true);
    expect((await stack.db.author.findUniqueOrThrow({ where: { id: author } })).name).toBe('Ani');
  });

  it('fails only the comment PostgreSQL refuses, not the others in its batch', async () => {
    const { insertComments } = await import('../../src/comments/submitComment');
    const [good, bad] = [uid('x'), uid('x')];
    // The API refuses NUL before this point; here it stands for any row the database rejects.
    const results = await insertComments(stack.db, [input(good, uid('a'), 'Fine.'), input(bad, uid('a'), 'Not \u0000 storable.')]);
    expect(results[0]).toMatchObject({ externalId: good, status: 'pending' });
    expect(results[1]).toBeInstanceOf(Error);
    expect(await stack.db.comment.count({ where: { site: 'batch-test', externalId: { in: [good, bad] } } })).toBe(1);
  });

  it('answers every one of many concurrent submissions with its own comment', async () => {
    const ids = Array.from({ length: 40 }, () => uid());
    const res = await Promise.all(
      ids.map((externalId) => stack.call('POST', '/v1/comments', { body: { externalId, author: { id: uid('a') }, text: 'Thank you for the report.' } })),
    );
    expect(res.map((r) => r.status).every((s) => s === 202 || s === 200)).toBe(true);
    expect(new Set(res.map((r) => r.body.id)).size).toBe(40);
    expect(res.map((r) => r.body.externalId)).toEqual(ids);
  });
});
