import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { EVENT_SOURCE } from '../envelope/cloud-event';
import { EVENTS_TOPIC } from '../relay/topics';
import { KafkaPublisher } from './kafka-publisher';

/**
 * Against a real broker only (no Kafka can run on the CI machines): without KAFKA_BROKERS
 * the suite is reported as skipped, under a name that says why. The topics must exist
 * (infra/kafka/topics.sh creates them; the compose broker does not create topics itself).
 */
const brokers = process.env.KAFKA_BROKERS?.split(',');
const describeWithBroker = brokers ? describe : describe.skip;
if (!brokers)
  console.info('Kafka publisher suite skipped: KAFKA_BROKERS is not set (no broker here).');

describeWithBroker(
  brokers
    ? 'publishing to Kafka'
    : 'publishing to Kafka — SKIPPED: set KAFKA_BROKERS (e.g. localhost:9092) to run it against a broker',
  () => {
    it('publishes a CloudEvent keyed by its stream, readable by a consumer', async () => {
      const publisher = new KafkaPublisher(brokers!, { clientId: `test-${randomUUID()}` });
      const subject = `entry-${randomUUID()}`;
      const id = randomUUID();
      await publisher.publish([
        {
          topic: EVENTS_TOPIC,
          key: subject,
          event: {
            specversion: '1.0',
            id,
            type: 'ArrestMade',
            source: EVENT_SOURCE,
            subject,
            time: new Date().toISOString(),
            datacontenttype: 'application/json',
            dataschemaversion: 1,
            position: '1',
            data: { count: 1 },
          },
        },
      ]);
      await publisher.close();
      const consumer = new Kafka({ brokers: brokers! }).consumer({
        groupId: `test-${randomUUID()}`,
      });
      await consumer.connect();
      await consumer.subscribe({ topic: EVENTS_TOPIC, fromBeginning: true });
      const found = await new Promise<{ key: string; id: string }>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) => {
            const event = JSON.parse(message.value!.toString());
            if (event.id === id) resolve({ key: message.key!.toString(), id: event.id });
          },
        });
      });
      await consumer.disconnect();
      expect(found).toEqual({ key: subject, id });
    }, 60_000);

    it('finds the brokers holding both topics, as the relay’s health check asks', async () => {
      const publisher = new KafkaPublisher(brokers!, { clientId: `test-${randomUUID()}` });
      await expect(publisher.check()).resolves.toBeUndefined();
      await publisher.close();
    }, 30_000);
  },
);
