// The offline migration runner must leave exactly the state Prisma Migrate would: its table, its
// checksums, and every table of the schema.
import { Client } from 'pg';
import { checksumOf, ensureDatabase, migrate, readMigrations } from '../../src/db/migrate';
import { TEST_DATABASE_URL } from '../support/env';

const scratchUrl = (() => {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/warden_migrate_${process.pid}`;
  return u.toString();
})();

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  const admin = new URL(scratchUrl);
  admin.pathname = '/postgres';
  await query(admin.toString(), `DROP DATABASE IF EXISTS "warden_migrate_${process.pid}" WITH (FORCE)`);
});

it('creates the database, applies every migration once and records them as Prisma does', async () => {
  expect(await ensureDatabase(scratchUrl)).toBe(true);
  expect(await ensureDatabase(scratchUrl)).toBe(false);
  const migrations = readMigrations();
  expect(migrations.length).toBeGreaterThan(0);

  const first = await migrate(scratchUrl);
  expect(first.applied).toEqual(migrations.map((m) => m.name));
  const second = await migrate(scratchUrl);
  expect(second.applied).toEqual([]);
  expect(second.alreadyApplied).toEqual(migrations.map((m) => m.name));

  const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
    scratchUrl,
    'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
  );
  expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
  for (const [i, r] of rows.entries()) {
    expect(r.checksum).toBe(checksumOf(migrations[i]!.sql));
    expect(r.applied_steps_count).toBe(1);
    expect(r.finished_at).not.toBeNull();
  }
  const tables = await query<{ tablename: string }>(scratchUrl, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining(['Comment', 'Verdict', 'Author', 'Block', 'AuditEvent', 'ApiKey', 'Report']));
});

it('refuses to run when an applied migration was edited', async () => {
  const [first, ...rest] = readMigrations();
  const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: checksumOf(`${first!.sql}\n-- edited`) };
  await expect(migrate(scratchUrl, [edited, ...rest])).rejects.toThrow(/modified after it was applied/);
});

it('runs concurrent migrators one at a time (advisory lock)', async () => {
  const url = scratchUrl;
  const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
  expect(results.every((r) => r.applied.length === 0)).toBe(true);
});
