import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { BODY_LIMIT, httpDuration, migrate, type AppConfig } from '@ros/platform';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

import { jsonBodiesOnly } from './http/json-only';
import { serveDashboard } from './http/serve-dashboard';
import { serveOpenApi } from './openapi/serve-openapi';

/** Builds the API on a database whose schema is brought up to date first. */
export const createServer = async (
  config: AppConfig,
  databaseUrl: string,
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
  app.use((request: Request, response: Response, next: NextFunction) => {
    const stop = httpDuration.startTimer({ method: request.method });
    response.on('finish', () =>
      stop({ route: request.route?.path ?? 'unmatched', status: response.statusCode }),
    );
    next();
  });
  app.use(jsonBodiesOnly);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.disable('x-powered-by');
  serveOpenApi(app);
  serveDashboard(app);
  return app;
};
