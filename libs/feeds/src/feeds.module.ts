import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import { processLog, type AppConfig } from '@ros/platform';
import type { DataSource } from 'typeorm';
import { RelayCheckpointRepository } from './checkpoint/relay-checkpoint.repository';
import { KafkaPublisher } from './kafka/kafka-publisher';
import { Relay } from './relay/relay';

type FeedsConfig = Pick<AppConfig, 'kafkaBrokers' | 'relay' | 'kafkaPublishTimeoutMs' | 'logLevel'>;

/** What health says of the feed to Kafka from this process. */
export type RelayHealth = ReturnType<Relay['health']> | { state: 'off'; reason: string };

@Injectable()
export class FeedRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly relay: Relay | null;
  private readonly publisher: KafkaPublisher | null;
  private readonly offReason: string;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(getDataSourceToken()) db: DataSource,
    @Inject('FEEDS_CONFIG') config: FeedsConfig,
  ) {
    const runsHere = config.kafkaBrokers !== null && config.relay === 'in-process';
    this.offReason = !config.kafkaBrokers
      ? 'KAFKA_BROKERS is not set'
      : 'RELAY=off: apps/relay publishes';
    this.publisher = runsHere
      ? new KafkaPublisher(config.kafkaBrokers!, { logLevel: config.logLevel })
      : null;
    this.relay = this.publisher
      ? new Relay(store, this.publisher, new RelayCheckpointRepository(db), {
          log: processLog('relay'),
          publishTimeoutMs: config.kafkaPublishTimeoutMs,
        })
      : null;
  }

  onApplicationBootstrap(): void {
    this.relay?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.publisher?.close();
  }

  health(): RelayHealth {
    return this.relay?.health() ?? { state: 'off', reason: this.offReason };
  }
}

/** The feed of events to other systems over Kafka, when KAFKA_BROKERS is set. */
@Module({})
export class FeedsModule {
  static forRoot(config: FeedsConfig): DynamicModule {
    return {
      module: FeedsModule,
      global: true,
      providers: [{ provide: 'FEEDS_CONFIG', useValue: config }, FeedRelay],
      exports: [FeedRelay],
    };
  }
}
