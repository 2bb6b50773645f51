import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelGenerations } from '../read-models/generations';
import { needsLedger, type TotalsFilter } from './totals-filter';

export interface MetricRow {
  operation: string;
  phase: number;
  force: string;
  metric: string;
  value: number;
}

export interface CatalogueOperation {
  id: string;
  name: string;
  scope: string;
  forces: string[];
  phases: {
    number: number;
    name: string;
    status: string;
    startsOn: string;
    endsOn: string | null;
  }[];
}

export interface Where {
  operation?: string;
  phase?: number;
  force?: string;
  tag?: string;
}

/**
 * The only door to the totals read model. Each read runs in one REPEATABLE READ
 * transaction, so the figures and the position they were projected to agree.
 */
export class TotalsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly generations: ReadModelGenerations,
  ) {}

  async read<T>(work: (reader: TotalsReader) => Promise<T>): Promise<T> {
    const schema = await this.generations.active();
    return this.db.transaction('REPEATABLE READ', (tx) => work(new TotalsReader(tx, schema)));
  }
}

export class TotalsReader {
  constructor(
    private readonly tx: EntityManager,
    private readonly schema: string,
  ) {}

  /** How far the totals projection has got: a position, as a decimal string. */
  async projectedPosition(): Promise<string> {
    const [row] = await this.tx.query(
      `SELECT position FROM ${this.schema}.checkpoints WHERE projection = 'totals'`,
    );
    return row && BigInt(row.position) > 0n ? String(row.position) : '0';
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
      ? `SELECT operation, phase, force, metric, sum(delta)::float8 AS value FROM ${this.schema}.ledger ${whereSql}
          GROUP BY operation, phase, force, metric`
      : `SELECT operation, phase, force, metric, value::float8 AS value FROM ${this.schema}.totals ${whereSql}`;
    return this.tx.query(sql, params);
  }

  async operations(): Promise<CatalogueOperation[]> {
    const operations: { id: string; name: string; scope: string; forces: string[] }[] =
      await this.tx.query(
        `SELECT id, name, scope, forces FROM ${this.schema}.operations ORDER BY id`,
      );
    const phases: {
      operation: string;
      number: number;
      name: string;
      status: string;
      starts_on: string;
      ends_on: string | null;
    }[] = await this.tx.query(
      `SELECT operation, number, name, status, starts_on::text, ends_on::text FROM ${this.schema}.phases ORDER BY operation, number`,
    );
    return operations.map((operation) => ({
      ...operation,
      phases: phases
        .filter((p) => p.operation === operation.id)
        .map((p) => ({
          number: p.number,
          name: p.name,
          status: p.status,
          startsOn: p.starts_on,
          endsOn: p.ends_on,
        })),
    }));
  }

  /** The five forces with the population figures rates are computed against. */
  async forces(): Promise<
    { id: string; name: string; population: number; populationSource: string }[]
  > {
    return this.tx.query(
      `SELECT id, name, population, population_source AS "populationSource" FROM public.forces ORDER BY id`,
    );
  }

  /** The first day anything counted occurred on, or null. */
  async since(filter: TotalsFilter): Promise<string | null> {
    if (filter.from) return filter.from;
    const [row] = await this.tx.query(
      `SELECT min(occurred_on)::text AS since FROM ${this.schema}.ledger`,
    );
    return row?.since ?? null;
  }
}
