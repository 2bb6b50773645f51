import { DomainError } from '@ros/domain';

const STATUS = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rule-violated': 422,
} as const satisfies Record<DomainError['kind'], number>;

/** The HTTP status of a domain refusal. */
export const statusOfDomainError = (error: DomainError): number => STATUS[error.kind];

/** Messages of a refusal: one per offending field for invalid input. */
export const messageOfDomainError = (error: DomainError): string | string[] =>
  'messages' in error ? (error.messages as string[]) : error.message;
