import type { DataSource } from 'typeorm';
import type { ReadModelGenerations } from '../read-models/generations';

export interface EntryLogItem {
  entryId: string;
  force: string;
  kind: string;
  status: 'active' | 'corrected' | 'retracted';
  current: Record<string, unknown>;
  history: Record<string, unknown>[];
  recordedBy: string;
  recordedAt: string;
  position: string;
}

/** The only door to the entry log read model. */
export class EntryLogRepository {
  constructor(
    private readonly db: DataSource,
    private readonly generations: ReadModelGenerations,
  ) {}

  async page(query: {
    operation: string;
    phase: number;
    force?: string;
    kind?: string;
    status?: string;
    after?: string;
    limit: number;
  }): Promise<EntryLogItem[]> {
    const schema = await this.generations.active();
    const rows: (Omit<EntryLogItem, 'recordedAt'> & { recordedAt: Date })[] = await this.db.query(
      `SELECT entry_id AS "entryId", force, kind, status, current, history,
              recorded_by AS "recordedBy", recorded_at AS "recordedAt", position::text AS position
         FROM ${schema}.entry_log
        WHERE operation = $1 AND phase = $2
          AND ($3::text IS NULL OR force = $3) AND ($4::text IS NULL OR kind = $4)
          AND ($5::text IS NULL OR status = $5) AND ($6::bigint IS NULL OR position > $6)
        ORDER BY position LIMIT $7`,
      [
        query.operation,
        query.phase,
        query.force ?? null,
        query.kind ?? null,
        query.status ?? null,
        query.after ?? null,
        query.limit,
      ],
    );
    return rows.map((row) => ({ ...row, recordedAt: new Date(row.recordedAt).toISOString() }));
  }
}
