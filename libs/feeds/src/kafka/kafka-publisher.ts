import { Kafka, Partitioners, type Admin, type Producer, type ProducerConfig } from 'kafkajs';
import { processLogger, type AppConfig } from '@ros/platform';
import type { Logger } from 'pino';
import type { FeedMessage, Publisher } from '../relay/relay-ports';
import { FEED_TOPICS } from '../relay/topics';
import { kafkaLogCreator, kafkaLogLevelOf } from './kafka-log';

export interface KafkaPublisherOptions {
  clientId?: string;
  /** LOG_LEVEL: kafkajs's own lines are heard from WARN up unless it asks for more. */
  logLevel?: AppConfig['logLevel'];
  /** Where kafkajs's lines go (tests); by default processLogger('kafka'). */
  logger?: Logger;
  /** kafkajs's client, or a stand-in for it (tests). */
  kafka?: Pick<Kafka, 'producer' | 'admin'>;
}

/**
 * Idempotent, one request in flight and `acks: -1` (below): a batch the broker received
 * but did not answer is not stored twice when kafkajs resends it, messages of a partition
 * keep their order, and every in-sync replica has a batch before it counts as published.
 *
 * The partitioner is named, not left to kafkajs's default (which warns on every start):
 * murmur2 of the key, as Kafka's Java client does, so another system's producer writing
 * the same keys to these topics picks the same partitions.
 *
 * Retries are finite. kafkajs's default for an idempotent producer is to retry a retriable
 * error forever, reconnecting as it goes, so a producer the relay gave up on would never
 * stop; with five (waits of 0.3 s doubling to 30 s at most) it gives up by itself.
 */
export const PRODUCER_CONFIG: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
  retry: { retries: 5 },
};

interface Connection {
  producer: Producer;
  connected: Promise<void>;
}

/**
 * Publishes to Kafka. A producer is used until a publish through it fails or is abandoned;
 * the next publish connects a new one. kafkajs asks the broker for a producer id only when
 * a producer first connects, and after OUT_OF_ORDER_SEQUENCE_NUMBER or UNKNOWN_PRODUCER_ID
 * (which it does not retry) every later batch of that producer fails the same way: only a
 * new producer, with a new id, gets the relay going again without a restart.
 *
 * The relay's guarantees hold across the change. It checkpoints a batch only once *this*
 * publish resolved, so an abandoned one moves nothing. And it sends the next batch only
 * after the previous was acknowledged, starting again from its checkpoint: if the old
 * producer still delivers the abandoned batch late, that batch holds events the new one
 * has already delivered, in order, so consumers that drop the ids they have seen still
 * see each stream's events in order (docs/feeds.md).
 */
export class KafkaPublisher implements Publisher {
  private readonly kafka: Pick<Kafka, 'producer' | 'admin'>;
  private current?: Connection;
  /** For check(): kept while it answers, replaced when it does not. */
  private admin?: { admin: Admin; connected: Promise<void> };
  /** Producers given up on, disconnected once their last send has settled. */
  private readonly retired = new Set<Producer>();

  constructor(
    private readonly brokers: string[],
    options: KafkaPublisherOptions = {},
  ) {
    const logLevel = options.logLevel ?? 'info';
    this.kafka =
      options.kafka ??
      new Kafka({
        clientId: options.clientId ?? 'ring-of-steel-relay',
        brokers,
        logLevel: kafkaLogLevelOf(logLevel),
        logCreator: kafkaLogCreator(options.logger ?? processLogger('kafka', logLevel)),
      });
  }

  async publish(messages: FeedMessage[], abandoned?: AbortSignal): Promise<void> {
    const connection = (this.current ??= this.connect());
    const sent = connection.connected.then(() =>
      connection.producer.sendBatch({ acks: -1, topicMessages: byTopic(messages) }),
    );
    const retire = () => this.retire(connection, sent);
    abandoned?.addEventListener('abort', retire, { once: true });
    try {
      await sent;
    } catch (error) {
      retire();
      throw new Error(
        `Kafka (${this.brokers.join(', ')}) did not take the batch: ${(error as Error).message}`,
      );
    } finally {
      abandoned?.removeEventListener('abort', retire);
    }
  }

  /**
   * Whether the brokers answer and hold the relay's topics: one metadata request (the
   * topics' names). A check waiting to connect is shared by the next, not repeated.
   */
  async check(): Promise<void> {
    const admin = (this.admin ??= this.connectAdmin());
    let topics: string[];
    try {
      await admin.connected;
      topics = await admin.admin.listTopics();
    } catch (error) {
      if (this.admin === admin) this.admin = undefined;
      void admin.admin.disconnect().catch(() => undefined);
      throw new Error(
        `Kafka cannot be reached at ${this.brokers.join(', ')}: ${(error as Error).message}`,
      );
    }
    const missing = FEED_TOPICS.filter((topic) => !topics.includes(topic));
    if (missing.length)
      throw new Error(
        `Kafka (${this.brokers.join(', ')}) has no topic ${missing.join(' nor ')}: ` +
          'create the topics with infra/kafka/topics.sh',
      );
  }

  /** At shutdown: every producer at once, even one kafkajs is still retrying with. */
  async close(): Promise<void> {
    const clients: { disconnect(): Promise<void> }[] = [...this.retired];
    if (this.current) clients.push(this.current.producer);
    if (this.admin) clients.push(this.admin.admin);
    this.current = undefined;
    this.admin = undefined;
    this.retired.clear();
    await Promise.all(clients.map((client) => client.disconnect().catch(() => undefined)));
  }

  private connectAdmin() {
    const admin = this.kafka.admin();
    const connected = admin.connect();
    connected.catch(() => undefined); // the check waiting on it reports it
    return { admin, connected };
  }

  private connect(): Connection {
    const producer = this.kafka.producer(PRODUCER_CONFIG);
    const connected = producer.connect();
    connected.catch(() => undefined); // the publish waiting on it reports it
    return { producer, connected };
  }

  /**
   * The next publish gets a new producer. The old one is disconnected only once its send
   * has settled: while kafkajs still retries, it would reconnect a disconnected producer.
   */
  private retire(connection: Connection, sent: Promise<unknown>): void {
    if (this.current !== connection) return;
    this.current = undefined;
    this.retired.add(connection.producer);
    void sent
      .catch(() => undefined)
      .then(() => {
        if (!this.retired.delete(connection.producer)) return; // close() has it
        return connection.producer.disconnect();
      })
      .catch(() => undefined);
  }
}

/** The messages grouped by topic, each group in the order given. */
export const byTopic = (messages: FeedMessage[]) => {
  const topics = new Map<
    string,
    { key: string; value: string; headers: Record<string, string> }[]
  >();
  for (const { topic, key, event } of messages) {
    if (!topics.has(topic)) topics.set(topic, []);
    topics.get(topic)!.push({
      key,
      value: JSON.stringify(event),
      headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8' },
    });
  }
  return [...topics].map(([topic, topicMessages]) => ({ topic, messages: topicMessages }));
};
