import type { DataSource, EntityManager } from 'typeorm';
import { CatalogueReader } from '../catalogue/catalogue.reader';
import { Checkpoints } from '../projector/checkpoints';
import type { ReadModelGenerations } from '../read-models/generations';
import { inSnapshot } from '../read-models/snapshot';
import { milliSql } from './milli';
import { needsLedger, type TotalsFilter } from './totals-filter';

export interface MetricRow {
  operation: string;
  phase: number;
  force: string;
  metric: string;
  /** The summed figure in thousandths (see milli.ts). */
  milli: bigint;
}

export interface Where {
  operation?: string;
  phase?: number;
  force?: string;
  tag?: string;
}

/**
 * The only door to the totals read model. Each read runs in one REPEATABLE READ
 * transaction with the catalogue's: the figures, their shape and the position they were
 * projected to agree (the projector moves both projections in step).
 */
export class TotalsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly generations: ReadModelGenerations,
  ) {}

  read<T>(work: (totals: TotalsReader, catalogue: CatalogueReader) => Promise<T>): Promise<T> {
    return inSnapshot(this.db, this.generations, (tx, schema) =>
      work(new TotalsReader(tx, schema), new CatalogueReader(tx, schema)),
    );
  }
}

export class TotalsReader {
  constructor(
    private readonly tx: EntityManager,
    private readonly schema: string,
  ) {}

  /** How far the totals projection has got: a position, as a decimal string. */
  async projectedPosition(): Promise<string> {
    const position = await new Checkpoints(this.tx, this.schema).position('totals');
    return position > 0n ? position.toString() : '0';
  }

  async metrics(where: Where, filter: TotalsFilter): Promise<MetricRow[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const condition = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (where.operation !== undefined) condition('operation = ?', where.operation);
    if (where.phase !== undefined) condition('phase = ?', where.phase);
    if (where.force !== undefined) condition('force = ?', where.force);
    const fromLedger = needsLedger(filter) || where.tag !== undefined;
    if (where.tag !== undefined) condition('tags @> ARRAY[?]::text[]', where.tag);
    if (filter.asOf) condition('recorded_at <= ?', filter.asOf.toISOString());
    if (filter.from) condition('occurred_on >= ?', filter.from);
    if (filter.to) condition('occurred_on <= ?', filter.to);
    const whereSql = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const sql = fromLedger
      ? `SELECT operation, phase, force, metric, ${milliSql('sum(delta)')} AS milli
           FROM ${this.schema}.ledger ${whereSql} GROUP BY operation, phase, force, metric`
      : `SELECT operation, phase, force, metric, ${milliSql('value')} AS milli
           FROM ${this.schema}.totals ${whereSql}`;
    const rows: (Omit<MetricRow, 'milli'> & { milli: string })[] = await this.tx.query(sql, params);
    return rows.map((row) => ({ ...row, milli: BigInt(row.milli) }));
  }

  /** The first day anything counted occurred on, or null. */
  async since(filter: TotalsFilter): Promise<string | null> {
    if (filter.from) return filter.from;
    // Without asOf, a plain min() that PostgreSQL answers from the occurred_on index.
    const [row] = filter.asOf
      ? await this.tx.query(
          `SELECT min(occurred_on)::text AS since FROM ${this.schema}.ledger WHERE recorded_at <= $1`,
          [filter.asOf.toISOString()],
        )
      : await this.tx.query(`SELECT min(occurred_on)::text AS since FROM ${this.schema}.ledger`);
    return row?.since ?? null;
  }
}
