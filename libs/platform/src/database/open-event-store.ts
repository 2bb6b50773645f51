import { UPCASTERS } from '@ros/domain';
import { EventStoreDbEventStore, PostgresEventStore, type EventStore } from '@ros/event-store';
import type { EventStoreChoice } from '../config/app-config';

/** The event store the configuration chose; PostgreSQL keeps events beside the read models. */
export const openEventStore = (choice: EventStoreChoice, databaseUrl: string): EventStore =>
  choice.kind === 'eventstoredb'
    ? new EventStoreDbEventStore({
        connectionString: choice.connectionString,
        upcasters: UPCASTERS,
      })
    : new PostgresEventStore({ connectionString: databaseUrl, upcasters: UPCASTERS });
