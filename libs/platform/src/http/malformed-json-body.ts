/**
 * A request body sent as JSON that cannot be read as the API reads bodies: not valid JSON,
 * not valid UTF-8, or nested too deep (the error filter answers it 400 with its message).
 */
export class MalformedJsonBody extends Error {
  readonly statusCode = 400;

  constructor(cause?: unknown, message = 'The request body is not valid JSON') {
    super(message, { cause });
  }
}
