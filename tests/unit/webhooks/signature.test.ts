// Webhook signatures: HMAC-SHA256 over `${t}.${body}`, checked the way the README tells receivers to.
import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from '../../../src/webhooks/signature';

const secret = 'whsec_test';
const body = '{"type":"comment.verdict"}';
const now = new Date('2026-06-30T12:00:00Z');

describe('webhook signatures', () => {
  it('signs the timestamp and the body with HMAC-SHA256', () => {
    const header = signatureHeader(secret, body, now);
    const t = Math.floor(now.getTime() / 1000);
    expect(header).toBe(`t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`);
  });

  it('verifies its own signature and refuses a changed body, another secret or a stale timestamp', () => {
    const header = signatureHeader(secret, body, now);
    expect(verifySignature(secret, header, body, now)).toBe(true);
    expect(verifySignature(secret, header, body.replace('verdict', 'decision'), now)).toBe(false);
    expect(verifySignature('whsec_other', header, body, now)).toBe(false);
    expect(verifySignature(secret, header, body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifySignature(secret, 'v1=abc', body, now)).toBe(false);
  });
});
