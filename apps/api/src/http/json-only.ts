import { requestIdOf } from '@ros/platform';
import type { NextFunction, Request, Response } from 'express';

/**
 * Every body this API reads is JSON. A body sent as anything else would otherwise be
 * ignored and reported as missing fields; say what is wrong instead (415).
 */
export const jsonBodiesOnly = (request: Request, response: Response, next: NextFunction) => {
  // An empty body (a POST with nothing to say, as logout is) has no type to judge.
  const empty = request.headers['content-length'] === '0';
  if (!empty && request.is('application/json') === false)
    response.status(415).json({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: `The body must be JSON, sent with Content-Type: application/json (not ${request.headers['content-type'] ?? 'none'})`,
      requestId: requestIdOf(request, response),
    });
  else next();
};
