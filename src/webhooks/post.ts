// One webhook POST over node:http(s), so the connection can be pinned to addresses the SSRF guard has
// checked (fetch offers no per-request DNS hook). Redirects are not followed: the site registered this
// URL, not wherever it points us next.
import http from 'node:http';
import https from 'node:https';
import { publicOnlyLookup } from './publicAddress';

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** Allow loopback and private addresses (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
}

/** POSTs `body` and resolves with the status code once the answer's head has arrived (its body is discarded). */
export function postWebhook(url: string, body: string, opts: PostOptions): Promise<number> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...opts.headers, 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(opts.timeoutMs),
        // No shared agent: each delivery connects (and is checked) anew.
        agent: false,
        ...(opts.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        res.resume();
        res.on('error', () => undefined);
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
