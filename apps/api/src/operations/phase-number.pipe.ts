import { applyDecorators, BadRequestException, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { isPhaseNumber, PHASE_NUMBERS } from '@ros/domain';
import { ApiRefusals } from '../openapi/refusals';

const MESSAGE = `phase must be a whole number from ${PHASE_NUMBERS.min} to ${PHASE_NUMBERS.max}`;

/** A phase number in a path: a whole number from 1 to 999, or 400. */
export const PHASE_NUMBER: PipeTransform<string, number> = {
  transform: (value: string) => {
    const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (!isPhaseNumber(number)) throw new BadRequestException([MESSAGE]);
    return number;
  },
};

/** Documents the `n` of a route's path, read with PHASE_NUMBER. */
export const ApiPhaseParam = () =>
  applyDecorators(
    ApiParam({
      name: 'n',
      description:
        'The phase’s number within its operation (400 when not a whole number in range).',
      schema: { type: 'integer', minimum: PHASE_NUMBERS.min, maximum: PHASE_NUMBERS.max },
    }),
    ApiRefusals(400),
  );
