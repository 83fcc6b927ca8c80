// A worker thread of `warden check --jobs N` (check.ts): builds its own engine once, says 'ready', then
// answers each batch of JSON lines with its verdict lines (checkBatch), in the order the batches came.
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../moderation';
import { loadPolicy } from '../policy/loadPolicy';
import { checkBatch } from './check';

const port = parentPort!;
const engine = createEngine(loadPolicy((workerData as { policyFile?: string }).policyFile));
port.on('message', (text: string) => port.postMessage(checkBatch(engine, text)));
port.postMessage('ready');
