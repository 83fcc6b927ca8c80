#!/usr/bin/env node
// Generates the Prisma client (src/generated/prisma) without network access. `prisma generate` itself
// needs no native engine with the `prisma-client` generator and @prisma/adapter-pg, but the CLI
// downloads the native schema engine at start-up unless PRISMA_SCHEMA_ENGINE_BINARY names a file.
// We point it at a stub that explains the offline migration path if anything ever runs it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'scripts', 'no-schema-engine.sh');
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
env.CHECKPOINT_DISABLE = '1';
const cli = require.resolve('prisma/build/index.js');
const res = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
if (res.status !== 0) {
  process.stdout.write(res.stdout ?? '');
  process.exit(res.status ?? 1);
}
