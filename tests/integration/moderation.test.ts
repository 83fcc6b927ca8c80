// Moderators and admins through the real API, worker, PostgreSQL and Redis: reports, the review queue,
// decisions, blocks, the author's history and the audit trail.
import { startStack, uid, eventually, type Stack } from '../support/stack';

jest.setTimeout(20_000);

let stack: Stack;
let ids: { moderator: string; admin: string; site: string };
beforeAll(async () => {
  // Rate limits are the hardening tests' concern; here one author posts several comments in a row.
  stack = await startStack({ env: { RATE_LIMITS: 'false' } });
  const who = async (key: string) => (await stack.call('GET', '/v1/me', { key })).body.keyId as string;
  ids = { moderator: await who(stack.keys.moderator), admin: await who(stack.keys.admin), site: await who(stack.keys.site) };
});
afterAll(async () => {
  await stack.close();
});

const CLEAN = 'Thank you for the detailed report on the treaty.';
const PROFANE = 'What a load of bullshit this article is.';
const INSULT = 'You are an idiot.';

async function submit(text: string, extra: Record<string, unknown> = {}) {
  const res = await stack.call('POST', '/v1/comments?wait=5000', {
    body: { externalId: uid(), author: { id: uid('a'), name: 'Reader' }, text, ...extra },
  });
  expect(res.status).toBe(200);
  return res.body;
}

const queue = (query: Record<string, string>, key = stack.keys.moderator) =>
  stack.call('GET', `/v1/moderation/queue?${new URLSearchParams(query)}`, { key });

const decide = (id: string, body: Record<string, unknown>, key = stack.keys.moderator) =>
  stack.call('POST', `/v1/moderation/comments/${id}/decision`, { key, body });

describe('the round trip: report, review, decide', () => {
  it('puts a reported approved comment in the queue, and a moderator rejection makes it rejected', async () => {
    const threadId = uid('t');
    const comment = await submit(CLEAN, { threadId });
    expect(comment.status).toBe('approved');

    const report = await stack.call('POST', `/v1/comments/${comment.id}/reports`, { body: { reason: 'Off-topic advertising', reporterId: 'reader-99' } });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ commentId: comment.id, reason: 'Off-topic advertising', reporterId: 'reader-99', status: 'open' });

    const listed = await queue({ threadId });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ id: comment.id, status: 'approved', text: CLEAN, queuedFor: ['reported'], openReports: 1 });
    expect(listed.body.items[0].reports[0]).toMatchObject({ reason: 'Off-topic advertising' });
    expect(listed.body.items[0].verdict.decision).toBe('approve');

    const decided = await decide(comment.id, { decision: 'reject', reason: 'advertising', note: 'second time this week' });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('rejected');
    expect(decided.body.verdict).toMatchObject({ decision: 'reject', decidedBy: 'moderator', decidedById: ids.moderator, engineDecision: 'approve' });

    const read = await stack.call('GET', `/v1/comments/${comment.id}`);
    expect(read.body.status).toBe('rejected');
    // Deciding resolved the report, so the comment has left the queue.
    expect((await queue({ threadId })).body.items).toEqual([]);
    const reports = await stack.db.report.findMany({ where: { commentId: comment.id } });
    expect(reports).toEqual([expect.objectContaining({ status: 'resolved', resolvedBy: ids.moderator })]);
    const decisions = await stack.db.moderationDecision.findMany({ where: { commentId: comment.id } });
    expect(decisions).toEqual([expect.objectContaining({ decision: 'reject', reason: 'advertising', note: 'second time this week', actorId: ids.moderator })]);
  });

  it("keeps the engine's reasons when a moderator overrides, and a later decision reverses an earlier one", async () => {
    const comment = await submit(PROFANE);
    expect(comment.status).toBe('flagged');
    const engineReasons = comment.verdict.reasons;
    expect(engineReasons.length).toBeGreaterThan(0);

    const approved = await decide(comment.id, { decision: 'approve' });
    expect(approved.body).toMatchObject({ status: 'approved', verdict: { decision: 'approve', engineDecision: 'flag', reasons: engineReasons } });
    const rejected = await decide(comment.id, { decision: 'reject', reason: 'on reflection' }, stack.keys.admin);
    expect(rejected.body).toMatchObject({ status: 'rejected', verdict: { decision: 'reject', decidedById: ids.admin, engineDecision: 'flag' } });
    const history = await stack.db.moderationDecision.findMany({ where: { commentId: comment.id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((d) => d.decision)).toEqual(['approve', 'reject']);
    expect(await stack.db.verdict.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it('decides many comments in one call and lists the ids it does not know', async () => {
    const a = await submit(PROFANE);
    const b = await submit(PROFANE);
    const unknown = '0196e000-0000-7000-8000-000000000000';
    const res = await stack.call('POST', '/v1/moderation/decisions', { key: stack.keys.moderator, body: { ids: [a.id, unknown, b.id], decision: 'approve', reason: 'fair criticism' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ decision: 'approve', items: [{ id: a.id, status: 'approved' }, { id: b.id, status: 'approved' }], notFound: [unknown] });
    expect((await stack.call('GET', `/v1/comments/${b.id}`)).body.verdict.decidedBy).toBe('moderator');
  });

  it('refuses a bulk decision over 500 comments, naming the field', async () => {
    const many = Array.from({ length: 501 }, () => '0196e000-0000-7000-8000-000000000000');
    const res = await stack.call('POST', '/v1/moderation/decisions', { key: stack.keys.moderator, body: { ids: many, decision: 'reject' } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^ids: .*500/);
  });

  it('refuses a decision other than approve or reject', async () => {
    const comment = await submit(PROFANE);
    const res = await decide(comment.id, { decision: 'flag' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^decision/);
  });

  it("answers 404 when a site reports another site's comment", async () => {
    const comment = await submit(CLEAN);
    const res = await stack.call('POST', `/v1/comments/${comment.id}/reports`, { key: stack.keys.otherSite, body: { reason: 'spam' } });
    expect(res.status).toBe(404);
    expect(await stack.db.report.count({ where: { commentId: comment.id } })).toBe(0);
  });

  it('answers 404 for a decision on a comment that does not exist', async () => {
    const res = await decide('0196e000-0000-7000-8000-000000000001', { decision: 'approve' });
    expect(res.status).toBe(404);
  });
});

describe('the review queue', () => {
  it('holds flagged comments oldest first, pages by cursor and filters by category', async () => {
    const threadId = uid('t');
    const first = await submit(PROFANE, { threadId });
    const second = await submit(PROFANE, { threadId });
    const third = await submit(PROFANE, { threadId });
    const approved = await submit(CLEAN, { threadId });
    expect([first.status, second.status, third.status, approved.status]).toEqual(['flagged', 'flagged', 'flagged', 'approved']);

    const page1 = await queue({ threadId, limit: '2' });
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([first.id, second.id]);
    expect(page1.body.items[0].queuedFor).toEqual(['flagged']);
    expect(page1.body.nextCursor).toBe(second.id);
    const page2 = await queue({ threadId, limit: '2', cursor: page1.body.nextCursor });
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([third.id]);
    expect(page2.body.nextCursor).toBeNull();

    expect((await queue({ threadId, category: 'profanity' })).body.items).toHaveLength(3);
    expect((await queue({ threadId, category: 'personal_attack' })).body.items).toHaveLength(0);
  });

  it('answers 400 for an unknown filter and 422 for an unknown category', async () => {
    expect((await queue({ colour: 'red' })).status).toBe(400);
    const bad = await queue({ category: 'rudeness' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/^category/);
  });
});

describe('roles', () => {
  it('answers 401 without a key', async () => {
    const res = await stack.call('GET', '/v1/moderation/queue', { key: null });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('answers 403 when a site key reads the queue or decides', async () => {
    const comment = await submit(PROFANE);
    expect((await queue({}, stack.keys.site)).status).toBe(403);
    const res = await decide(comment.id, { decision: 'approve' }, stack.keys.site);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await stack.call('GET', `/v1/comments/${comment.id}`)).body.status).toBe('flagged');
  });

  it('answers 403 when a moderator blocks, and blocks nothing', async () => {
    const authorId = uid('a');
    const res = await stack.call('POST', `/v1/users/${authorId}/block`, { key: stack.keys.moderator, body: { reason: 'trolling' } });
    expect(res.status).toBe(403);
    expect(await stack.db.block.count({ where: { authorId } })).toBe(0);
  });

  it('answers 403 when a moderator or a site reads the audit trail', async () => {
    expect((await stack.call('GET', '/v1/audit', { key: stack.keys.moderator })).status).toBe(403);
    expect((await stack.call('GET', '/v1/audit', { key: stack.keys.site })).status).toBe(403);
  });

  it('lets a moderator read an author history but not a site', async () => {
    const comment = await submit(CLEAN);
    expect((await stack.call('GET', `/v1/users/${comment.author.id}`, { key: stack.keys.moderator })).status).toBe(200);
    expect((await stack.call('GET', `/v1/users/${comment.author.id}`, { key: stack.keys.site })).status).toBe(403);
  });
});

describe('blocks', () => {
  it("rejects a blocked author's comment with author_blocked, and approves again once the block is lifted", async () => {
    const author = { id: uid('a'), name: 'Troll' };
    const block = await stack.call('POST', `/v1/users/${author.id}/block`, { key: stack.keys.admin, body: { reason: 'harassing other readers', durationHours: 24 } });
    expect(block.status).toBe(201);
    expect(block.body).toMatchObject({ authorId: author.id, reason: 'harassing other readers', automatic: false, createdBy: ids.admin, active: true, liftedAt: null });
    const hours = (Date.parse(block.body.expiresAt) - Date.parse(block.body.createdAt)) / 3_600_000;
    expect(hours).toBeCloseTo(24, 5);

    const blocked = await submit(CLEAN, { author });
    expect(blocked.status).toBe('rejected');
    expect(blocked.verdict.categories).toEqual(['author_blocked']);
    expect(blocked.verdict.reasons[0].category).toBe('author_blocked');
    expect(blocked.verdict.reasons[0].clause).toBe('blocking');
    expect(blocked.verdict.reasons[0].explanation).toContain(block.body.id);
    expect(blocked.verdict.reasons[0].explanation).toContain('harassing other readers');

    const lifted = await stack.call('DELETE', `/v1/users/${author.id}/block`, { key: stack.keys.admin });
    expect(lifted.status).toBe(200);
    expect(lifted.body.lifted).toEqual([expect.objectContaining({ id: block.body.id, active: false, liftedBy: ids.admin })]);

    const after = await submit(CLEAN, { author });
    expect(after.status).toBe('approved');
  });

  it('blocks until lifted when no duration is given', async () => {
    const authorId = uid('a');
    const res = await stack.call('POST', `/v1/users/${authorId}/block`, { key: stack.keys.admin, body: { reason: 'ban evasion' } });
    expect(res.status).toBe(201);
    expect(res.body.expiresAt).toBeNull();
    expect(res.body.active).toBe(true);
  });

  it('lets a block expire by itself', async () => {
    const author = { id: uid('a') };
    // An expired block: created two days ago for 24 hours.
    await stack.db.author.create({ data: { id: author.id } });
    await stack.db.block.create({ data: { authorId: author.id, reason: 'old', createdBy: ids.admin, createdAt: new Date(Date.now() - 48 * 3_600_000), expiresAt: new Date(Date.now() - 24 * 3_600_000) } });
    expect((await submit(CLEAN, { author })).status).toBe('approved');
  });

  it('answers 404 when lifting a block that does not exist', async () => {
    const res = await stack.call('DELETE', `/v1/users/${uid('a')}/block`, { key: stack.keys.admin });
    expect(res.status).toBe(404);
  });

  it('refuses a block without a reason or with a negative duration', async () => {
    const authorId = uid('a');
    const none = await stack.call('POST', `/v1/users/${authorId}/block`, { key: stack.keys.admin, body: {} });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/^reason/);
    const negative = await stack.call('POST', `/v1/users/${authorId}/block`, { key: stack.keys.admin, body: { reason: 'x', durationHours: -1 } });
    expect(negative.status).toBe(422);
    expect(negative.body.error.message).toMatch(/^durationHours/);
  });

  it("shows an author's comments, violations and blocks to a moderator", async () => {
    const author = { id: uid('a'), name: 'Vahe' };
    const ok = await submit(CLEAN, { author });
    const bad = await submit(INSULT, { author });
    expect(bad.status).toBe('rejected');
    await stack.call('POST', `/v1/users/${author.id}/block`, { key: stack.keys.admin, body: { reason: 'insults', durationHours: 1 } });

    const res = await stack.call('GET', `/v1/users/${author.id}`, { key: stack.keys.moderator });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: author.id, name: 'Vahe', blocked: true, totalComments: 2 });
    expect(res.body.comments.map((c: { id: string }) => c.id)).toEqual([bad.id, ok.id]);
    expect(res.body.violations).toMatchObject({ windowDays: 30, inWindow: 1, items: [expect.objectContaining({ commentId: bad.id, categories: ['personal_attack'], decidedBy: 'policy' })] });
    expect(res.body.blocks).toEqual([expect.objectContaining({ reason: 'insults', active: true })]);
    expect((await stack.call('GET', `/v1/users/${uid('nobody')}`, { key: stack.keys.moderator })).status).toBe(404);
  });
});

describe('the audit trail', () => {
  it('records the report, the decision, the block and the unblock, with actor and reason', async () => {
    const comment = await submit(CLEAN);
    await stack.call('POST', `/v1/comments/${comment.id}/reports`, { body: { reason: 'spam link' } });
    await decide(comment.id, { decision: 'reject', reason: 'spam' });
    const authorId = comment.author.id;
    await stack.call('POST', `/v1/users/${authorId}/block`, { key: stack.keys.admin, body: { reason: 'spammer', durationHours: 24 } });
    await stack.call('DELETE', `/v1/users/${authorId}/block`, { key: stack.keys.admin, body: { reason: 'appeal accepted' } });

    const onComment = await stack.call('GET', `/v1/audit?targetId=${comment.id}`, { key: stack.keys.admin });
    expect(onComment.status).toBe(200);
    // Newest first.
    expect(onComment.body.items.map((e: { action: string }) => e.action)).toEqual(['comment.decision', 'comment.report']);
    expect(onComment.body.items[0]).toMatchObject({
      actor: { type: 'moderator', id: ids.moderator },
      target: { type: 'comment', id: comment.id },
      reason: 'spam',
      data: expect.objectContaining({ decision: 'reject', previousStatus: 'approved', reportsResolved: 1 }),
    });
    expect(onComment.body.items[1]).toMatchObject({ actor: { type: 'site', id: ids.site }, reason: 'spam link' });

    const onAuthor = await stack.call('GET', `/v1/audit?targetType=author&targetId=${authorId}`, { key: stack.keys.admin });
    expect(onAuthor.body.items.map((e: { action: string; reason: string }) => [e.action, e.reason])).toEqual([
      ['author.unblock', 'appeal accepted'],
      ['author.block', 'spammer'],
    ]);
    expect(onAuthor.body.items[1].actor).toEqual({ type: 'admin', id: ids.admin });
  });

  it('filters by action, actor and time, and pages by cursor', async () => {
    const since = new Date().toISOString();
    const comments = [await submit(PROFANE), await submit(PROFANE), await submit(PROFANE)];
    for (const c of comments) await decide(c.id, { decision: 'approve' });

    const page1 = await stack.call('GET', `/v1/audit?action=comment.decision&actorId=${ids.moderator}&since=${since}&limit=2`, { key: stack.keys.admin });
    expect(page1.body.items.map((e: { target: { id: string } }) => e.target.id)).toEqual([comments[2]!.id, comments[1]!.id]);
    const page2 = await stack.call('GET', `/v1/audit?action=comment.decision&actorId=${ids.moderator}&since=${since}&limit=2&cursor=${page1.body.nextCursor}`, { key: stack.keys.admin });
    expect(page2.body.items.map((e: { target: { id: string } }) => e.target.id)).toEqual([comments[0]!.id]);
    expect(page2.body.nextCursor).toBeNull();

    const none = await stack.call('GET', `/v1/audit?action=comment.decision&since=${since}&until=${since}`, { key: stack.keys.admin });
    expect(none.body.items).toEqual([]);
    const badTime = await stack.call('GET', '/v1/audit?since=yesterday', { key: stack.keys.admin });
    expect(badTime.status).toBe(422);
  });
});

describe('automatic sanctions', () => {
  it('blocks an author for 7 days after 3 rejected comments, audited with the actor policy', async () => {
    const author = { id: uid('a'), name: 'Repeat' };
    for (let i = 0; i < 3; i++) expect((await submit(INSULT, { author })).status).toBe('rejected');

    const block = await eventually(async () => (await stack.db.block.findFirst({ where: { authorId: author.id } })) ?? undefined);
    expect(block).toMatchObject({ automatic: true, createdBy: 'policy', liftedAt: null });
    expect((block.expiresAt!.getTime() - block.createdAt.getTime()) / 3_600_000).toBe(168);
    expect(block.reason).toMatch(/3 rejected comments within 30 days/);

    const audit = await stack.call('GET', `/v1/audit?action=author.sanction&targetId=${author.id}`, { key: stack.keys.admin });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actor: { type: 'policy' }, data: expect.objectContaining({ kind: 'ladder', blockHours: 168, blockId: block.id }) });
    expect(audit.body.items[0].actor.id).toMatch(/^asbarez@/);

    const next = await submit(CLEAN, { author });
    expect(next.verdict.categories).toEqual(['author_blocked']);
    // The blocked comment is not a new violation: still exactly one block.
    await new Promise((r) => setTimeout(r, 200));
    expect(await stack.db.block.count({ where: { authorId: author.id } })).toBe(1);
  });

  it('does not count a rejection a moderator reversed', async () => {
    const author = { id: uid('a') };
    const first = await submit(INSULT, { author });
    await submit(INSULT, { author });
    await decide(first.id, { decision: 'approve', reason: 'quoting someone else' });
    await submit(INSULT, { author });
    // Give the hook of the last verdict time to run; there must still be no block (2 rejections count).
    await new Promise((r) => setTimeout(r, 300));
    expect(await stack.db.block.count({ where: { authorId: author.id } })).toBe(0);

    await submit(INSULT, { author });
    await eventually(async () => ((await stack.db.block.count({ where: { authorId: author.id } })) === 1 ? true : undefined));
  });

  it("counts a moderator's rejections towards the ladder", async () => {
    const author = { id: uid('a') };
    const comments = [await submit(CLEAN, { author }), await submit(CLEAN, { author }), await submit(CLEAN, { author })];
    await decide(comments[0]!.id, { decision: 'reject' });
    await decide(comments[1]!.id, { decision: 'reject' });
    expect(await stack.db.block.count({ where: { authorId: author.id } })).toBe(0);
    await decide(comments[2]!.id, { decision: 'reject' });
    // Applied before the decision answers.
    const blocks = await stack.db.block.findMany({ where: { authorId: author.id } });
    expect(blocks).toEqual([expect.objectContaining({ automatic: true, createdBy: 'policy' })]);
  });
});

describe('a decision before the engine', () => {
  let apiOnly: Stack;
  beforeAll(async () => {
    // The API alone: comments stay pending until a worker is started below.
    apiOnly = await startStack({ worker: false, env: { RATE_LIMITS: 'false' } });
  });
  afterAll(async () => {
    await apiOnly.close();
  });

  it("stands when the engine's verdict arrives late", async () => {
    const submitted = await apiOnly.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: uid('a') }, text: 'You are an idiot.' } });
    expect(submitted.body.status).toBe('pending');
    const id = submitted.body.id as string;

    const decided = await apiOnly.call('POST', `/v1/moderation/comments/${id}/decision`, { key: apiOnly.keys.moderator, body: { decision: 'approve', reason: 'banter between friends' } });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', verdict: { decision: 'approve', decidedBy: 'moderator', engineDecision: null, reasons: [] } });

    // Now the engine gets to the queued job: it must not overwrite the human verdict.
    const { startWorker } = await import('../../workers/moderation.worker');
    const { createLogger } = await import('../../src/logger');
    const worker = startWorker(apiOnly.config, createLogger('silent', 'test'));
    try {
      await eventually(async () => ((await apiOnly.api!.context.queue.queue.getJob(`comment-${id}`)) ? undefined : true));
      const after = await apiOnly.call('GET', `/v1/comments/${id}`);
      expect(after.body).toMatchObject({ status: 'approved', verdict: { decision: 'approve', decidedBy: 'moderator', engineDecision: null } });
      expect(await apiOnly.db.verdict.count({ where: { commentId: id } })).toBe(1);
    } finally {
      await worker.close();
    }
  });
});
