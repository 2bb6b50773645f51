/** The largest request body the API reads, as the body parser takes it. */
export const BODY_LIMIT = '1mb';

/** The same limit as people read it, for refusals and the contract: "1 MB". */
export const BODY_LIMIT_TEXT = BODY_LIMIT.replace(
  /^(\d+)([a-z]+)$/,
  (_, size, unit: string) => `${size} ${unit.toUpperCase()}`,
);
