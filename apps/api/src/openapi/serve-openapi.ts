import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

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
          'changes nothing.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
};
