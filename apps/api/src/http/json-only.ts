import { requestIdOf } from '@ros/platform';
import type { FastifyInstance } from 'fastify';
import typeis from 'type-is';

/**
 * Every body this API reads is JSON. A body sent as anything else would otherwise be
 * ignored and reported as missing fields; say what is wrong instead (415). On every
 * address, before the body is read, and after the middleware (request log included), so
 * that the refusal is logged like any other.
 */
export const refuseBodiesNotJson = (fastify: FastifyInstance): void => {
  fastify.addHook('onRequest', (request, reply, done) => {
    // An empty body (a POST with nothing to say, as logout is) has no type to judge; no body
    // at all (typeis answers null) neither.
    const empty = request.headers['content-length'] === '0';
    if (empty || typeis(request.raw, ['application/json']) !== false) return done();
    void reply.code(415).send({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: `The body must be JSON, sent with Content-Type: application/json (not ${request.headers['content-type'] ?? 'none'})`,
      requestId: requestIdOf(request.raw, reply.raw),
    });
  });
};
