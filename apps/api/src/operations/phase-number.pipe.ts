import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { isPhaseNumber, PHASE_NUMBERS } from '@ros/domain';

/** A phase number in a path: a whole number from 1 to 999, or 400. */
export const PHASE_NUMBER: PipeTransform<string, number> = {
  transform: (value: string) => {
    const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (!isPhaseNumber(number))
      throw new BadRequestException([
        `phase must be a whole number from ${PHASE_NUMBERS.min} to ${PHASE_NUMBERS.max}`,
      ]);
    return number;
  },
};
