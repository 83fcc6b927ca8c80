// The moderation page: static HTML, CSS and JS from src/http/page, served by the API itself. The files
// are read from the source folder: tsc compiles only TypeScript, so from dist/src/http the folder is
// found at ../../../src/http/page (as src/policy/loadPolicy.ts finds policies/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

export function pageDir(): string {
  const candidates = [path.resolve(__dirname, 'page'), path.resolve(__dirname, '../../../src/http/page')];
  return candidates.find((dir) => existsSync(path.join(dir, 'moderate.html'))) ?? candidates[0]!;
}

export function moderationPage(): Router {
  const dir = pageDir();
  const router = Router();
  // The key lives in the browser (sessionStorage) and every API call carries it: the page itself is
  // public, holds no data, and needs no authentication.
  router.get('/moderate', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'moderate.html'));
  });
  router.use('/moderate/assets', express.static(dir, { index: false, fallthrough: true, cacheControl: true, maxAge: 0, extensions: false }));
  return router;
}
