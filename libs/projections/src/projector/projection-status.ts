import { ApiProperty } from '@nestjs/swagger';
import type { EventStore } from '@ros/event-store';
import type { DataSource } from 'typeorm';
import { POSITION_SCHEMA } from '@ros/platform';
import type { ReadModelGenerations } from '../read-models/generations';
import { Checkpoints, NOT_STARTED } from './checkpoints';

/** Where a projection stands. */
export class ProjectionState {
  @ApiProperty({ example: 'totals' })
  projection!: string;

  @ApiProperty({ description: 'The read models’ generation it feeds (a rebuild makes a new one).' })
  generation!: string;

  @ApiProperty({ ...POSITION_SCHEMA, description: 'The last event it has applied.' })
  position!: string;

  @ApiProperty({
    minimum: 0,
    description:
      'Seconds since the oldest event it has not applied was recorded; 0 when caught up.',
  })
  lagSeconds!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Events it could not apply, set aside (see the runbook).',
  })
  parked!: number;
}

/** Where each projection stands: for health, /metrics and the CLI's status command. */
export class ProjectionStatus {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly generations: ReadModelGenerations,
    private readonly projections: string[],
  ) {}

  async read(generation?: string): Promise<ProjectionState[]> {
    const schema = generation ?? (await this.generations.active());
    const checkpoints = await new Checkpoints(this.db, schema).all();
    const parked: { projection: string; count: number }[] = await this.db.query(
      `SELECT projection, count(*)::int AS count FROM ${schema}.parked_events GROUP BY projection`,
    );
    return Promise.all(
      this.projections.map(async (projection) => {
        const position = checkpoints.get(projection) ?? NOT_STARTED;
        const [next] = await this.store.readAll({ after: position, maxCount: 1 });
        return {
          projection,
          generation: schema,
          position: position > 0n ? position.toString() : '0',
          lagSeconds: next ? Math.max(0, (Date.now() - next.recordedAt.getTime()) / 1000) : 0,
          parked: parked.find((p) => p.projection === projection)?.count ?? 0,
        };
      }),
    );
  }
}
