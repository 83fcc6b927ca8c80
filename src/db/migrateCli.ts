// `npm run db:migrate`: create the database if needed and apply pending migrations, offline.
// `npm run db:migrate -- --status`: list applied and pending migrations.
import { config as loadConfig } from '../config';
import { ensureDatabase, migrate, readMigrations } from './migrate';
import { Client } from 'pg';

async function main() {
  const { DATABASE_URL } = loadConfig();
  const safeUrl = DATABASE_URL.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1@');
  if (process.argv.includes('--status')) {
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    const applied = new Set(
      (await client.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').catch(() => ({ rows: [] }))).rows.map((r) => r.migration_name),
    );
    await client.end();
    for (const m of readMigrations()) console.log(`${applied.has(m.name) ? 'applied ' : 'PENDING '} ${m.name}`);
    return;
  }
  const created = await ensureDatabase(DATABASE_URL);
  const result = await migrate(DATABASE_URL);
  if (created) console.log(`created database ${safeUrl}`);
  for (const name of result.applied) console.log(`applied ${name}`);
  console.log(result.applied.length ? `${result.applied.length} migration(s) applied to ${safeUrl}` : `${safeUrl} is up to date (${result.alreadyApplied.length} migrations)`);
}

main().catch((err) => {
  console.error(`db:migrate failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
