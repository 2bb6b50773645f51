/**
 * Refusals the domain can give. Adapters translate each into its own terms
 * (HTTP status codes, CLI exit codes); the domain only says which it is.
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    'invalid-input' | 'rule-violated' | 'not-found' | 'conflict' | 'forbidden';
}

/** The input itself is malformed: each message names an offending field. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid-input';
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}

/** A rule of the domain refused a well-formed request; `rule` names it. */
export class RuleViolated extends DomainError {
  readonly kind = 'rule-violated';
  constructor(
    readonly rule: string,
    detail: string,
  ) {
    super(`${rule}: ${detail}`);
  }
}

export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}
