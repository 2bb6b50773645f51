import type { EventStore, RecordedEvent } from '@ros/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelGenerations } from '../read-models/generations';
import { rebuildReadModels } from '../rebuild';
import { PoisonEvent, type Projection, type ProjectionContext } from './projection';

export interface ProjectorOptions {
  /** Events per transaction while catching up. */
  batchSize?: number;
  /** How often to look for new events once caught up. */
  idleMs?: number;
  log?: (message: string) => void;
  onProjected?: (projection: string, events: number) => void;
  /** How long an outdated generation stays readable after an upgrade's rebuild switched away. */
  retiredGraceMs?: number;
}

/**
 * Feeds the projections from the event store. For each projection and batch, one
 * transaction takes the projection's checkpoint row, applies the events and moves the
 * checkpoint: a crash at any point loses nothing and counts nothing twice. Two
 * projectors on one database cannot both apply a batch: the second finds the
 * checkpoint moved and reads again.
 */
export class Projector {
  private running = false;
  private stopped?: Promise<void>;
  private readonly knownCheckpoints = new Set<string>();

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly projections: Projection[],
    private readonly options: ProjectorOptions = {},
  ) {}

  /** Projects into the active generation until stopped, following switches to a new one. */
  start(generations: ReadModelGenerations): void {
    if (this.running) return;
    this.running = true;
    this.stopped = this.loop(generations);
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.stopped;
  }

  /** Runs one batch per projection into `schema`; returns how many events were applied. */
  async catchUpOnce(schema: string): Promise<number> {
    let applied = 0;
    for (const projection of this.projections)
      applied += await this.projectBatch(schema, projection);
    return applied;
  }

  /** Projects into `schema` until every projection has reached the last readable event. */
  async catchUp(schema: string): Promise<void> {
    while ((await this.catchUpOnce(schema)) > 0);
  }

  private async loop(generations: ReadModelGenerations): Promise<void> {
    let failures = 0;
    let layoutChecked = false;
    while (this.running) {
      try {
        if (!layoutChecked) await this.rebuildIfOutdated(generations);
        layoutChecked = true;
        const applied = await this.catchUpOnce(await generations.active());
        failures = 0;
        if (applied === 0) await this.sleep(this.options.idleMs ?? 50);
      } catch (error) {
        failures++;
        this.options.log?.(
          `Projection paused after an error (attempt ${failures}): ${(error as Error).message}`,
        );
        await this.sleep(Math.min(30_000, 100 * 2 ** failures));
      }
    }
  }

  /**
   * After an upgrade that projects figures differently, the rows already projected are not
   * what this version would project: rebuild them from the events, then carry on.
   */
  private async rebuildIfOutdated(generations: ReadModelGenerations): Promise<void> {
    if (!(await generations.activeIsOutdated())) return;
    const log = this.options.log ?? (() => undefined);
    log(
      'The read models were projected by an older version of Ring of Steel: rebuilding them ' +
        'from the events (the figures served until the switch are the old ones)',
    );
    await rebuildReadModels(generations, this, { log, graceMs: this.options.retiredGraceMs });
  }

  private async projectBatch(schema: string, projection: Projection): Promise<number> {
    const checkpoint = await this.checkpoint(schema, projection.name);
    // Read before the transaction: an open transaction of ours would hold back what we can read.
    const events = await this.store.readAll({
      after: checkpoint,
      maxCount: this.options.batchSize ?? 1000,
    });
    if (events.length === 0) return 0;
    const applied = await this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `SELECT position FROM ${schema}.checkpoints WHERE projection = $1 FOR UPDATE`,
        [projection.name],
      );
      if (BigInt(row.position) !== checkpoint) return 0; // another projector got there first
      await this.applyOrPark(tx, schema, projection, events);
      await tx.query(
        `UPDATE ${schema}.checkpoints SET position = $2, updated_at = now() WHERE projection = $1`,
        [projection.name, events[events.length - 1].position.toString()],
      );
      return events.length;
    });
    if (applied) this.options.onProjected?.(projection.name, applied);
    return applied;
  }

  /** The whole batch at once; if it fails, event by event, parking the ones that fail. */
  private async applyOrPark(
    tx: EntityManager,
    schema: string,
    projection: Projection,
    events: RecordedEvent[],
  ) {
    const context: ProjectionContext = { schema, query: (sql, params) => tx.query(sql, params) };
    try {
      await this.inSavepoint(tx, 'batch', () => projection.apply(events, context));
      return;
    } catch (error) {
      if (events.length === 1) return this.park(tx, schema, projection, events[0], error);
    }
    for (const event of events) {
      try {
        await this.inSavepoint(tx, 'single', () => projection.apply([event], context));
      } catch (error) {
        await this.park(tx, schema, projection, event, error);
      }
    }
  }

  private async inSavepoint(
    tx: EntityManager,
    name: string,
    work: () => Promise<void>,
  ): Promise<void> {
    await tx.query(`SAVEPOINT ${name}`);
    try {
      await work();
      await tx.query(`RELEASE SAVEPOINT ${name}`);
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  private async park(
    tx: EntityManager,
    schema: string,
    projection: Projection,
    event: RecordedEvent,
    error: unknown,
  ) {
    const message =
      error instanceof PoisonEvent ? error.message : `${(error as Error).message ?? error}`;
    this.options.log?.(
      `Parked event ${event.id} (${event.type}) at ${event.position} for ${projection.name}: ${message}`,
    );
    await tx.query(
      `INSERT INTO ${schema}.parked_events (projection, position, event_id, event_type, error)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [projection.name, event.position.toString(), event.id, event.type, message],
    );
  }

  private async checkpoint(schema: string, projection: string): Promise<bigint> {
    if (!this.knownCheckpoints.has(`${schema}.${projection}`)) {
      await this.db.query(
        `INSERT INTO ${schema}.checkpoints (projection, position) VALUES ($1, -1) ON CONFLICT DO NOTHING`,
        [projection],
      );
      this.knownCheckpoints.add(`${schema}.${projection}`);
    }
    const [row] = await this.db.query(
      `SELECT position FROM ${schema}.checkpoints WHERE projection = $1`,
      [projection],
    );
    return BigInt(row.position);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
