// Webhooks against a real HTTP receiver on 127.0.0.1: registration, signed deliveries of verdicts and
// decisions, retries after a failure, and hooks that run again when a moderation job is retried.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger';
import { startWorker, type VerdictHook } from '../../workers/moderation.worker';
import { startStack, uid, eventually, type Stack } from '../support/stack';

jest.setTimeout(20_000);

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver: records every request and answers with the next scripted status (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  const script: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/warden`;
  return { url, received, script, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** What the README tells receivers to do, written independently of Warden's own signing code. */
function verify(secret: string, header: string, body: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!m) return false;
  if (Math.abs(Date.now() / 1000 - Number(m[1])) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${m[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(m[2]!, 'hex'));
}

const env = { RATE_LIMITS: 'false', WEBHOOK_BACKOFF_MS: '50' };

describe('webhooks', () => {
  let stack: Stack;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let webhook: { id: string; secret: string };

  beforeAll(async () => {
    stack = await startStack({ env });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await stack.close();
    await receiver.close();
  });

  const forComment = (id: string, type: string) => receiver.received.filter((r) => r.headers['warden-event'] === type && JSON.parse(r.body).comment.id === id);

  it('registers a URL and shows the signing secret only once', async () => {
    const res = await stack.call('POST', '/v1/webhooks', { body: { url: receiver.url } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ url: receiver.url, active: true, secret: expect.stringMatching(/^whsec_/) });
    webhook = res.body;
    const listed = await stack.call('GET', '/v1/webhooks');
    expect(listed.body.items).toEqual([{ id: webhook.id, site: expect.any(String), url: receiver.url, active: true, createdAt: expect.any(String) }]);
    const audit = await stack.call('GET', `/v1/audit?action=webhook.create&targetId=${webhook.id}`, { key: stack.keys.admin });
    expect(audit.body.items).toHaveLength(1);
    expect(JSON.stringify(audit.body)).not.toContain(webhook.secret);
  });

  it('delivers a signed comment.verdict event, and retries it after a 500 with the same delivery id', async () => {
    receiver.script.push(500);
    const res = await stack.call('POST', '/v1/comments?wait=5000', { body: { externalId: uid(), author: { id: uid('a') }, text: 'A fine article.' } });
    expect(res.body.status).toBe('approved');

    const deliveries = await eventually(async () => {
      const got = forComment(res.body.id, 'comment.verdict');
      return got.length >= 2 ? got : undefined;
    });
    expect(deliveries).toHaveLength(2);
    const [failed, retried] = deliveries as [Received, Received];
    expect(retried.headers['warden-delivery']).toBe(failed.headers['warden-delivery']);
    for (const d of deliveries) {
      expect(d.headers['content-type']).toBe('application/json');
      expect(verify(webhook.secret, String(d.headers['warden-signature']), d.body)).toBe(true);
      expect(verify('whsec_not-the-secret', String(d.headers['warden-signature']), d.body)).toBe(false);
    }
    const body = JSON.parse(retried.body);
    expect(body).toMatchObject({ id: retried.headers['warden-delivery'], type: 'comment.verdict', comment: { id: res.body.id, status: 'approved', verdict: { decision: 'approve', decidedBy: 'policy' } } });
  });

  it("delivers a comment.decision event after a moderator's decision", async () => {
    const res = await stack.call('POST', '/v1/comments?wait=5000', { body: { externalId: uid(), author: { id: uid('a') }, text: 'What a load of bullshit this article is.' } });
    await stack.call('POST', `/v1/moderation/comments/${res.body.id}/decision`, { key: stack.keys.moderator, body: { decision: 'reject' } });
    const [delivery] = await eventually(async () => {
      const got = forComment(res.body.id, 'comment.decision');
      return got.length ? got : undefined;
    });
    expect(verify(webhook.secret, String(delivery!.headers['warden-signature']), delivery!.body)).toBe(true);
    expect(JSON.parse(delivery!.body).comment).toMatchObject({ status: 'rejected', verdict: { decidedBy: 'moderator' } });
  });

  it('refuses a URL that is not http or https', async () => {
    const res = await stack.call('POST', '/v1/webhooks', { body: { url: 'ftp://example.com/hook' } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^url: .*http/);
  });

  it('refuses a loopback, private or metadata address unless WEBHOOK_ALLOW_PRIVATE is set (SSRF)', async () => {
    const { registerWebhook } = await import('../../src/webhooks/manageWebhooks');
    const site = { keyId: 'k', name: 'ssrf-test', role: 'site' as const, site: 'ssrf-test' };
    for (const url of ['http://127.0.0.1:8080/hook', 'http://169.254.169.254/latest/meta-data', 'http://[fd00::1]/hook', 'http://localhost/hook']) {
      await expect(registerWebhook(stack.db, site, url, { allowPrivate: false })).rejects.toMatchObject({ code: 'unprocessable', message: expect.stringMatching(/^url: must/) });
    }
    expect(await stack.db.webhook.count({ where: { site: 'ssrf-test' } })).toBe(0);
  });

  it("answers 404 when another site deletes the webhook, 403 for a moderator key", async () => {
    expect((await stack.call('DELETE', `/v1/webhooks/${webhook.id}`, { key: stack.keys.otherSite })).status).toBe(404);
    expect((await stack.call('POST', '/v1/webhooks', { key: stack.keys.moderator, body: { url: receiver.url } })).status).toBe(403);
  });

  it('stops delivering once the site deletes the webhook', async () => {
    const del = await stack.call('DELETE', `/v1/webhooks/${webhook.id}`);
    expect(del.status).toBe(200);
    expect(del.body.active).toBe(false);
    const res = await stack.call('POST', '/v1/comments?wait=5000', { body: { externalId: uid(), author: { id: uid('a') }, text: 'After the deletion.' } });
    expect(res.body.status).toBe('approved');
    // Let the worker fan out (it finds no active webhook) before looking.
    await eventually(async () => ((await stack.api!.context.webhooks.queue.getJobCounts('waiting', 'active', 'delayed')).waiting === 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(forComment(res.body.id, 'comment.verdict')).toHaveLength(0);
    // The worker knew the site had no active webhook: it published no event at all for this verdict.
    const jobs = await stack.api!.context.webhooks.queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    expect(jobs.filter((j) => (j.data as { commentId?: string }).commentId === res.body.id)).toHaveLength(0);
  });
});

describe('a verdict hook that fails once', () => {
  it('runs the hooks again on the retry, and the webhook is still delivered exactly once', async () => {
    const stack = await startStack({ worker: false, env });
    const receiver = await startReceiver();
    const calls: { commentId: string; replay: boolean }[] = [];
    let failed = false;
    const flaky: VerdictHook = (o) => {
      calls.push({ commentId: o.commentId, replay: !!o.replay });
      if (!failed) {
        failed = true;
        throw new Error('metrics backend down');
      }
    };
    const worker = startWorker(stack.config, createLogger('silent', 'test'), { onVerdict: [flaky] });
    try {
      await stack.call('POST', '/v1/webhooks', { body: { url: receiver.url } });
      const res = await stack.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: uid('a') }, text: 'Retried after a hook failed.' } });
      const id = res.body.id as string;
      await eventually(async () => (calls.length >= 2 ? true : undefined));
      expect(calls).toEqual([
        { commentId: id, replay: false },
        { commentId: id, replay: true },
      ]);
      await eventually(async () => (receiver.received.length ? true : undefined));
      // Both runs published the same event id: one delivery.
      await new Promise((r) => setTimeout(r, 500));
      expect(receiver.received).toHaveLength(1);
      expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: 'comment.verdict', comment: { id, status: 'approved' } });
    } finally {
      await worker.close();
      await stack.close();
      await receiver.close();
    }
  });
});
