import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@ros/domain';
import type { Request, Response } from 'express';
import { requestIdOf } from '../logging/request-id';
import { STATUS_CODES } from 'node:http';
import { BODY_LIMIT_TEXT } from './body-limit';
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

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const body = { ...this.toApiError(error), requestId: requestIdOf(request, response) };
    if (body.statusCode >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (response.headersSent) return;
    if (error instanceof TooManyRequests)
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof DomainError)
      return shaped(statusOfDomainError(error), messageOfDomainError(error));
    // Nest wraps the body parser's errors in an HttpException; the parser's own is its cause.
    const parserError = (error instanceof HttpException ? error.cause : error) as {
      type?: string;
      status?: number;
      message?: string;
    } | null;
    if (parserError?.type === 'entity.too.large')
      return shaped(413, `The request body is larger than ${BODY_LIMIT_TEXT}`);
    if (parserError?.type === 'entity.parse.failed')
      return shaped(400, 'The request body is not valid JSON');
    if (error instanceof HttpException) {
      const answer = error.getResponse();
      const message =
        typeof answer === 'string'
          ? answer
          : ((answer as { message?: string | string[] }).message ?? error.message);
      return shaped(error.getStatus(), message);
    }
    if (parserError?.type && parserError.status && parserError.status < 500)
      return shaped(parserError.status, parserError.message ?? 'The request was refused');
    return shaped(500, 'Something went wrong on our side; it has been logged');
  }
}

const shaped = (statusCode: number, message: string | string[]): ApiError => ({
  statusCode,
  error: STATUS_CODES[statusCode] ?? 'Error',
  message,
});
