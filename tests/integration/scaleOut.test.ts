// Two workers on one queue (as `docker compose up --scale worker=2` runs them): every comment is decided
// exactly once, even when every job is delivered again while both workers are busy.
import { createLogger } from '../../src/logger';
import { createMetrics, type Metrics } from '../../src/metrics';
import { startWorker, type RunningWorker } from '../../workers/moderation.worker';
import { eventually, startStack, uid, type Stack } from '../support/stack';

jest.setTimeout(60_000);

let stack: Stack;
const workers: Array<{ worker: RunningWorker; metrics: Metrics }> = [];
beforeAll(async () => {
  stack = await startStack({ worker: false, env: { WORKER_CONCURRENCY: '16' } });
  for (let i = 0; i < 2; i++) {
    const metrics = createMetrics({ defaultMetrics: false });
    workers.push({ worker: startWorker(stack.config, createLogger('silent', `w${i}`), {}, { metrics }), metrics });
  }
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.worker.close()));
  await stack.close();
});

const counted = async (m: Metrics, outcome: string) =>
  (await m.jobs.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

it('decides each comment exactly once with two workers, even when every job is delivered twice', async () => {
  const N = 300;
  const texts = ['Thank you for the report.', 'What a load of bullshit.', 'You are a complete idiot.'];
  const submitted = await Promise.all(
    Array.from({ length: N }, (_, i) =>
      stack.call('POST', '/v1/comments', { body: { externalId: uid(), author: { id: uid('a') }, text: texts[i % 3] } }),
    ),
  );
  expect(submitted.every((r) => r.status === 202)).toBe(true);
  const ids = submitted.map((r) => r.body.id as string);
  // At-least-once delivery at its worst: every comment queued again while the workers run.
  await stack.api!.context.queue.enqueueMany(ids.map((commentId) => ({ commentId })));

  await eventually(async () => ((await stack.db.comment.count({ where: { id: { in: ids }, status: 'pending' } })) === 0 ? true : undefined), 30_000, 100);
  // Let any duplicate deliveries still in flight finish before counting.
  await eventually(async () => {
    const waiting = await stack.api!.context.queue.counts();
    return (waiting.waiting ?? 0) + (waiting.active ?? 0) + (waiting.delayed ?? 0) === 0 ? true : undefined;
  }, 30_000, 100);

  expect(await stack.db.verdict.count({ where: { commentId: { in: ids } } })).toBe(N);
  const written = await Promise.all(workers.map((w) => counted(w.metrics, 'written')));
  expect(written[0]! + written[1]!).toBe(N);
  expect(written[0]).toBeGreaterThan(0);
  expect(written[1]).toBeGreaterThan(0);
  // The verdicts counter agrees: one count per verdict across the fleet (a flagged or rejected comment
  // may carry more than one category, so count via submit-to-verdict observations).
  const observed = await Promise.all(workers.map(async (w) => (await w.metrics.submitToVerdict.get()).values.find((v) => v.metricName?.endsWith('_count'))?.value ?? 0));
  expect(observed[0]! + observed[1]!).toBe(N);
});
