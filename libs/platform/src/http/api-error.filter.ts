import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '@ros/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdOf } from '../logging/request-id';
import { STATUS_CODES } from 'node:http';
import { BODY_LIMIT_TEXT } from './body-limit';
import { MalformedJsonBody } from './malformed-json-body';
import { messageOfDomainError, statusOfDomainError } from './status-of';
import { TooManyRequests } from './too-many-requests';

interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
  /** The X-Request-Id of the answer, for a user to quote: the log lines of the request carry it. */
  requestId?: string;
}

/**
 * Every error leaves in the contract's shape, with the request's id; a 500 is logged, its
 * details (stack, SQL, the driver's words) never sent.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: unknown, host: ArgumentsHost): void {
    // Fastify's request and reply, or Node's own from a middleware: the adapter answers either.
    const { httpAdapter } = this.adapterHost;
    const response = host.switchToHttp().getResponse<object>();
    const request = host.switchToHttp().getRequest<object>();
    const body = {
      ...this.toApiError(error),
      requestId: requestIdOf(nodeOf<IncomingMessage>(request), nodeOf<ServerResponse>(response)),
    };
    if (body.statusCode >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (httpAdapter.isHeadersSent(response)) return;
    if (error instanceof TooManyRequests)
      httpAdapter.setHeader(response, 'Retry-After', String(error.retryAfterSeconds));
    httpAdapter.reply(response, body, body.statusCode);
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof DomainError)
      return shaped(statusOfDomainError(error), messageOfDomainError(error));
    // Nest wraps the body parser's errors in an HttpException; the parser's own is its cause.
    const parserError = (error instanceof HttpException ? error.cause : error) as {
      code?: string;
      message?: string;
    } | null;
    if (parserError?.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return shaped(413, `The request body is larger than ${BODY_LIMIT_TEXT}`);
    if (parserError instanceof MalformedJsonBody) return shaped(400, parserError.message);
    if (error instanceof HttpException) {
      const answer = error.getResponse();
      const message =
        typeof answer === 'string'
          ? answer
          : ((answer as { message?: string | string[] }).message ?? error.message);
      return shaped(error.getStatus(), message);
    }
    return shaped(500, 'Something went wrong on our side; it has been logged');
  }
}

/** Node's own request or response under Fastify's wrapper (`raw`), or the one given. */
const nodeOf = <T>(message: object): T => ('raw' in message ? message.raw : message) as T;

const shaped = (statusCode: number, message: string | string[]): ApiError => ({
  statusCode,
  error: STATUS_CODES[statusCode] ?? 'Error',
  message,
});
