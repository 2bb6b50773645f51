import { logLevel as KafkaLevel, type logCreator } from 'kafkajs';
import type { Logger } from 'pino';
import type { AppConfig } from '@ros/platform';

/**
 * kafkajs's warning when a producer's retries are limited. The relay limits them on purpose
 * (see KafkaPublisher): a batch kafkajs gives up on is sent again through a new producer,
 * and consumers drop the ids they have seen. Said on every new producer, it would only
 * alarm whoever reads the log.
 */
const EXPECTED = new Set([
  'Limiting retries for the idempotent producer may invalidate EoS guarantees',
]);

/** How much of kafkajs's chatter to hear: warnings and errors, unless LOG_LEVEL asks for more. */
export const kafkaLogLevelOf = (level: AppConfig['logLevel']): KafkaLevel =>
  ({
    silent: KafkaLevel.NOTHING,
    fatal: KafkaLevel.ERROR,
    error: KafkaLevel.ERROR,
    warn: KafkaLevel.WARN,
    info: KafkaLevel.WARN,
    debug: KafkaLevel.INFO,
    trace: KafkaLevel.DEBUG,
  })[level];

const METHODS = {
  [KafkaLevel.NOTHING]: 'silent',
  [KafkaLevel.ERROR]: 'error',
  [KafkaLevel.WARN]: 'warn',
  [KafkaLevel.INFO]: 'info',
  [KafkaLevel.DEBUG]: 'debug',
} as const;

/**
 * kafkajs's lines as ours: pino's JSON (the `kafka` context of processLogger) with its
 * namespace and details, without its own timestamp and level fields, and without stack
 * traces, which say nothing to an operator that the message does not.
 */
export const kafkaLogCreator =
  (logger: Logger): logCreator =>
  () =>
  ({ namespace, level, log }) => {
    const { message, timestamp: _time, logger: _name, stack: _stack, ...details } = log;
    if (EXPECTED.has(message)) return;
    logger[METHODS[level]]({ ...(namespace && { namespace }), ...details }, message);
  };
