import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  BODY_LIMIT,
  httpDuration,
  migrate,
  REQUEST_ID_HEADER,
  requestIdOf,
  type AppConfig,
} from '@ros/platform';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AuditTrail } from '@ros/audit';
import { AppModule } from './app.module';
import { recordRequests } from './audit/record-requests';

import { jsonBodiesOnly } from './http/json-only';
import { securityHeaders } from './http/security-headers';
import { serveDashboard } from './http/serve-dashboard';
import { serveOpenApi } from './openapi/serve-openapi';

/** Builds the API on a database whose schema is brought up to date first. */
export const createServer = async (
  config: AppConfig,
  databaseUrl: string,
  /** Only the benchmark turns the audit trail off, to measure what it costs. */
  { audit = true }: { audit?: boolean } = {},
): Promise<NestExpressApplication> => {
  await migrate(databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      bodyParser: false,
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  // The id first, so that every answer carries it, refusals made by middleware included.
  app.use((request: Request, response: Response, next: NextFunction) => {
    requestIdOf(request, response);
    next();
  });
  app.use(securityHeaders(config));
  // Closed unless CORS_ORIGINS names the origins whose pages may call the API.
  if (config.corsOrigins.length)
    app.enableCors({
      origin: config.corsOrigins,
      allowedHeaders: ['Authorization', 'Content-Type', REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, 'Retry-After'],
      maxAge: 600,
    });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const stop = httpDuration.startTimer({ method: request.method });
    response.on('finish', () =>
      stop({ route: request.route?.path ?? 'unmatched', status: response.statusCode }),
    );
    next();
  });
  if (audit) app.use(recordRequests(app.get(AuditTrail)));
  app.use(jsonBodiesOnly);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.disable('x-powered-by');
  serveOpenApi(app);
  serveDashboard(app);
  return app;
};
