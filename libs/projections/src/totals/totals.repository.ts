import { FORCES, type ForceId } from '@ros/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelGenerations } from '../read-models/generations';
import { milliSql } from './milli';
import type { ForcePopulation } from './totals.answers';
import { needsLedger, type TotalsFilter } from './totals-filter';

export interface MetricRow {
  operation: string;
  phase: number;
  force: string;
  metric: string;
  /** The summed figure in thousandths (see milli.ts). */
  milli: bigint;
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
      ? `SELECT operation, phase, force, metric, ${milliSql('sum(delta)')} AS milli
           FROM ${this.schema}.ledger ${whereSql} GROUP BY operation, phase, force, metric`
      : `SELECT operation, phase, force, metric, ${milliSql('value')} AS milli
           FROM ${this.schema}.totals ${whereSql}`;
    const rows: (Omit<MetricRow, 'milli'> & { milli: string })[] = await this.tx.query(sql, params);
    return rows.map((row) => ({ ...row, milli: BigInt(row.milli) }));
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

  /**
   * The five forces, each with the estimate rates use for `day`: the latest to apply on or
   * before it, among those recorded by `asOf` (as known then). Before its first estimate
   * applies, a force keeps its earliest one.
   */
  async forces(day: string, asOf?: Date): Promise<ForcePopulation[]> {
    const rows: {
      force: ForceId;
      population: number;
      source: string;
      applies_from: string;
    }[] = await this.tx.query(
      `SELECT DISTINCT ON (force) force, population, source, applies_from::text
         FROM ${this.schema}.population_estimates
        ORDER BY force,
                 ($2::timestamptz IS NULL OR recorded_at <= $2) DESC,
                 (applies_from <= $1::date) DESC,
                 CASE WHEN applies_from <= $1::date THEN applies_from END DESC NULLS LAST,
                 applies_from, position DESC`,
      [day, asOf?.toISOString() ?? null],
    );
    return rows
      .sort((a, b) => a.force.localeCompare(b.force))
      .map((row) => ({
        id: row.force,
        name: FORCES[row.force].name,
        population: row.population,
        populationSource: row.source,
        populationAppliesFrom: row.applies_from,
      }));
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
