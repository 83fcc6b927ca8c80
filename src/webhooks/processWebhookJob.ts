// The webhook worker's use case. An event becomes one delivery per active webhook of the comment's site;
// a delivery POSTs the comment's current state, signed, and throws on anything but a 2xx so BullMQ
// retries it with exponential backoff.
import { commentWithVerdict, presentComment } from '../comments/presentComment';
import type { Db } from '../db/client';
import { deliveryId, type WebhookDeliveryJob, type WebhookJob, type WebhookQueue } from '../queue';
import { postWebhook } from './post';
import { signatureHeader } from './signature';

export interface WebhookDeps {
  db: Db;
  queue: Pick<WebhookQueue, 'deliver'>;
  timeoutMs: number;
  /** Deliver to loopback and private addresses too (WEBHOOK_ALLOW_PRIVATE); otherwise refused (SSRF). */
  allowPrivate: boolean;
  now?: () => Date;
}

export type WebhookJobResult = 'fanned-out' | 'delivered' | 'skipped';

export async function processWebhookJob(deps: WebhookDeps, job: WebhookJob, jobId: string): Promise<WebhookJobResult> {
  return job.kind === 'event' ? fanOut(deps, job, jobId) : deliver(deps, job);
}

async function fanOut(deps: WebhookDeps, job: Extract<WebhookJob, { kind: 'event' }>, eventId: string): Promise<WebhookJobResult> {
  const comment = await deps.db.comment.findUnique({ where: { id: job.commentId }, select: { site: true } });
  if (!comment) return 'skipped';
  const hooks = await deps.db.webhook.findMany({ where: { site: comment.site, active: true }, select: { id: true } });
  await deps.queue.deliver(
    hooks.map(
      (h): WebhookDeliveryJob => ({
        kind: 'delivery',
        event: job.event,
        commentId: job.commentId,
        occurredAt: job.occurredAt,
        webhookId: h.id,
        deliveryId: deliveryId(eventId, h.id),
      }),
    ),
  );
  return hooks.length ? 'fanned-out' : 'skipped';
}

/** The delivery body. `comment` is the state at delivery time: order events by `comment.verdict.decidedAt`. */
export function webhookBody(job: WebhookDeliveryJob, comment: Parameters<typeof presentComment>[0]): string {
  return JSON.stringify({ id: job.deliveryId, type: job.event, occurredAt: job.occurredAt, comment: presentComment(comment) });
}

async function deliver(deps: WebhookDeps, job: WebhookDeliveryJob): Promise<WebhookJobResult> {
  const [hook, comment] = await Promise.all([
    deps.db.webhook.findUnique({ where: { id: job.webhookId } }),
    deps.db.comment.findUnique({ where: { id: job.commentId }, ...commentWithVerdict }),
  ]);
  // Deleted since the event: the site asked us to stop.
  if (!hook || !hook.active || !comment || comment.site !== hook.site) return 'skipped';
  const body = webhookBody(job, comment);
  const status = await postWebhook(hook.url, body, {
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Warden-Webhooks/1',
      'warden-event': job.event,
      'warden-delivery': job.deliveryId,
      'warden-signature': signatureHeader(hook.secret, body, deps.now?.() ?? new Date()),
    },
    timeoutMs: deps.timeoutMs,
    allowPrivate: deps.allowPrivate,
  });
  if (status < 200 || status >= 300) throw new Error(`webhook ${hook.id} answered ${status}`);
  return 'delivered';
}
