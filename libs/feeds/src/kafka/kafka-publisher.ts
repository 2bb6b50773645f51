import { Kafka, type Producer } from 'kafkajs';
import type { FeedMessage, Publisher } from '../relay/relay-ports';

/**
 * Publishes to Kafka with an idempotent producer: a batch the broker received but did not
 * answer is not stored twice when it is resent, and with one request in flight messages
 * of a partition keep their order. `acks: -1` waits for every in-sync replica.
 */
export class KafkaPublisher implements Publisher {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(brokers: string[], clientId = 'ring-of-steel-relay') {
    this.producer = new Kafka({ clientId, brokers }).producer({
      idempotent: true,
      maxInFlightRequests: 1,
    });
  }

  async publish(messages: FeedMessage[]): Promise<void> {
    this.connected ??= this.producer.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    await this.producer.sendBatch({ acks: -1, topicMessages: byTopic(messages) });
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
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
