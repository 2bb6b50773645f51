import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UPCASTERS } from '@ros/domain';
import { EVENT_STORE, PostgresEventStore, type EventStore } from '@ros/event-store';
import { dataSourceOptions } from './data-source-options';

export const DATABASE_URL = Symbol('DatabaseUrl');

@Injectable()
class EventStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

/** PostgreSQL for the app's own tables (TypeORM) and the event store, on one server. */
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
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
          useFactory: () =>
            new PostgresEventStore({ connectionString: databaseUrl, upcasters: UPCASTERS }),
        },
        EventStoreShutdown,
      ],
      exports: [DATABASE_URL, EVENT_STORE],
    };
  }
}
