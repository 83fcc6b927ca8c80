// `warden keys create|list|revoke`: manage API keys in the database named by DATABASE_URL.
import { config as loadConfig } from '../config';
import { createDb } from '../db/client';
import { ensureDatabase, migrate } from '../db/migrate';
import { userInfo } from 'node:os';
import type { Actor } from '../audit/recordAudit';
import { AppError } from '../errors';
import { listApiKeys, ROLES, type Role } from '../keys/apiKeys';
import { createKey, revokeKey } from '../keys/manageKeys';
import type { CliIo } from './io';

const USAGE = `usage:
  warden keys create --role site|moderator|admin --name NAME [--site SITE]
  warden keys list
  warden keys revoke ID`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

export async function runKeys(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || !['create', 'list', 'revoke'].includes(sub)) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  if (config.AUTO_MIGRATE) {
    await ensureDatabase(config.DATABASE_URL);
    await migrate(config.DATABASE_URL);
  }
  const db = createDb({ url: config.DATABASE_URL, poolSize: 1 });
  try {
    if (sub === 'create') {
      const role = option(rest, 'role');
      const name = option(rest, 'name');
      if (!role || !ROLES.includes(role as Role) || !name) {
        io.stderr.write(`${USAGE}\n`);
        return 2;
      }
      const site = option(rest, 'site');
      const created = await createKey(db, cliActor(), { role: role as Role, name, ...(site ? { site } : {}) });
      io.stderr.write(`created ${created.role} key "${created.name}" (id ${created.id}${created.site ? `, site ${created.site}` : ''}); store it now, it is not shown again:\n`);
      io.stdout.write(`${created.key}\n`);
      return 0;
    }
    if (sub === 'list') {
      for (const k of await listApiKeys(db)) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
        io.stdout.write(`${k.id}  ${k.role.padEnd(9)}  ${k.name}  site=${k.site ?? '-'}  wdn_${k.prefix}_…  ${state}  created ${k.createdAt.toISOString()}\n`);
      }
      return 0;
    }
    const id = rest[0];
    if (!id) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    try {
      // Not even a key id (a uuid): PostgreSQL would refuse it; answer as for an unknown id.
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found', 'key');
      await revokeKey(db, cliActor(), id);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      io.stderr.write(`no active key with id ${id}\n`);
      return 1;
    }
    io.stdout.write(`revoked ${id}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/** Key changes from the command line are audited with the actor `cli` and the operating-system user. */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry (some containers) */
  }
  return { type: 'cli', id: `cli:${user}` };
}
