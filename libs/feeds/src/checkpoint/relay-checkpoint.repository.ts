import type { Position } from '@ros/event-store';
import type { DataSource } from 'typeorm';
import type { RelayCheckpoint } from '../relay/relay-ports';

/** The only door to `relay_checkpoints`: one row per feed. */
export class RelayCheckpointRepository implements RelayCheckpoint {
  constructor(
    private readonly db: DataSource,
    readonly feed = 'kafka',
  ) {}

  async load(): Promise<Position | null> {
    const [row] = await this.db.query<{ position: string }[]>(
      'SELECT position FROM relay_checkpoints WHERE feed = $1',
      [this.feed],
    );
    return row ? BigInt(row.position) : null;
  }

  async save(position: Position): Promise<void> {
    await this.db.query(
      `INSERT INTO relay_checkpoints (feed, position) VALUES ($1, $2)
       ON CONFLICT (feed) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
      [this.feed, position.toString()],
    );
  }
}
