import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import { eventsProjected } from '@ros/platform';
import { DataSource } from 'typeorm';
import { createProjections, PROJECTION_NAMES } from './all-projections';
import { CatalogueRepository } from './catalogue/catalogue.reader';
import { EntryLogRepository } from './entry-log/entry-log.repository';
import { GetEntryHandler } from './entry-log/get-entry/get-entry.handler';
import { ListEntriesHandler } from './entry-log/list-entries/list-entries.handler';
import { ListForcesHandler } from './forces/list-forces/list-forces.handler';
import { GetOperationHandler } from './operations/get-operation/get-operation.handler';
import { ListOperationsHandler } from './operations/list-operations/list-operations.handler';
import { OperationStreams } from './operations/operation-streams';
import { ProjectionStatus } from './projector/projection-status';
import { Projector } from './projector/projector';
import { ReadModelGenerations } from './read-models/generations';
import { ProjectionProgress } from './read-your-writes/projection-progress';
import { GetForceTotalsHandler } from './totals/get-force-totals/get-force-totals.handler';
import { GetOperationTotalsHandler } from './totals/get-operation-totals/get-operation-totals.handler';
import { GetPhaseTotalsHandler } from './totals/get-phase-totals/get-phase-totals.handler';
import { GetSummaryHandler } from './totals/get-summary/get-summary.handler';
import { GetTagTotalsHandler } from './totals/get-tag-totals/get-tag-totals.handler';
import { TotalsRepository } from './totals/totals.reader';

export interface ProjectionsOptions {
  /** Run the projector in this process (the embedded default), or leave it to apps/projector. */
  runProjector: boolean;
  batchSize: number;
}

const PROJECTIONS_OPTIONS = Symbol('ProjectionsOptions');

/** Feeds the read models while the application runs, and stops with it. */
@Injectable()
class InProcessProjector implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('projector');

  constructor(
    private readonly projector: Projector,
    private readonly generations: ReadModelGenerations,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.generations.active(); // creates the first generation before anyone reads
    if (!this.options.runProjector) return;
    this.projector.start(this.generations);
    this.logger.log('Projecting events into the read models in this process');
  }

  // Before any module's shutdown closes the pools the projector's batch in hand still uses.
  beforeApplicationShutdown(): Promise<void> {
    return this.projector.stop();
  }
}

@Module({})
export class ProjectionsModule {
  static forRoot(options: ProjectionsOptions): DynamicModule {
    const logger = new Logger('projector');
    return {
      module: ProjectionsModule,
      // Global: publications read today's figures through the TotalsRepository.
      global: true,
      imports: [CqrsModule],
      providers: [
        { provide: PROJECTIONS_OPTIONS, useValue: options },
        {
          provide: ReadModelGenerations,
          useFactory: (db: DataSource) => new ReadModelGenerations(db),
          inject: [DataSource],
        },
        {
          provide: TotalsRepository,
          useFactory: (db: DataSource, g: ReadModelGenerations) => new TotalsRepository(db, g),
          inject: [DataSource, ReadModelGenerations],
        },
        {
          provide: CatalogueRepository,
          useFactory: (db: DataSource, g: ReadModelGenerations) => new CatalogueRepository(db, g),
          inject: [DataSource, ReadModelGenerations],
        },
        {
          provide: EntryLogRepository,
          useFactory: (db: DataSource, g: ReadModelGenerations) => new EntryLogRepository(db, g),
          inject: [DataSource, ReadModelGenerations],
        },
        {
          provide: ProjectionProgress,
          useFactory: (db: DataSource, g: ReadModelGenerations) => new ProjectionProgress(db, g),
          inject: [DataSource, ReadModelGenerations],
        },
        {
          provide: ProjectionStatus,
          useFactory: (db: DataSource, store: EventStore, g: ReadModelGenerations) =>
            new ProjectionStatus(db, store, g, PROJECTION_NAMES),
          inject: [DataSource, EVENT_STORE, ReadModelGenerations],
        },
        {
          provide: Projector,
          useFactory: (db: DataSource, store: EventStore) =>
            new Projector(db, store, createProjections(), {
              batchSize: options.batchSize,
              log: (message) => logger.warn(message),
              onProjected: (projection, count) => eventsProjected.inc({ projection }, count),
            }),
          inject: [DataSource, EVENT_STORE],
        },
        InProcessProjector,
        GetPhaseTotalsHandler,
        GetOperationTotalsHandler,
        GetForceTotalsHandler,
        GetTagTotalsHandler,
        GetSummaryHandler,
        ListEntriesHandler,
        GetEntryHandler,
        ListForcesHandler,
        OperationStreams,
        GetOperationHandler,
        ListOperationsHandler,
      ],
      exports: [
        ProjectionStatus,
        ReadModelGenerations,
        Projector,
        TotalsRepository,
        ProjectionProgress,
      ],
    };
  }
}
