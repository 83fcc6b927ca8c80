// Warden as real processes (`node dist/src/main.js api|worker|all`, so `npm run build` first), for tests
// that send signals: SIGTERM for graceful shutdown, SIGKILL for crashes.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './privateServices';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/src/main.js');

export interface WardenProcess {
  proc: ChildProcess;
  /** API base URL (api/all) or the worker's metrics listener (worker). */
  baseUrl: string;
  stderr(): string;
  /** Resolves with the exit code (null after a signal) and how long the exit took. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  signal(sig: NodeJS.Signals): void;
}

export async function spawnWarden(mode: 'all' | 'api' | 'worker', env: Record<string, string>): Promise<WardenProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  const port = await freePort();
  const full = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    METRICS_PORT: String(port),
    LOG_LEVEL: 'warn',
    AUTO_MIGRATE: 'false',
    ...env,
  };
  const proc = spawn(process.execPath, [MAIN, mode], { cwd: ROOT, env: full, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-20_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;
  const probe = mode === 'worker' ? '/healthz' : '/readyz';
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`warden ${mode} exited at start: ${err}`);
    if (await fetch(`${baseUrl}${probe}`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error(`warden ${mode} not ready after 30 s: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, baseUrl, stderr: () => err, exited, signal: (sig) => proc.kill(sig) };
}
