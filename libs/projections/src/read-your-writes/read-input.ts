import type { IncomingMessage } from 'node:http';
import accepts from 'accepts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { MAX_WAIT_MS } from './projection-progress';

const MAX_POSITION = 2n ** 63n - 1n;
const WAIT_MS = `waitMs must be a whole number of milliseconds from 0 to ${MAX_WAIT_MS}`;

/** What every read route answers in (JSON, or CSV), and how long it waits for a write. */
export class ReadInput {
  @ApiPropertyOptional({
    description: '`csv` answers the same as CSV (as does `Accept: text/csv`).',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';

  @ApiPropertyOptional({
    description:
      'Read-your-writes: wait (up to waitMs) until the answer includes this position, as a write answered it. ' +
      'On totals routes `minPositionReached` and the header `X-Min-Position-Reached` say whether it does.',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition must be a position, as returned by a write' })
  minPosition?: string;

  @ApiPropertyOptional({
    description: 'How long to wait for minPosition, in milliseconds.',
    type: 'integer',
    minimum: 0,
    maximum: MAX_WAIT_MS,
    default: 0,
  })
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: WAIT_MS })
  waitMs?: string;
}

export interface ReadParams {
  /** The position to wait for, or null. */
  minPosition: bigint | null;
  waitMs: number;
  csv: boolean;
}

/** The read parameters, or the problems with them (each naming its parameter). */
export const readParamsOf = (
  input: ReadInput,
  accept: string | undefined,
): { params: ReadParams; problems: string[] } => {
  const problems: string[] = [];
  const waitMs = Number(input.waitMs ?? 0);
  if (waitMs > MAX_WAIT_MS) problems.push(WAIT_MS);
  const minPosition = input.minPosition ? BigInt(input.minPosition) : null;
  if (minPosition !== null && minPosition > MAX_POSITION)
    problems.push('minPosition must be a position, as returned by a write');
  const csv = input.format === 'csv' || (!input.format && prefersCsv(accept));
  return { params: { minPosition, waitMs, csv }, problems };
};

/**
 * Whether the Accept header prefers CSV to JSON, weighed as HTTP says (`q` values, any
 * case, `text/*`): `application/json, text/csv;q=0.1` is JSON. Anything else is JSON.
 */
const prefersCsv = (accept: string | undefined): boolean =>
  accept !== undefined &&
  accepts({ headers: { accept } } as IncomingMessage).type(['json', 'csv']) === 'csv';
