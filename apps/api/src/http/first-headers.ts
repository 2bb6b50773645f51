import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import { requestIdOf } from '@ros/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The request's id and the security headers, set on Node's response (Fastify merges them
 * into whatever it sends) before anything else runs: Nest's first request hook comes before
 * CORS, which answers a preflight itself, and before any middleware. So every answer
 * carries them, as when they were the first Express middleware.
 */
export const setFirstHeaders = (adapter: FastifyAdapter, securityHeaders: Middleware): void =>
  adapter.setOnRequestHook(
    (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
      requestIdOf(request.raw, reply.raw);
      securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
    },
  );
