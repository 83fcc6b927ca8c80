// Webhook signatures: HMAC-SHA256 with the webhook's secret over `${timestamp}.${body}`, sent as
// `Warden-Signature: t=<unix seconds>,v1=<hex>`. The timestamp is signed too, so a captured delivery
// cannot be replayed later than the receiver's tolerance.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${sign(secret, t, body)}`;
}

/** What a receiver does (the README shows the same in a few lines): true when the header matches and is fresh. */
export function verifySignature(secret: string, header: string, body: string, now: Date, toleranceSeconds = 300): boolean {
  const parts = new Map(header.split(',').map((kv) => kv.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1');
  if (!Number.isInteger(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  return timingSafeEqual(Buffer.from(sign(secret, t, body), 'hex'), Buffer.from(v1, 'hex'));
}
