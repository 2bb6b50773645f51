import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@ros/event-store';
import { PROJECTION_NAMES, ProjectionProgress } from '@ros/projections';
import { seedDemoRegion } from './seed/seed-demo-region';
import type { DemoWrites, SeedTally } from './seed/demo-writes';

/** A projector catching up a fresh database with the demo needs seconds, not minutes. */
const CATCH_UP_MS = 60_000;

/** The demo seed inside an application (the API with SEED_DEMO=true, or the CLI). */
@Injectable()
export class DemoSeeder {
  private readonly writes: DemoWrites;

  constructor(
    commands: CommandBus,
    queries: QueryBus,
    private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.writes = {
      commands,
      queries,
      readModelsReach: (position) => this.readModelsReach(position),
      headPosition: () => this.store.headPosition(),
    };
  }

  seed(say: (line: string) => void): Promise<SeedTally> {
    return seedDemoRegion(this.writes, say);
  }

  private async readModelsReach(position: bigint): Promise<void> {
    for (const projection of PROJECTION_NAMES) {
      await this.progress.waitFor(projection, position, CATCH_UP_MS);
      if ((await this.progress.position(projection)) < position)
        throw new Error(
          `The read model '${projection}' did not reach the demo's entries within ${CATCH_UP_MS / 1000} s: is a projector running? (with PROJECTIONS=off, apps/projector must be)`,
        );
    }
  }
}
