// Bad input, abuse and observability through the real API: every refusal is a clear 4xx naming the
// field, never a 5xx or a stack trace; flood control answers 429 with Retry-After; /metrics tells
// operators what happened.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../src/http/bodyGuard';
import { defaultPolicyPath } from '../../src/policy/loadPolicy';
import { startWorker } from '../../workers/moderation.worker';
import { eventually, startStack, uid, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const valid = () => ({ externalId: uid(), author: { id: uid('a') }, text: 'A fair point about the treaty.' });
const post = (o: Parameters<Stack['call']>[2]) => stack.call('POST', '/v1/comments', o);
const noStack = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+|\.js:\d+|node_modules/);

describe('bad input', () => {
  it('refuses a body over BODY_LIMIT with 413', async () => {
    const res = await post({ raw: JSON.stringify({ ...valid(), text: 'x'.repeat(70 * 1024) }) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await post({ raw: 'externalId=1&text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'unsupported_media_type', message: expect.stringMatching(/^content-type/) });
  });

  it('refuses JSON in a charset other than UTF-8 with 415', async () => {
    const res = await post({ raw: JSON.stringify(valid()), headers: { 'content-type': 'application/json; charset=latin1' } });
    expect(res.status).toBe(415);
  });

  it('refuses deep nesting before parsing it, cheaply', async () => {
    const deep = `{"externalId":"x","author":{"id":"a"},"text":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const res = await post({ raw: deep });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^body: nests deeper than/);
    // Brackets inside strings are text, not nesting.
    expect(nestsDeeperThan(Buffer.from(JSON.stringify({ text: '['.repeat(1000) + '\\"{{{' })), MAX_JSON_DEPTH)).toBe(false);
    // The scan of a longest-allowed comment costs microseconds, not milliseconds: ~10-100 µs for its 10 kB
    // (the upper end on a slow, loaded CI runner), so the bound is the millisecond itself, best of three runs.
    const big = Buffer.from(JSON.stringify({ ...valid(), text: 'Armenia and "Azerbaijan" [1] {2} '.repeat(300) }));
    let microsPerScan = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 1000; i++) nestsDeeperThan(big, MAX_JSON_DEPTH);
      microsPerScan = Math.min(microsPerScan, Number(process.hrtime.bigint() - started) / 1000 / 1000);
    }
    expect(microsPerScan).toBeLessThan(1000);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"externalId":"x","author":{"id":"a"},"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const res = await fetch(`${stack.baseUrl}/v1/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.keys.site}`, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/UTF-8/);
  });

  it.each([
    ['a lone surrogate in text', { text: 'half a pair \ud83d here' }, /^text: .*Unicode/],
    ['a NUL in text', { text: 'nul \u0000 inside' }, /^text: /],
    ['a lone surrogate in externalId', { externalId: 'id-\udc00' }, /^externalId: /],
    ['a control character in author.id', { author: { id: 'a\u0007b' } }, /^author\.id: /],
    ['an externalId of 201 characters', { externalId: 'x'.repeat(201) }, /^externalId: .*200/],
    ['empty text', { text: '   ' }, /^text: .*empty/],
  ])('refuses %s with 422 naming the field', async (_what, patch, message) => {
    const res = await post({ body: { ...valid(), ...patch } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('unprocessable');
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    ['__proto__', '{"externalId":"p1","author":{"id":"a"},"text":"hi","__proto__":{"status":"approved"}}'],
    ['constructor', '{"externalId":"p2","author":{"id":"a","constructor":{"prototype":{"x":1}}},"text":"hi"}'],
    ['verdict', '{"externalId":"p3","author":{"id":"a"},"text":"hi","verdict":{"decision":"approve"}}'],
  ])('refuses a %s key with 400 and pollutes nothing', async (_key, raw) => {
    const res = await post({ raw });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('names the field of a mistyped value', async () => {
    const res = await post({ body: { ...valid(), author: { id: 42 } } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^author\.id: /);
  });

  it('answers 400, not 500, for a wait that is not a number or repeated', async () => {
    for (const q of ['wait=abc', 'wait=1&wait=2', 'wait=-1', 'wait=1e9']) {
      const res = await stack.call('POST', `/v1/comments?${q}`, { body: valid() });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      noStack(res.body);
    }
  });

  it('keeps ids with colons and only digits working (job ids come from Warden uuids)', async () => {
    const res = await stack.call('POST', '/v1/comments?wait=3000', { body: { externalId: 'site:123:456', author: { id: '000123' }, text: 'Digits and colons.' } });
    expect(res.status).toBe(200);
    const res2 = await stack.call('POST', '/v1/comments?wait=3000', { body: { externalId: '9999999999', author: { id: 'a:b:c' }, text: 'Only digits.' } });
    expect(res2.status).toBe(200);
    expect(res2.body.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('flood control', () => {
  it("answers 429 with Retry-After to an author's comment beyond the policy's allowance in its window", async () => {
    const author = { id: uid('flood') };
    const { points } = stack.api!.context.policy.rateLimits.perAuthor;
    for (let i = 0; i < points; i++) {
      const accepted = await post({ body: { ...valid(), author } });
      expect(accepted.status).toBe(202);
    }
    const second = await post({ body: { ...valid(), author } });
    expect(second.status).toBe(429);
    expect(second.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^author\.id: /) });
    const retryAfter = Number(second.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(stack.api!.context.policy.rateLimits.perAuthor.durationSeconds);
  });

  it('never refuses an idempotent retry of a stored comment', async () => {
    const body = valid();
    const first = await post({ body });
    const retries = await Promise.all([post({ body }), post({ body }), post({ body })]);
    for (const r of retries) {
      expect(r.status).toBeLessThan(300);
      expect(r.body.id).toBe(first.body.id);
    }
  });

  it('does not charge one author to another, nor across sites', async () => {
    const author = { id: uid('shared') };
    expect((await post({ body: { ...valid(), author } })).status).toBe(202);
    expect((await post({ body: valid() })).status).toBe(202);
    expect((await post({ body: { ...valid(), author }, key: stack.keys.otherSite })).status).toBe(202);
  });

  it('limits each API key to the policy rate, counted in Redis under the hash-tagged prefix', async () => {
    const limited = await startStack({ worker: false, env: { POLICY_FILE: policyWith({ perKey: { points: 5, durationSeconds: 30 } }) } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.call('GET', `/v1/comments/${'0'.repeat(8)}-0000-7000-8000-000000000000`)).status);
      expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const keys = await limited.api!.context.redis.keys(`*${limited.config.QUEUE_PREFIX}*`);
      expect(keys.length).toBeGreaterThan(0);
      // Every key, the limiter's and BullMQ's, starts with the {hash tag}: one Redis Cluster slot.
      for (const k of keys) expect(k.startsWith(`${limited.config.QUEUE_PREFIX}:`)).toBe(true);
    } finally {
      await limited.close();
    }
  });
});

describe('metrics', () => {
  const scrape = async () => (await stack.call('GET', '/metrics', { key: null })).body as string;
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };

  it('counts each verdict once by decision and category, and times submit to verdict', async () => {
    const before = await scrape();
    const clean = await stack.call('POST', '/v1/comments?wait=5000', { body: valid() });
    expect(clean.body.status).toBe('approved');
    const rude = await stack.call('POST', '/v1/comments?wait=5000', { body: { ...valid(), text: 'What a load of bullshit this article is.' } });
    expect(rude.body.verdict.categories).toContain('profanity');
    // Run the clean comment's job again: a duplicate writes nothing and counts nothing.
    await stack.worker!.reconcile();
    const after = await eventually(async () => {
      const t = await scrape();
      return value(t, 'warden_verdicts_total{decision="approve",category="none"}') > value(before, 'warden_verdicts_total{decision="approve",category="none"}') ? t : undefined;
    });
    expect(value(after, 'warden_verdicts_total{decision="approve",category="none"}') - value(before, 'warden_verdicts_total{decision="approve",category="none"}')).toBe(1);
    const rudeSeries = `warden_verdicts_total{decision="${rude.body.verdict.decision}",category="profanity"}`;
    expect(value(after, rudeSeries) - value(before, rudeSeries)).toBe(1);
    expect(value(after, 'warden_submit_to_verdict_seconds_count') - value(before, 'warden_submit_to_verdict_seconds_count')).toBe(2);
    expect(value(after, 'warden_moderation_jobs_total{outcome="written"}') - value(before, 'warden_moderation_jobs_total{outcome="written"}')).toBe(2);
  });

  it('exposes queue depth, the oldest pending comment and request durations by route pattern', async () => {
    const text = await scrape();
    expect(text).toMatch(/^warden_queue_jobs\{state="waiting"\} \d+$/m);
    expect(text).toMatch(/^warden_oldest_pending_comment_age_seconds \d/m);
    expect(text).toMatch(/warden_http_request_duration_seconds_count\{method="POST",route="\/v1\/comments",status="20\d"\} \d+/);
    // Paths with ids are labelled by pattern, never by id.
    expect(text).not.toMatch(/route="\/v1\/comments\/[0-9a-f]{8}-/);
  });
});

describe('logs', () => {
  it('carries the request id into the job, so the worker log line of the verdict names the request', async () => {
    const apiOnly = await startStack({ worker: false });
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (l: string) => void lines.push(l) });
    const worker = startWorker(apiOnly.config, logger);
    try {
      const requestId = `req-${uid()}`;
      const res = await apiOnly.call('POST', '/v1/comments?wait=5000', { body: valid(), headers: { 'x-request-id': requestId } });
      expect(res.headers.get('x-request-id')).toBe(requestId);
      expect(res.status).toBe(200);
      const verdictLine = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'verdict' && l.commentId === res.body.id);
      expect(verdictLine).toMatchObject({ requestId, component: 'moderation-worker' });
    } finally {
      await worker.close();
      await apiOnly.close();
    }
  });
});

/** A copy of the Asbarez policy with other rate limits, its lexicons referenced by absolute path. */
function policyWith(rateLimits: Record<string, unknown>): string {
  const file = defaultPolicyPath();
  const doc = parseYaml(readFileSync(file, 'utf8')) as { rateLimits: Record<string, unknown>; lexiconFiles?: Record<string, string> };
  doc.rateLimits = { ...doc.rateLimits, ...rateLimits };
  for (const [k, rel] of Object.entries(doc.lexiconFiles ?? {})) doc.lexiconFiles![k] = path.resolve(path.dirname(file), rel);
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'warden-policy-')), 'policy.yaml');
  writeFileSync(out, stringifyYaml(doc));
  return out;
}
