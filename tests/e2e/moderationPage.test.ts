// The moderation page in a real headless Chromium (Debian's package, installed by .ci/browser), driven by
// playwright-core against the real API and worker: sign in, see highlighted reasons, move with j/k,
// decide with a and r, open the author's history and block them as an admin. Reader text must never run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStack, uid, type Stack } from '../support/stack';

jest.setTimeout(60_000);

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];
const XSS = 'Nice <img src=x onerror="window.__xss=1"> claim <script>window.__xss=2</script>';
const PROFANE = 'What a load of bullshit this article is.';

let stack: Stack;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const threadId = uid('t');
const author = { id: uid('a'), name: 'Garo' };
let profane: { id: string };
let xss: { id: string };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run .ci/browser to install Debian's chromium`);
  stack = await startStack({ env: { RATE_LIMITS: 'false' } });
  const submit = async (text: string) => {
    const res = await stack.call('POST', '/v1/comments?wait=5000', { body: { externalId: uid(), author, text, threadId } });
    expect(res.status).toBe(200);
    return res.body;
  };
  profane = await submit(PROFANE);
  expect(profane).toMatchObject({ status: 'flagged' });
  xss = await submit(XSS);
  expect((await stack.call('POST', `/v1/comments/${xss.id}/reports`, { body: { reason: 'odd markup' } })).status).toBe(201);

  userDataDir = mkdtempSync(path.join(tmpdir(), 'warden-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await stack?.close();
});

async function signIn(key: string) {
  await page.goto(`${stack.baseUrl}/moderate`);
  await page.locator('#login').waitFor({ state: 'visible' });
  await page.fill('#key', key);
  await page.click('#login button[type=submit]');
  await page.locator('#app').waitFor({ state: 'visible' });
  // Only this test's thread: the shared test database holds other files' comments.
  await page.fill('#filter-thread', threadId);
  await page.click('#filters button[type=submit]');
  await waitForItems(2);
}

/**
 * Waits until the queue shows `n` items. A function, not a string: the page's CSP forbids eval. It runs
 * in the page, where `document` exists (this file is compiled without the DOM types).
 */
const waitForItems = (n: number) =>
  page.waitForFunction((count) => (globalThis as any).document.querySelectorAll('#queue .item').length === count, n);

const selectedId = () => page.locator('#queue .item.selected').getAttribute('data-id');

it('shows the queue with the offending words highlighted and the rule and clause named', async () => {
  await signIn(stack.keys.moderator);
  const first = page.locator('#queue .item').first();
  expect(await first.getAttribute('data-id')).toBe(profane.id);
  const mark = first.locator('.text mark');
  expect(await mark.textContent()).toBe('bullshit');
  expect(await mark.getAttribute('title')).toMatch(/profan.*clause profanity/);
  expect(await first.locator('.reasons').textContent()).toContain('comments that include profanity');
});

it('shows reader text as text: markup in a comment never runs', async () => {
  const item = page.locator(`#queue .item[data-id="${xss.id}"]`);
  expect(await item.locator('.text').textContent()).toBe(XSS);
  expect(await item.locator('.text img, .text script').count()).toBe(0);
  expect(await item.locator('.reports').textContent()).toContain('odd markup');
  expect(await page.evaluate(() => typeof (globalThis as any).__xss)).toBe('undefined');
});

it('moves with j and k', async () => {
  expect(await selectedId()).toBe(profane.id);
  await page.keyboard.press('j');
  expect(await selectedId()).toBe(xss.id);
  await page.keyboard.press('k');
  expect(await selectedId()).toBe(profane.id);
});

it('shows no block form to a moderator', async () => {
  await page.keyboard.press('h');
  await page.locator('#author').waitFor({ state: 'visible' });
  expect(await page.locator('#author h2').textContent()).toContain(author.id);
  expect(await page.locator('#block-form').count()).toBe(0);
});

it('rejects with r and approves with a', async () => {
  await page.keyboard.press('r');
  await waitForItems(1);
  const rejected = await stack.call('GET', `/v1/comments/${profane.id}`);
  expect(rejected.body).toMatchObject({ status: 'rejected', verdict: { decision: 'reject', decidedBy: 'moderator' } });

  await page.fill(`#queue .item[data-id="${xss.id}"] .decision-reason`, 'harmless once escaped');
  // Click the text (not a control) so the key goes to the page, not the reason field.
  await page.click(`#queue .item[data-id="${xss.id}"] .text`);
  await page.keyboard.press('a');
  await page.locator('#empty').waitFor({ state: 'visible' });
  const approved = await stack.db.moderationDecision.findFirst({ where: { commentId: xss.id } });
  expect(approved).toMatchObject({ decision: 'approve', reason: 'harmless once escaped' });
  expect(await stack.db.report.count({ where: { commentId: xss.id, status: 'open' } })).toBe(0);
});

it("lets an admin open the author's history and block them with a reason and a duration", async () => {
  await page.click('#logout');
  // New comments to review: a fresh flagged one from the same author.
  const again = await stack.call('POST', '/v1/comments?wait=5000', { body: { externalId: uid(), author, text: PROFANE, threadId } });
  await stack.call('POST', `/v1/comments/${again.body.id}/reports`, { body: { reason: 'again' } });
  await page.goto(`${stack.baseUrl}/moderate`);
  await page.fill('#key', stack.keys.admin);
  await page.click('#login button[type=submit]');
  await page.locator('#app').waitFor({ state: 'visible' });
  await page.fill('#filter-thread', threadId);
  await page.click('#filters button[type=submit]');
  await waitForItems(1);

  await page.click('#queue .item .author-link');
  await page.locator('#block-form').waitFor({ state: 'visible' });
  expect(await page.locator('#author').textContent()).toContain('1 violations');
  await page.fill('#block-reason', 'repeated profanity');
  await page.fill('#block-hours', '24');
  await page.click('#block-submit');
  await page.locator('#author .blocked').waitFor({ state: 'visible' });

  const blocks = await stack.db.block.findMany({ where: { authorId: author.id } });
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).toMatchObject({ reason: 'repeated profanity', automatic: false, liftedAt: null });
  expect((blocks[0]!.expiresAt!.getTime() - blocks[0]!.createdAt.getTime()) / 3_600_000).toBeCloseTo(24, 5);
  expect(await page.locator('#author .blocks').textContent()).toContain('repeated profanity');
});
