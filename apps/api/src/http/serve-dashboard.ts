import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API owns: never answered with the dashboard, even when nothing matches there. */
const API_PATHS = /^\/(api|docs|docs-json|metrics)(\/|$|\?)/;

/**
 * The built dashboard (`dist/apps/dashboard`, made by `npm run build`), looked for above this
 * file: from `dist/apps/api/…` when built, from `apps/api/src` under the tests.
 */
export const findDashboard = (from = __dirname): string | null => {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'apps', 'dashboard');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
};

/**
 * The dashboard at `/`, from the API's own process (no second server): its files, and its
 * `index.html` for any other page a browser asks for, so that the app's routes survive a
 * reload. Middleware, not routes: the OpenAPI document and its conformance test describe
 * the API alone.
 */
export const serveDashboard = (app: NestExpressApplication, root = findDashboard()): void => {
  if (!root) return; // not built: the API works on its own
  const index = join(root, 'index.html');
  // File names under assets/ carry a hash of their content: cached for good.
  app.useStaticAssets(join(root, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '1y' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const page =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !API_PATHS.test(request.path) &&
      !request.path.startsWith('/assets/') &&
      request.accepts(['text/html', 'application/json']) === 'text/html';
    if (!page) return next();
    // Always asked again, so a new build's asset names are seen at once.
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
};
