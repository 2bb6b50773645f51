import pino from 'pino';

/**
 * Logs of a process's own start and stop, outside any request: the API's before Nest's
 * logger exists, and the projector's, which has none. The same JSON lines as the request
 * logs (pino's), so one log shipper reads them all.
 */
export const processLog = (context: string): ((message: string) => void) => {
  const logger = pino({ base: undefined }).child({ context });
  return (message) => logger.info(message);
};
