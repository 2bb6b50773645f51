import type { TotalsAnswer } from '@ros/projections';
import type { Response } from 'express';

/** JSON, or the same figures as CSV when the query asked for them. */
export const respond = (response: Response, answer: TotalsAnswer, csv: boolean) => {
  if (!csv) return answer.body;
  response.type('text/csv');
  return answer.csv();
};
