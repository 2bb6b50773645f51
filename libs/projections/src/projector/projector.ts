import { WakeablePause, type EventStore, type RecordedEvent } from '@ros/event-store';
import type { DataSource } from 'typeorm';
import { ensureReaderIndexes, type ReadModelGenerations } from '../read-models/generations';
import { rebuildReadModels } from '../rebuild';
import { Checkpoints } from './checkpoints';
import { inStep, type Step } from './in-step';
import { applyOrPark } from './apply-or-park';
import type { Projected, Projection, ProjectionContext } from './projection';

export interface ProjectorOptions {
  /** Events per transaction once caught up (default 1,000). */
  batchSize?: number;
  /**
   * The most events per transaction while behind: after each full batch the next one is
   * four times larger, up to this (default four times batchSize). A few large transactions
   * cost far less than many small ones; a projector that is caught up stays at batchSize.
   */
  catchUpBatchSize?: number;
  /** How often to look for new events once caught up. */
  idleMs?: number;
  log?: (message: string) => void;
  onProjected?: (projection: string, events: number) => void;
  /** How long an outdated generation stays readable after an upgrade's rebuild switched away. */
  retiredGraceMs?: number;
  /** How long catchUp waits for committed events held back by an open transaction (30 s). */
  committedWaitMs?: number;
}

/** How the projector's reading of the event store stands: for its health endpoint. */
export interface ProjectorReading {
  state: 'stopped' | 'following' | 'retrying';
  /** Failed attempts in a row, while retrying; each waits longer, up to 30 s. */
  attempts: number;
  /** Why the last attempt failed, while retrying. */
  lastError?: string;
}

/**
 * The events of a batch that a projection handles, typed as it declares them. The store
 * holds only the domain's events (EVENT_TYPES), upcast to today's schema as they are read,
 * so an event of a type the projection handles carries that type's data.
 */
const handledBy = (projection: Projection, events: RecordedEvent[]): Projected[] => {
  const types: readonly string[] = projection.handles;
  return events.filter((event) => types.includes(event.type)) as Projected[];
};

/**
 * Feeds the projections from the event store. Projections whose checkpoints stand at the
 * same position move in step: one read of the events, one transaction that locks their
 * checkpoints, applies the batch to each and moves them all. So the read models agree at
 * every committed position, and a crash loses nothing and counts nothing twice. Two
 * projectors on one database cannot both apply a batch: the second finds the checkpoints
 * moved and reads again.
 */
export class Projector {
  private running = false;
  private stopped?: Promise<void>;
  private readonly knownGenerations = new Set<string>();
  private readonly indexedGenerations = new Set<string>();
  /** How many events the next batch reads: grows while batches come back full. */
  private nextBatchSize: number;
  private prefetched?: { after: bigint; maxCount: number; events: Promise<RecordedEvent[]> };
  private readingState: ProjectorReading = { state: 'stopped', attempts: 0 };
  private readonly pause = new WakeablePause();

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly projections: Projection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.nextBatchSize = this.batchSize;
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 1000;
  }

  private get catchUpBatchSize(): number {
    return Math.max(this.batchSize, this.options.catchUpBatchSize ?? 4 * this.batchSize);
  }

  /** Projects into the active generation until stopped, following switches to a new one. */
  start(generations: ReadModelGenerations): void {
    if (this.running) return;
    this.running = true;
    this.readingState = { state: 'following', attempts: 0 };
    this.stopped = this.loop(generations);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.pause.wake();
    await this.stopped;
    this.readingState = { state: 'stopped', attempts: 0 };
  }

  reading(): ProjectorReading {
    return { ...this.readingState };
  }

  /** Runs one batch per step into `schema`; returns how many events were read and applied. */
  async catchUpOnce(schema: string, deferred = false): Promise<number> {
    const checkpoints = new Checkpoints(this.db, schema);
    if (!this.knownGenerations.has(schema)) {
      await checkpoints.ensure(this.projections.map((p) => p.name));
      this.knownGenerations.add(schema);
    }
    let applied = 0;
    for (const step of inStep(this.projections, await checkpoints.all()))
      applied += await this.projectBatch(schema, step, deferred);
    return applied;
  }

  /**
   * Projects into `schema` until every projection has reached the last readable event,
   * then gives it the readers' indexes it lacks (a new generation is made without them).
   * `deferred` is for a generation nobody reads yet (a rebuild's): what projections put
   * off is made at the end, in one transaction (see ProjectionContext.deferred).
   */
  async catchUp(schema: string, { deferred = false }: { deferred?: boolean } = {}): Promise<void> {
    await this.catchUpToCommitted(schema, deferred);
    if (deferred)
      await this.db.transaction(async (tx) => {
        const context: ProjectionContext = {
          schema,
          query: (sql, params) => tx.query(sql, params),
        };
        for (const projection of this.projections) await projection.completeDeferred?.(context);
      });
    await this.indexOnce(schema);
  }

  /**
   * Projects until every projection has read what was committed before the call. Another
   * transaction on the same server, of any database, can hold the readable bound back for a
   * moment: then this waits for it rather than stopping short (a rebuild would switch
   * readers early, a test would read too soon). A transaction left open for longer than
   * `committedWaitMs` is not waited out: the live projector projects the rest once it ends.
   */
  private async catchUpToCommitted(schema: string, deferred: boolean): Promise<void> {
    const target = await this.store.committedHead();
    const giveUpAt = Date.now() + (this.options.committedWaitMs ?? 30_000);
    for (;;) {
      if ((await this.catchUpOnce(schema, deferred)) > 0) continue;
      if (target === null || (await this.everyCheckpointAt(schema, target))) return;
      if (Date.now() > giveUpAt) {
        this.options.log?.(
          `Caught up to position ${await this.store.headPosition()}, short of ${target}: a transaction left open holds the rest back; the projector goes on once it ends`,
        );
        return;
      }
      await this.sleep(this.options.idleMs ?? 50);
    }
  }

  private async everyCheckpointAt(schema: string, position: bigint): Promise<boolean> {
    const checkpoints = await new Checkpoints(this.db, schema).all();
    return this.projections.every((p) => (checkpoints.get(p.name) ?? -1n) >= position);
  }

  private async indexOnce(schema: string): Promise<void> {
    if (this.indexedGenerations.has(schema)) return;
    await ensureReaderIndexes(this.db, schema);
    this.indexedGenerations.add(schema);
  }

  private async loop(generations: ReadModelGenerations): Promise<void> {
    let failures = 0;
    let layoutChecked = false;
    while (this.running) {
      try {
        if (!layoutChecked) await this.rebuildIfOutdated(generations);
        layoutChecked = true;
        const schema = await generations.active();
        const applied = await this.catchUpOnce(schema);
        failures = 0;
        this.readingState = { state: 'following', attempts: 0 };
        if (applied === 0) {
          await this.indexOnce(schema);
          await this.sleep(this.options.idleMs ?? 50);
        }
      } catch (error) {
        failures++;
        this.readingState = {
          state: 'retrying',
          attempts: failures,
          lastError: (error as Error).message,
        };
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

  private async projectBatch(schema: string, step: Step, deferred: boolean): Promise<number> {
    // Read before the transaction: an open transaction of ours would hold back what we can read.
    const read = await this.read(step.from);
    const events = read.filter((event) => step.until === undefined || event.position <= step.until);
    // Behind: read the next batch while this one is applied. If this one does not commit,
    // or another projector moves first, the next step starts elsewhere and drops it.
    if (step.until === undefined && read.length > 0 && this.nextBatchSize > this.batchSize)
      this.prefetch(read[read.length - 1].position);
    if (events.length === 0) return 0;
    const names = step.projections.map((p) => p.name);
    const applied = await this.db.transaction(async (tx) => {
      const checkpoints = new Checkpoints(tx, schema);
      if (!(await checkpoints.lockAt(names, step.from))) return 0; // another projector got there first
      const context: ProjectionContext = {
        schema,
        query: (sql, params) => tx.query(sql, params),
        deferred,
      };
      for (const projection of step.projections)
        await applyOrPark(tx, context, projection, handledBy(projection, events), this.options.log);
      await checkpoints.move(names, events[events.length - 1].position);
      return events.length;
    });
    if (applied) for (const name of names) this.options.onProjected?.(name, applied);
    return applied;
  }

  /** The events after `after`, as many as the next batch takes (see catchUpBatchSize). */
  private async read(after: bigint): Promise<RecordedEvent[]> {
    const maxCount = this.nextBatchSize;
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const read =
      prefetched?.after === after && prefetched.maxCount === maxCount
        ? await prefetched.events
        : await this.store.readAll({ after, maxCount });
    this.nextBatchSize =
      read.length < maxCount ? this.batchSize : Math.min(this.catchUpBatchSize, maxCount * 4);
    return read;
  }

  private prefetch(after: bigint): void {
    const maxCount = this.nextBatchSize;
    const events = this.store.readAll({ after, maxCount });
    events.catch(() => undefined); // a failure shows when (if) the batch is read
    this.prefetched = { after, maxCount, events };
  }

  /** A pause that stop() cuts short: shutting down never waits out a back-off of 30 s. */
  private sleep(ms: number): Promise<void> {
    return this.pause.for(ms);
  }
}
