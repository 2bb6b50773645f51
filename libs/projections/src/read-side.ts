import {
  dataSourceOptions,
  eventsProjected,
  openEventStore,
  type EventStoreChoice,
} from '@ros/platform';
import { DataSource } from 'typeorm';
import { createProjections, PROJECTION_NAMES } from './all-projections';
import { ProjectionStatus } from './projector/projection-status';
import { Projector } from './projector/projector';
import { ReadModelGenerations } from './read-models/generations';

/** The read side outside the API (apps/projector, the CLI, tests, benchmarks): its parts, wired. */
export const openReadSide = async (
  databaseUrl: string,
  options: {
    batchSize?: number;
    catchUpBatchSize?: number;
    log?: (message: string) => void;
    eventStore?: EventStoreChoice;
  } = {},
) => {
  const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  const store = openEventStore(options.eventStore ?? { kind: 'postgres' }, databaseUrl);
  const generations = new ReadModelGenerations(db);
  const projector = new Projector(db, store, createProjections(), {
    batchSize: options.batchSize,
    catchUpBatchSize: options.catchUpBatchSize,
    log: options.log,
    onProjected: (projection, count) => eventsProjected.inc({ projection }, count),
  });
  return {
    db,
    store,
    generations,
    projector,
    status: new ProjectionStatus(db, store, generations, PROJECTION_NAMES),
    close: async () => {
      await projector.stop();
      await store.close();
      await db.destroy();
    },
  };
};

export type ReadSide = Awaited<ReturnType<typeof openReadSide>>;
