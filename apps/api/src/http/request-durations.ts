import { httpDuration } from '@ros/platform';
import type { FastifyInstance } from 'fastify';

/**
 * Each answer's time in the latency histogram, by the route's pattern ('unmatched': none),
 * from when Fastify took the request (`elapsedTime`), refusals made by middleware included.
 */
export const measureRequestDurations = (fastify: FastifyInstance): void => {
  fastify.addHook('onResponse', (request, reply, done) => {
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
};
