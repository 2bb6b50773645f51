import 'reflect-metadata';
import {
  Controller,
  Get,
  Injectable,
  Module,
  Query,
  ValidationPipe,
  type CanActivate,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { cachedAnswer } from './cached-answer';

/**
 * The per-request machinery of the API with nothing behind it, on Express or on Fastify:
 * helmet's headers, request logging (pino-http at info), a global guard reading the bearer
 * token, the validation pipe on a query object, and a ready JSON answer the size of a
 * summary. What it costs is the floor under every route; the difference between the two
 * adapters is what moving the API to Fastify could save.
 */
class AnswerQuery {
  @IsOptional() @IsString() @MaxLength(40) asOf?: string;
  @IsOptional() @IsIn(['csv']) format?: string;
}

@Injectable()
class BearerPresent implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<{ headers: Record<string, string> }>()
      .headers.authorization;
    return typeof header === 'string' && header.startsWith('Bearer ');
  }
}

@Controller('api')
class AnswerController {
  @Get('answer')
  answer(@Query() query: AnswerQuery) {
    return query.format ? {} : cachedAnswer;
  }
}

@Module({
  controllers: [AnswerController],
  providers: [{ provide: APP_GUARD, useClass: BearerPresent }],
})
class FrameworkFloorModule {}

const start = async (framework: string, port: number) => {
  const app: INestApplication = await NestFactory.create(
    FrameworkFloorModule,
    framework === 'fastify' ? new FastifyAdapter() : new ExpressAdapter(),
    { logger: false },
  );
  // Both as plain middleware, so each adapter runs the same code (Nest's own middleware
  // routes match differently under Fastify's middie).
  app.use(pinoHttp({ level: 'info', redact: ['req.headers.authorization'] }));
  app.use(helmet());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  await app.listen(port, '127.0.0.1');
  process.send?.('listening');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
};

void start(process.argv[2], Number(process.argv[3]));
