/** A request body sent as JSON that does not parse (the error filter answers it 400). */
export class MalformedJsonBody extends Error {
  readonly statusCode = 400;

  constructor(cause?: unknown) {
    super('The request body is not valid JSON', { cause });
  }
}
