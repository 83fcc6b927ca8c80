// Prisma CLI configuration (Prisma 7). The URL falls back to the same local default as src/config.ts
// so that `npx prisma migrate status` works on a developer machine without an .env file.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/warden' },
});
