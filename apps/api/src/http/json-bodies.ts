import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  BODY_LIMIT_BYTES,
  BODY_MAX_DEPTH,
  MalformedJsonBody,
  nestedDeeperThan,
} from '@ros/platform';

/** Only an object or an array at the top (as the API has always read bodies). */
const OBJECT_OR_ARRAY = /^[ \t\n\r]*[[{]/;

/**
 * JSON bodies up to the limit (over it: 413), parsed by Fastify's own parser, read as the
 * API always read them:
 * - an empty body sent as JSON (a POST with nothing to say) reads as `{}`;
 * - a top-level string or number is not a body (400);
 * - objects and arrays nested more than BODY_MAX_DEPTH levels are refused (400): every
 *   later walk over the body is bounded by it;
 * - `__proto__` and `constructor` keys are kept as plain keys ('ignore'), so that the
 *   validation refuses them like any unknown field, naming where they are (tested in
 *   bad-input.e2e.spec.ts); no body reaches a command unvalidated.
 */
export const readJsonBodies = (app: NestFastifyApplication): void => {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('ignore', 'ignore');
  app.useBodyParser<Server>(
    'application/json',
    { bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      if (body.length === 0) return done(null, {});
      const text = body.toString('utf8');
      if (!OBJECT_OR_ARRAY.test(text)) return done(new MalformedJsonBody(), undefined);
      parse(request, text, (error, parsed) => {
        if (error) return done(new MalformedJsonBody(error), undefined);
        if (nestedDeeperThan(parsed, BODY_MAX_DEPTH))
          return done(
            new MalformedJsonBody(
              undefined,
              `The request body nests objects or arrays more than ${BODY_MAX_DEPTH} levels deep`,
            ),
            undefined,
          );
        done(null, parsed);
      });
    },
  );
};
