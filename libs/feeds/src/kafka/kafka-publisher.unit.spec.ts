import type { Admin, Kafka, Producer, ProducerBatch, ProducerConfig } from 'kafkajs';
import { Partitioners } from 'kafkajs';
import type { FeedMessage } from '../relay/relay-ports';
import { EVENTS_TOPIC, NRCU_TOPIC } from '../relay/topics';
import { KafkaPublisher } from './kafka-publisher';

/**
 * kafkajs's client stood in for (no broker can run here): what the publisher asks of its
 * producers, and when it drops one. What Kafka itself does is the int suite's.
 */
class FakeProducer {
  connects = 0;
  disconnects = 0;
  readonly batches: ProducerBatch[] = [];
  /** What each sendBatch answers, in turn; after those, an acknowledgement. */
  readonly answers: (() => Promise<void>)[] = [];
  constructor(readonly config: ProducerConfig) {}
  async connect() {
    this.connects++;
  }
  async disconnect() {
    this.disconnects++;
  }
  async sendBatch(batch: ProducerBatch) {
    this.batches.push(batch);
    await this.answers.shift()?.();
    return [];
  }
}

class FakeAdmin {
  disconnects = 0;
  constructor(
    readonly connect: () => Promise<void>,
    public listTopics: () => Promise<string[]>,
  ) {}
  async disconnect() {
    this.disconnects++;
  }
}

class FakeKafka {
  readonly producers: FakeProducer[] = [];
  readonly admins: FakeAdmin[] = [];
  /** How the next admin made connects, and which topics the cluster holds. */
  adminConnects = async () => undefined;
  topics = [EVENTS_TOPIC, NRCU_TOPIC, '__consumer_offsets'];
  admin() {
    const admin = new FakeAdmin(this.adminConnects, async () => this.topics);
    this.admins.push(admin);
    return admin as unknown as Admin;
  }
  /** Answers for the next producer made. */
  nextAnswers: (() => Promise<void>)[] = [];
  producer(config: ProducerConfig) {
    const producer = new FakeProducer(config);
    producer.answers.push(...this.nextAnswers.splice(0));
    this.producers.push(producer);
    return producer as unknown as Producer;
  }
}

const message = (id: string): FeedMessage => ({
  topic: EVENTS_TOPIC,
  key: 'entry-a',
  event: { id } as FeedMessage['event'],
});
const flush = () => new Promise((r) => setImmediate(r));

const publisherWith = (kafka: FakeKafka) =>
  new KafkaPublisher(['kafka-1:9092', 'kafka-2:9092'], { kafka: kafka as unknown as Kafka });

describe('the Kafka publisher', () => {
  it('keeps one idempotent producer, with the Java client’s partitioner, while Kafka acknowledges', async () => {
    const kafka = new FakeKafka();
    const publisher = publisherWith(kafka);
    await publisher.publish([message('1')]);
    await publisher.publish([message('2')]);
    expect(kafka.producers).toHaveLength(1);
    const [producer] = kafka.producers;
    expect(producer.connects).toBe(1);
    expect(producer.config).toMatchObject({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    expect(producer.config.retry?.retries).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(producer.batches.map((b) => b.acks)).toEqual([-1, -1]);
    await publisher.close();
    expect(producer.disconnects).toBe(1);
  });

  it('after a refused batch, sends the next through a new producer (a new producer id) and disconnects the old', async () => {
    const kafka = new FakeKafka();
    kafka.nextAnswers = [
      async () => {
        throw new Error('The broker received an out of order sequence number');
      },
    ];
    const publisher = publisherWith(kafka);
    await expect(publisher.publish([message('1')])).rejects.toThrow(
      'Kafka (kafka-1:9092, kafka-2:9092) did not take the batch: The broker received an out of order sequence number',
    );
    await publisher.publish([message('1')]);
    expect(kafka.producers).toHaveLength(2);
    const [old, fresh] = kafka.producers;
    expect(fresh.connects).toBe(1);
    expect(fresh.batches).toHaveLength(1);
    await flush();
    expect(old.disconnects).toBe(1);
  });

  it('after a batch the relay gave up on, sends the next through a new producer, and drops the old one once kafkajs has given up too', async () => {
    const kafka = new FakeKafka();
    let giveUp!: (error: Error) => void;
    kafka.nextAnswers = [() => new Promise<void>((_, reject) => (giveUp = reject))];
    const publisher = publisherWith(kafka);
    const relayGivesUp = new AbortController();
    const stuck = publisher.publish([message('1')], relayGivesUp.signal);
    stuck.catch(() => undefined);
    await flush();
    relayGivesUp.abort();

    await publisher.publish([message('1')]);
    const [old, fresh] = kafka.producers;
    expect(fresh.batches).toHaveLength(1);
    // kafkajs still retries through the old one: disconnected now, it would reconnect.
    expect(old.disconnects).toBe(0);
    giveUp(new Error('Not enough in-sync replicas'));
    await flush();
    expect(old.disconnects).toBe(1);
    // A later failure of the abandoned batch does not retire the producer now in use.
    await publisher.publish([message('2')]);
    expect(kafka.producers).toHaveLength(2);
  });

  it('checks that the brokers answer and hold both topics, naming what is wrong', async () => {
    const kafka = new FakeKafka();
    const publisher = publisherWith(kafka);
    await expect(publisher.check()).resolves.toBeUndefined();
    await expect(publisher.check()).resolves.toBeUndefined();
    expect(kafka.admins).toHaveLength(1);

    kafka.topics = [EVENTS_TOPIC];
    await expect(publisher.check()).rejects.toThrow(
      'Kafka (kafka-1:9092, kafka-2:9092) has no topic ringofsteel.ragwort-nrcu.v1: create the topics with infra/kafka/topics.sh',
    );
    expect(kafka.admins).toHaveLength(1);

    kafka.adminConnects = async () => {
      throw new Error('Connection error: connect ECONNREFUSED 10.0.0.7:9092');
    };
    kafka.admins[0].listTopics = async () => {
      throw new Error('Connection error: connect ECONNREFUSED 10.0.0.7:9092');
    };
    await expect(publisher.check()).rejects.toThrow(
      'Kafka cannot be reached at kafka-1:9092, kafka-2:9092: Connection error: connect ECONNREFUSED 10.0.0.7:9092',
    );
    expect(kafka.admins[0].disconnects).toBe(1);
    // The next check connects afresh, and reports the broker as it is then.
    await expect(publisher.check()).rejects.toThrow('cannot be reached');
    expect(kafka.admins).toHaveLength(2);
    kafka.adminConnects = async () => undefined;
    kafka.topics = [EVENTS_TOPIC, NRCU_TOPIC];
    await expect(publisher.check()).resolves.toBeUndefined();
    expect(kafka.admins).toHaveLength(3);
  });
});
