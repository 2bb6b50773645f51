/** The largest request body the API reads. */
export const BODY_LIMIT = '1mb';
