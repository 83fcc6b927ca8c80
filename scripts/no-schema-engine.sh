#!/bin/sh
# Stand-in for Prisma's native schema engine, which Warden never downloads (see README "Migrations").
echo "Prisma's native schema engine is not installed. Offline: 'npm run db:migrate' applies migrations and 'npm run db:migration -- <name>' writes one. With internet access, unset PRISMA_SCHEMA_ENGINE_BINARY and use the Prisma CLI as usual." >&2
exit 1
