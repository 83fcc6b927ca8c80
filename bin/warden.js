#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm ci` through the prepare script, or `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('warden: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(1);
}
const { run } = require(entry);
run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`warden: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
