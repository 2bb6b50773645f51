import type { TotalsAnswer } from '@ros/projections';
import type { FastifyReply } from 'fastify';
import { CSV_CONTENT_TYPE } from '../http/csv';

export const MIN_POSITION_REACHED = 'X-Min-Position-Reached';

/**
 * JSON, or the same figures as CSV when the query asked for them. When the client waited
 * for a position, a header says whether the figures include it (CSV has no other place).
 */
export const respond = (response: FastifyReply, answer: TotalsAnswer, csv: boolean) => {
  if (answer.minPositionReached !== undefined)
    response.header(MIN_POSITION_REACHED, String(answer.minPositionReached));
  if (!csv) return answer.body;
  response.type(CSV_CONTENT_TYPE);
  return answer.csv();
};
