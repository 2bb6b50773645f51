import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

/** Every refusal has this shape. */
export class ApiErrorBody {
  @ApiProperty({ example: 422 })
  statusCode!: number;

  @ApiProperty({ example: 'Unprocessable Entity' })
  error!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'phase-closed: phase 5 closed on 2023-07-02',
  })
  message!: string | string[];
}

const MEANINGS = {
  400: 'Invalid input: `message` lists each offending field. Nothing changed.',
  401: 'No token, or an invalid or expired one.',
  403: 'Authenticated, but this role (or, for a coordinator, this force) may not do it.',
  404: 'Unknown operation, phase, force, entry or publication.',
  409: 'Conflict: the id exists, was used for a different body, or the stream kept changing. Nothing changed.',
  413: 'The body is over 1 MB.',
  422: 'A domain rule refused it; `message` starts with the rule’s name. Nothing changed.',
} as const;

/** Documents the refusals a route can answer. */
export const ApiRefusals = (...statuses: (keyof typeof MEANINGS)[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: MEANINGS[status], type: ApiErrorBody }),
    ),
  );
