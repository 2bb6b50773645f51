/** A request body sent as JSON that cannot be read as one (the error filter answers it 400). */
export class MalformedJsonBody extends Error {
  readonly statusCode = 400;

  constructor(cause?: unknown, message = 'The request body is not valid JSON') {
    super(message, { cause });
  }
}
