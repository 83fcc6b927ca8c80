// Integration tier: create and migrate the test database once, with the same runner `npm start` uses.
import { ensureDatabase, migrate } from '../../src/db/migrate';
import { TEST_DATABASE_URL } from './env';

export default async function globalSetup() {
  await ensureDatabase(TEST_DATABASE_URL);
  await migrate(TEST_DATABASE_URL);
}
