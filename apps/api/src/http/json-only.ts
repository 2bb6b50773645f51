import { requestIdOf } from '@ros/platform';
import { parse as parseContentType } from 'content-type';
import type { FastifyInstance } from 'fastify';
import typeis from 'type-is';

/**
 * Every body this API reads is JSON in UTF-8. A body sent as anything else would otherwise
 * be ignored and reported as missing fields, or read as UTF-8 whatever it was (`é` in
 * latin-1 stored as U+FFFD); say what is wrong instead (415). On every address, before the
 * body is read, and after the middleware (request log included), so that the refusal is
 * logged like any other.
 */
export const refuseBodiesNotJson = (fastify: FastifyInstance): void => {
  fastify.addHook('onRequest', (request, reply, done) => {
    // An empty body (a POST with nothing to say, as logout is) has no type to judge; no body
    // at all (typeis answers null) neither.
    const empty = request.headers['content-length'] === '0';
    const type = request.headers['content-type'];
    if (empty || typeis(request.raw, ['application/json']) === null) return done();
    const message =
      typeis(request.raw, ['application/json']) === false
        ? `The body must be JSON, sent with Content-Type: application/json (not ${type ?? 'none'})`
        : isUtf8(charsetOf(type))
          ? null
          : `The body must be UTF-8 JSON: Content-Type: application/json names no charset, or utf-8 (not ${type})`;
    if (!message) return done();
    void reply.code(415).send({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message,
      requestId: requestIdOf(request.raw, reply.raw),
    });
  });
};

/** The charset the Content-Type names (any case, quoted or not); undefined when it names none. */
const charsetOf = (type: string | undefined): string | undefined =>
  type === undefined ? undefined : parseContentType(type).parameters.charset;

/** No charset (JSON is UTF-8), or a name of UTF-8 as the Encoding standard knows them (`UTF-8`, `utf8`). */
const isUtf8 = (charset: string | undefined): boolean => {
  if (charset === undefined) return true;
  try {
    return new TextDecoder(charset).encoding === 'utf-8';
  } catch {
    return false; // not a charset at all (`klingon`, an empty one)
  }
};
