import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '@ros/platform';
import helmet from 'helmet';

type Directives = Record<string, string[] | null>;

/**
 * The pages this server sends: the dashboard (Vite's bundle, its scripts and styles all
 * files under /assets; styles it sets on elements go through the DOM, which CSP allows)
 * and the JSON the API answers. Nothing inline, nothing from elsewhere.
 */
const PAGES: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'], // the favicon is `data:,`
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'upgrade-insecure-requests': null,
};

/** The OpenAPI UI (/docs) writes a `<style>` element and style attributes into its page. */
const DOCS: Directives = { ...PAGES, 'style-src': ["'self'", "'unsafe-inline'"] };

const headers = (directives: Directives, config: Pick<AppConfig, 'hstsMaxAgeSeconds'>) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...directives,
        // Behind TLS only: on plain HTTP it would send the browser to an https:// that is not there.
        'upgrade-insecure-requests': config.hstsMaxAgeSeconds === null ? null : [],
      },
    },
    frameguard: { action: 'deny' },
    // Off unless the operator says the API is reached over TLS (HSTS_MAX_AGE_SECONDS): sent
    // for a host also served over plain HTTP, it would lock browsers out of that host.
    strictTransportSecurity:
      config.hstsMaxAgeSeconds === null
        ? false
        : { maxAge: config.hstsMaxAgeSeconds, includeSubDomains: false },
  });

/**
 * helmet's headers on every answer, errors and static files included: register it first.
 * Middleware on Node's own response, so Fastify merges them into whatever it sends.
 */
export const securityHeaders = (config: Pick<AppConfig, 'hstsMaxAgeSeconds'>) => {
  const pages = headers(PAGES, config);
  const docs = headers(DOCS, config);
  return (
    request: IncomingMessage & { originalUrl?: string },
    response: ServerResponse,
    next: (error?: unknown) => void,
  ) =>
    (/^\/docs([/?]|$)/.test(request.originalUrl ?? request.url ?? '') ? docs : pages)(
      request,
      response,
      next,
    );
};
