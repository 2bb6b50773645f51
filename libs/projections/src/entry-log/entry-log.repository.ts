import type { DataSource } from 'typeorm';
import type { ReadModelGenerations } from '../read-models/generations';
import type { EntryLogItem } from './entry-log.answers';

export interface EntryLogFilter {
  operation: string;
  phase: number;
  force?: string;
  kind?: string;
  status?: string;
}

type Row = EntryLogItem & { recordedAt: Date; cursorPosition: string };

const COLUMNS = `entry_id AS "entryId", force, kind, status, current, history,
  recorded_by AS "recordedBy", recorded_at AS "recordedAt", position::text AS "cursorPosition"`;

const item = ({ cursorPosition: _, ...row }: Row): EntryLogItem => ({
  ...row,
  recordedAt: new Date(row.recordedAt).toISOString(),
});

/** The only door to the entry log read model. */
export class EntryLogRepository {
  constructor(
    private readonly db: DataSource,
    private readonly generations: ReadModelGenerations,
  ) {}

  /**
   * Up to `limit` entries after `after` (a position), in the order they were logged. The
   * order is the numeric position: as text, 999 would sort after 1000 and a page would
   * skip entries.
   */
  async page(
    filter: EntryLogFilter,
    after: string | undefined,
    limit: number,
  ): Promise<{ item: EntryLogItem; position: string }[]> {
    const schema = await this.generations.active();
    const rows: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM ${schema}.entry_log
        WHERE operation = $1 AND phase = $2
          AND ($3::text IS NULL OR force = $3) AND ($4::text IS NULL OR kind = $4)
          AND ($5::text IS NULL OR status = $5) AND ($6::bigint IS NULL OR position > $6)
        ORDER BY entry_log.position LIMIT $7`,
      [
        filter.operation,
        filter.phase,
        filter.force ?? null,
        filter.kind ?? null,
        filter.status ?? null,
        after ?? null,
        limit,
      ],
    );
    return rows.map((row) => ({ item: item(row), position: row.cursorPosition }));
  }

  /**
   * One entry of a phase, or null; with `force`, only that force's (another force's entry
   * is never read, so it cannot leak past a forgotten check).
   */
  async find(
    operation: string,
    phase: number,
    entryId: string,
    force: string | undefined,
  ): Promise<EntryLogItem | null> {
    const schema = await this.generations.active();
    const [row]: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM ${schema}.entry_log
        WHERE entry_id = $1 AND operation = $2 AND phase = $3 AND ($4::text IS NULL OR force = $4)`,
      [entryId, operation, phase, force ?? null],
    );
    return row ? item(row) : null;
  }
}
