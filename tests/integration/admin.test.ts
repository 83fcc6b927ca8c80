// Administration through the real API: keys (API and CLI, both audited), the queue dashboard behind the
// admin role, and the moderation page's files and Content-Security-Policy.
import { TEST_DATABASE_URL } from '../support/env';
import { startStack, type Stack } from '../support/stack';

jest.setTimeout(20_000);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { RATE_LIMITS: 'false' } });
});
afterAll(async () => {
  await stack.close();
});

describe('keys', () => {
  it('lets an admin create, list and revoke a key, each audited', async () => {
    const created = await stack.call('POST', '/v1/keys', { key: stack.keys.admin, body: { role: 'moderator', name: 'night shift' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'moderator', name: 'night shift', key: expect.stringMatching(/^wdn_/) });
    expect((await stack.call('GET', '/v1/me', { key: created.body.key })).body).toMatchObject({ role: 'moderator', name: 'night shift' });

    const listed = await stack.call('GET', '/v1/keys', { key: stack.keys.admin });
    const row = listed.body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(row).toMatchObject({ role: 'moderator', revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);

    const revoked = await stack.call('DELETE', `/v1/keys/${created.body.id}`, { key: stack.keys.admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await stack.call('DELETE', `/v1/keys/${created.body.id}`, { key: stack.keys.admin })).status).toBe(404);

    const audit = await stack.call('GET', `/v1/audit?targetType=key&targetId=${created.body.id}`, { key: stack.keys.admin });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['key.revoke', 'key.create']);
    expect(audit.body.items[1].actor.type).toBe('admin');
  });

  it('answers 403 when a moderator manages keys', async () => {
    expect((await stack.call('POST', '/v1/keys', { key: stack.keys.moderator, body: { role: 'admin', name: 'me' } })).status).toBe(403);
    expect((await stack.call('GET', '/v1/keys', { key: stack.keys.moderator })).status).toBe(403);
  });

  it('audits key creation and revocation from the CLI with the actor cli', async () => {
    process.env.DATABASE_URL = TEST_DATABASE_URL;
    const { run } = await import('../../src/cli/main');
    const out: string[] = [];
    const io = { stdin: process.stdin, stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true } } as never;
    expect(await run(['keys', 'create', '--role', 'site', '--name', 'cli-made'], io)).toBe(0);
    const key = out.pop()!.trim();
    const id = (await stack.db.apiKey.findFirstOrThrow({ where: { prefix: key.split('_')[1]! } })).id;
    expect(await run(['keys', 'revoke', id], io)).toBe(0);
    expect(await run(['keys', 'revoke', 'not-a-key'], io)).toBe(1);

    const events = await stack.db.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actorType])).toEqual([
      ['key.create', 'cli'],
      ['key.revoke', 'cli'],
    ]);
    expect(events[0]!.actorId).toMatch(/^cli:/);
  });
});

describe('the queue dashboard', () => {
  const base = () => stack.baseUrl;
  const login = (key: string) =>
    fetch(`${base()}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ key }) });

  it('sends a browser without the admin cookie to the login form', async () => {
    const res = await fetch(`${base()}/admin/queues/`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/login');
    const api = await fetch(`${base()}/admin/queues/api/queues`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(401);
  });

  it('refuses a moderator key at the login form', async () => {
    const res = await login(stack.keys.moderator);
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('needs an admin key');
  });

  it('signs an admin in with an HttpOnly cookie and shows both queues', async () => {
    const res = await login(stack.keys.admin);
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    const jar = cookie.split(';')[0]!;

    const page = await fetch(`${base()}/admin/queues/`, { headers: { cookie: jar, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Warden queues');
    const queues = await fetch(`${base()}/admin/queues/api/queues`, { headers: { cookie: jar } });
    expect(queues.status).toBe(200);
    const names = ((await queues.json()) as { queues: { name: string }[] }).queues.map((q) => q.name);
    expect(names.sort()).toEqual(['moderation', 'webhooks']);
  });

  it('accepts an admin Bearer key and refuses a moderator one', async () => {
    const admin = await fetch(`${base()}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${stack.keys.admin}` } });
    expect(admin.status).toBe(200);
    const moderator = await fetch(`${base()}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${stack.keys.moderator}` } });
    expect(moderator.status).toBe(403);
  });
});

describe('the moderation page', () => {
  it('serves the page with its own script and a policy that forbids inline scripts', async () => {
    const res = await fetch(`${stack.baseUrl}/moderate`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await res.text();
    expect(html).toContain('<script defer src="/moderate/assets/moderate.js"></script>');
    // Every <script> has a src: nothing inline for the policy to block.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();

    const js = await fetch(`${stack.baseUrl}/moderate/assets/moderate.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toContain('textContent');
    expect((await fetch(`${stack.baseUrl}/moderate/assets/moderate.css`)).status).toBe(200);
  });
});
