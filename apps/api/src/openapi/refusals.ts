import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { BODY_LIMIT_TEXT } from '@ros/platform';

/** Every refusal has this shape. */
export class ApiErrorBody {
  @ApiProperty({ type: 'integer', example: 422, description: 'The HTTP status, again.' })
  statusCode!: number;

  @ApiProperty({ example: 'Unprocessable Entity', description: 'The status’s name.' })
  error!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'phase-closed: phase 5 closed on 2023-07-02',
    description: 'Why: for invalid input, one message per offending field.',
  })
  message!: string | string[];

  @ApiProperty({
    example: '3f2b8c1e-7d4a-4f0e-9a51-2c6d8e0b4a17',
    description:
      'The id of the request, as its `X-Request-Id` header and its log lines carry it: quote it when reporting a problem.',
  })
  requestId!: string;
}

const MEANINGS = {
  400: 'Invalid input: `message` lists each offending field. Nothing changed.',
  401: 'No token, or an invalid or expired one.',
  403: 'Authenticated, but this role (or, for a coordinator, this force) may not do it.',
  404: 'Unknown operation, phase, force, entry or publication.',
  409: 'Conflict: the id exists, was used for a different body, or the stream kept changing. Nothing changed.',
  413: `The body is over ${BODY_LIMIT_TEXT}.`,
  415: 'The body was not sent as UTF-8 JSON (`Content-Type: application/json`, with no charset or `charset=utf-8`).',
  422: 'A domain rule refused it; `message` starts with the rule’s name. Nothing changed.',
} as const;

export type Refusal = keyof typeof MEANINGS;

/** Documents the refusals a route can answer. */
export const ApiRefusals = (...statuses: Refusal[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: MEANINGS[status], type: ApiErrorBody }),
    ),
  );
