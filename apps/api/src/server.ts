import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  BODY_LIMIT_BYTES,
  migrate,
  REQUEST_ID_HEADER,
  requestIdOfRequest,
  type AppConfig,
} from '@ros/platform';
import { Logger } from 'nestjs-pino';
import { AuditTrail } from '@ros/audit';
import { actorOf, TokenSubject } from '@ros/auth';
import fastifyEtag from '@fastify/etag';
import { maxHeaderSize } from 'node:http';
import { AppModule } from './app.module';
import { recordRequests } from './audit/record-requests';
import { setFirstHeaders } from './http/first-headers';
import { readJsonBodies } from './http/json-bodies';
import { refuseBodiesNotJson } from './http/json-only';
import { measureRequestDurations } from './http/request-durations';
import { answerRouterRefusals } from './http/router-refusals';
import { securityHeaders } from './http/security-headers';
import { serveDashboard } from './http/serve-dashboard';
import { serveOpenApi } from './openapi/serve-openapi';

/**
 * Fastify under Nest (issue #10: about half the CPU per answer of Express, measured in
 * bench/http-framework), set to route as Express did, so that no client sees the change:
 * paths match in any case, with or without a trailing slash, and a parameter is never
 * refused for its length (Fastify's default is 100 characters; Node's limit on the
 * request's head still holds).
 */
const fastifyAdapter = (headers: ReturnType<typeof securityHeaders>, config: AppConfig) =>
  new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Only the proxies the operator names may say who the client is (request.ip).
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    // The request's id (X-Request-Id when sane) is Fastify's `request.id` too: events'
    // correlation ids and audit records carry the id the answer and the log lines carry.
    genReqId: requestIdOfRequest,
    routerOptions: {
      caseSensitive: false,
      ignoreTrailingSlash: true,
      maxParamLength: maxHeaderSize,
    },
    frameworkErrors: answerRouterRefusals(headers),
  });

/** Builds the API on a database whose schema is brought up to date first. */
export const createServer = async (
  config: AppConfig,
  databaseUrl: string,
  /** Only the benchmark turns the audit trail off, to measure what it costs. */
  { audit = true }: { audit?: boolean } = {},
): Promise<NestFastifyApplication> => {
  await migrate(databaseUrl);
  const headers = securityHeaders(config);
  const adapter = fastifyAdapter(headers, config);
  // The id and the security headers first, so that every answer carries them.
  setFirstHeaders(adapter, headers);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    adapter,
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // Closed unless CORS_ORIGINS names the origins whose pages may call the API. Answered as
  // before Fastify: every method the API has, and a preflight without an Origin not refused.
  if (config.corsOrigins.length)
    app.enableCors({
      origin: config.corsOrigins,
      methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
      allowedHeaders: ['Authorization', 'Content-Type', REQUEST_ID_HEADER].join(','),
      exposedHeaders: [REQUEST_ID_HEADER, 'Retry-After'].join(','),
      maxAge: 600,
      strictPreflight: false,
    });
  measureRequestDurations(fastify);
  if (audit) {
    const subjects = app.get(TokenSubject);
    recordRequests(fastify, app.get(AuditTrail), (authorization) => {
      const claims = subjects.claimsOf(authorization);
      return claims && actorOf(claims);
    });
  }
  refuseBodiesNotJson(fastify);
  readJsonBodies(app);
  // Conditional GETs (If-None-Match → 304), as the API has always answered them.
  await app.register(fastifyEtag, { weak: true });
  serveOpenApi(app);
  serveDashboard(app);
  return app;
};
