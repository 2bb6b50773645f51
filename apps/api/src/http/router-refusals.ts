import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { requestIdOf } from '@ros/platform';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Fastify's router refuses a URL it cannot decode (400) before any hook or middleware runs,
 * and would answer in its own shape. Answered here as every other error is: the security
 * headers, the request's id, and `{ statusCode, error, message, requestId }`.
 */
export const answerRouterRefusals =
  (securityHeaders: Middleware) =>
  (refusal: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const statusCode = refusal.statusCode && refusal.statusCode < 500 ? refusal.statusCode : 400;
    const requestId = requestIdOf(request.raw, reply.raw);
    securityHeaders(request.raw, reply.raw, () =>
      reply.code(statusCode).send({
        statusCode,
        error: STATUS_CODES[statusCode],
        message: refusal.message,
        requestId,
      }),
    );
  };
