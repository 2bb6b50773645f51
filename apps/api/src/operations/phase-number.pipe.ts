import { BadRequestException, ParseIntPipe } from '@nestjs/common';

/** A phase number in a path: a positive whole number, or 400. */
export const PHASE_NUMBER = new ParseIntPipe({
  exceptionFactory: () => new BadRequestException(['phase must be a positive whole number']),
});
