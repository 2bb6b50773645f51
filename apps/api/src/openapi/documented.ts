import { applyDecorators } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/internal';
import {
  ApiBody,
  ApiExtraModels,
  ApiResponse,
  getSchemaPath,
  type ApiBodyOptions,
  type HeaderObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { documentFromValidators } from './from-validators';
import { ApiRefusals } from './refusals';

type Class = abstract new (...args: never[]) => object;

/**
 * A route's JSON body: a class-validator input class, documented from its checks, or a
 * schema. Any body can be refused as invalid or not JSON (400), too large (413) or not
 * sent as JSON (415).
 */
export const ApiJsonBody = (body: Class | { schema: SchemaObject; models: Class[] }) => {
  const models = 'schema' in body ? body.models : [body];
  models.forEach(documentFromValidators);
  const options: ApiBodyOptions =
    'schema' in body ? { schema: body.schema } : { type: body as new () => object };
  return applyDecorators(
    ApiExtraModels(...models),
    ApiBody({ required: true, ...options }),
    ApiRefusals(400, 413, 415),
  );
};

/**
 * The query parameters of a route, from the class-validator input class its query is
 * validated with: one parameter per field, documented from its checks. The route takes
 * its query as `unknown` (the query object's `create` validates it), so the document is
 * told the class here, in the parameter's type that @nestjs/swagger reads; no pipe reads
 * that type, and the handler still receives the raw query.
 */
export const ApiQueryInput =
  (query: Class): MethodDecorator =>
  (target, method) => {
    documentFromValidators(query);
    const args: Record<string, { index: number }> =
      Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, method) ?? {};
    const at = Object.entries(args).find(([key]) => key.startsWith(`${RouteParamtypes.QUERY}:`));
    if (!at) throw new Error(`${String(method)}: ApiQueryInput needs a @Query() parameter`);
    const types: unknown[] = Reflect.getMetadata('design:paramtypes', target, method);
    types[at[1].index] = query;
  };

/**
 * A success answer: JSON of `type` (an array of it for `[type]`), and with `csv` the same
 * figures as CSV when asked for with `format=csv` or `Accept: text/csv`.
 */
export const ApiAnswer = (
  status: number,
  type: Class | [Class],
  description: string,
  { csv = false, headers }: { csv?: boolean; headers?: Record<string, HeaderObject> } = {},
) => {
  const model = Array.isArray(type) ? type[0] : type;
  const ref = { $ref: getSchemaPath(model as Class & { name: string }) };
  return applyDecorators(
    ApiExtraModels(model),
    ApiResponse({
      status,
      description,
      headers,
      content: {
        'application/json': { schema: Array.isArray(type) ? { type: 'array', items: ref } : ref },
        ...(csv && {
          'text/csv': { schema: { type: 'string', description: 'CSV with a header row' } },
        }),
      },
    }),
  );
};
