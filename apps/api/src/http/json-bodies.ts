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
 * UTF-8 as it is, or refused: Node's `toString('utf8')` would read invalid bytes (`C3 28`,
 * latin-1's `é`) as U+FFFD and store that. A byte-order mark is kept, as before, so that
 * the body is refused as not JSON.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * JSON bodies up to the limit (over it: 413), parsed by Fastify's own parser, read as the
 * API always read them:
 * - an empty body sent as JSON (a POST with nothing to say) reads as `{}`;
 * - bytes that are not UTF-8 are refused (400), never stored as replacement characters
 *   (a charset other than UTF-8 was refused before the body was read: json-only.ts);
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
      let text: string;
      try {
        text = utf8.decode(body);
      } catch (error) {
        return done(new MalformedJsonBody(error, 'The request body is not valid UTF-8'), undefined);
      }
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
