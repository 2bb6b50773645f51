import pino, { type DestinationStream, type Level, type Logger } from 'pino';

/**
 * The logger behind processLog, for what logs at several levels (the Kafka client's lines).
 * `destination` is for tests; by default standard output.
 */
export const processLogger = (
  context: string,
  level: Level | 'silent' = 'info',
  destination?: DestinationStream,
): Logger => {
  const options = { base: undefined, level };
  return (destination ? pino(options, destination) : pino(options)).child({ context });
};

/**
 * Logs of a process's own start and stop, outside any request: the API's before Nest's
 * logger exists, and the projector's, which has none. The same JSON lines as the request
 * logs (pino's), so one log shipper reads them all.
 */
export const processLog = (context: string): ((message: string) => void) => {
  const logger = processLogger(context);
  return (message) => logger.info(message);
};
