import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import type { EventStoreChoice } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { openEventStore } from './open-event-store';

export const DATABASE_URL = Symbol('DatabaseUrl');

@Injectable()
class EventStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

/** PostgreSQL for the app's own tables (TypeORM), and the event store: by default on the same server. */
@Module({})
export class DatabaseModule {
  static forRoot(
    databaseUrl: string,
    eventStore: EventStoreChoice = { kind: 'postgres' },
  ): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), autoLoadEntities: true }),
      ],
      providers: [
        { provide: DATABASE_URL, useValue: databaseUrl },
        {
          provide: EVENT_STORE,
          useFactory: () => openEventStore(eventStore, databaseUrl),
        },
        EventStoreShutdown,
      ],
      exports: [DATABASE_URL, EVENT_STORE],
    };
  }
}
