import { Kafka } from 'kafkajs';
import { processLogger } from '@ros/platform';
import { kafkaLogCreator, kafkaLogLevelOf } from './kafka-log';
import { PRODUCER_CONFIG } from './kafka-publisher';

/** kafkajs's own client and loggers, writing through ours into `lines` (nothing connects). */
const kafkaWritingTo = (lines: Record<string, unknown>[], level: 'info' | 'debug' = 'info') =>
  new Kafka({
    brokers: ['localhost:1'],
    logLevel: kafkaLogLevelOf(level),
    logCreator: kafkaLogCreator(
      processLogger('kafka', level, { write: (line: string) => void lines.push(JSON.parse(line)) }),
    ),
  });

describe("kafkajs's log lines", () => {
  it('are our JSON lines, in the kafka context, from WARN up, without kafkajs’s timestamp or stacks', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = kafkaWritingTo(lines).logger().namespace('Producer');
    logger.info('Starting');
    logger.error('Failed to send messages: Connection error', {
      retryCount: 2,
      retryTime: 1200,
      stack: 'KafkaJSConnectionError: Connection error\n    at Socket.onError',
    });
    expect(lines).toEqual([
      {
        level: 50,
        time: expect.any(Number),
        context: 'kafka',
        namespace: 'Producer',
        retryCount: 2,
        retryTime: 1200,
        msg: 'Failed to send messages: Connection error',
      },
    ]);
  });

  it('say more when LOG_LEVEL asks for it', () => {
    const lines: Record<string, unknown>[] = [];
    kafkaWritingTo(lines, 'debug').logger().info('Starting', { groupId: 'g' });
    expect(lines).toMatchObject([{ level: 30, context: 'kafka', msg: 'Starting', groupId: 'g' }]);
  });

  it('hold no warning for the relay’s producer, which names its partitioner and limits its retries on purpose', () => {
    const lines: Record<string, unknown>[] = [];
    const kafka = kafkaWritingTo(lines);
    kafka.producer(PRODUCER_CONFIG);
    expect(lines).toEqual([]);
    // A producer left to kafkajs's partitioner is warned about, through the same lines.
    kafka.producer({ idempotent: true });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        context: 'kafka',
        msg: expect.stringMatching(/partitioner/i),
      }),
    ]);
  });
});
