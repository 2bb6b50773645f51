import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { REQUEST_ID_HEADER } from '@ros/platform';

/** The OpenAPI document at /docs-json and its UI at /docs. */
export const serveOpenApi = (app: INestApplication): void => {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Ring of Steel')
      .setDescription(
        'Event-sourced tracker for the South West regional police operations. ' +
          'Bodies are JSON (`Content-Type: application/json`); a field a body does not document ' +
          'is refused (400). Errors are `{ statusCode, error, message }`; a refused request ' +
          `changes nothing. Every answer carries \`${REQUEST_ID}\`, the id its log lines carry: ` +
          'send one (letters, digits, `.`, `_`, `-`; up to 100) to choose it.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, withRequestIds(withRateLimits(document)), {
    jsonDocumentUrl: 'docs-json',
  });
};

const REQUEST_ID = REQUEST_ID_HEADER.replace(/(^|-)[a-z]/g, (letter) => letter.toUpperCase());

/** Every route is rate-limited (apps/api/src/http/rate-limits.ts): each can answer 429. */
const withRateLimits = (document: OpenAPIObject): OpenAPIObject => {
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as { responses?: Record<string, object> }[])
      operation.responses = {
        ...operation.responses,
        429: {
          description:
            'Too many requests, or too many failed sign-ins: wait the seconds `Retry-After` says.',
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } },
          },
        },
      };
  return document;
};

/** Every answer, refusals included, carries the request's id. */
const withRequestIds = (document: OpenAPIObject): OpenAPIObject => {
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item))
      for (const response of Object.values(
        (operation as { responses?: Record<string, { headers?: object }> }).responses ?? {},
      ))
        response.headers = {
          ...response.headers,
          [REQUEST_ID]: {
            description: 'The id of the request, as its log lines carry it.',
            schema: { type: 'string' },
          },
        };
  return document;
};
