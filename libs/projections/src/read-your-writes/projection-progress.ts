import type { DataSource } from 'typeorm';
import { Checkpoints } from '../projector/checkpoints';
import type { ReadModelGenerations } from '../read-models/generations';

const POLL_MS = 20;

/** The longest a read may wait for `minPosition` (read-your-writes), in milliseconds. */
export const MAX_WAIT_MS = 10_000;

/** Read-your-writes: waits until a projection has reached a position, or the time is up. */
export class ProjectionProgress {
  constructor(
    private readonly db: DataSource,
    private readonly generations: ReadModelGenerations,
  ) {}

  async position(projection: string): Promise<bigint> {
    return new Checkpoints(this.db, await this.generations.active()).position(projection);
  }

  async waitFor(projection: string, minPosition: bigint | null, waitMs: number): Promise<void> {
    if (minPosition === null) return;
    const deadline = Date.now() + waitMs;
    while ((await this.position(projection)) < minPosition && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
