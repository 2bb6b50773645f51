import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BODY_LIMIT_BYTES, MalformedJsonBody } from '@ros/platform';

/** Only an object or an array at the top (as the API has always read bodies). */
const OBJECT_OR_ARRAY = /^[\x20\x09\x0a\x0d]*[[{]/;

/** Fastify's parser refuses both alike: JSON that does not parse, and a key no body may have. */
const refusalOf = (error: Error, text: string): MalformedJsonBody =>
  parses(text)
    ? new MalformedJsonBody(
        error,
        'The request body has a key no body may have (__proto__ or constructor.prototype)',
      )
    : new MalformedJsonBody(error);

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * JSON bodies up to the limit (over it: 413), parsed by Fastify's own parser, which also
 * refuses `__proto__` and `constructor.prototype` keys. Two rules kept from before the move
 * to Fastify, which clients rely on: an empty body sent as JSON (a POST with nothing to
 * say) reads as `{}`, and a top-level string or number is not a body (400).
 */
export const readJsonBodies = (app: NestFastifyApplication): void => {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>(
    'application/json',
    { bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      if (body.length === 0) return done(null, {});
      const text = body.toString('utf8');
      if (!OBJECT_OR_ARRAY.test(text)) return done(new MalformedJsonBody(), undefined);
      parse(request, text, (error, parsed) =>
        error ? done(refusalOf(error, text), undefined) : done(null, parsed),
      );
    },
  );
};
