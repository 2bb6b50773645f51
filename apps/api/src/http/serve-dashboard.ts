import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
// Its types add `reply.sendFile`; the adapter loads the plugin itself (useStaticAssets).
import type {} from '@fastify/static';
import accepts from 'accepts';
import type { FastifyRequest } from 'fastify';

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

/** A browser's navigation (it prefers a page to JSON) to an address that is no API's or file's. */
const isPageRequest = (request: FastifyRequest): boolean => {
  const path = request.url.split('?', 1)[0];
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !API_PATHS.test(path) &&
    !path.startsWith('/assets/') &&
    accepts(request.raw).type(['text/html', 'application/json']) === 'text/html'
  );
};

/**
 * The dashboard at `/`, from the API's own process (no second server): its files, and its
 * `index.html` for any other page a browser asks for, so that the app's routes survive a
 * reload. A hook, not routes: the OpenAPI document and its conformance test describe
 * the API alone.
 */
export const serveDashboard = (app: NestFastifyApplication, root = findDashboard()): void => {
  if (!root) return; // not built: the API works on its own
  // File names under assets/ carry a hash of their content: cached for good.
  app.useStaticAssets({
    root: join(root, 'assets'),
    prefix: '/assets/',
    immutable: true,
    maxAge: '1y',
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (!isPageRequest(request)) return;
      // Always asked again, so a new build's asset names are seen at once.
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', root, { cacheControl: false });
    });
};
