/** The largest request body the API reads, in bytes: 1 MB, as Fastify's `bodyLimit` takes it. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The same limit as people read it, for refusals and the contract. */
export const BODY_LIMIT_TEXT = `${BODY_LIMIT_BYTES / 1024 / 1024} MB`;
