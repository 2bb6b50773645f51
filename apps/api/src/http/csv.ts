/** CSV answers' type, its charset said in so many words: Fastify adds none to a type it is given. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
