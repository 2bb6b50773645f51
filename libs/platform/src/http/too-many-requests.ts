import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * 429 with the seconds to wait: the error filter sends them as `Retry-After`, so a client
 * (or a person) knows when trying again can work.
 */
export class TooManyRequests extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
