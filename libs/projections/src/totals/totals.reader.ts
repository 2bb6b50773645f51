import type { DataSource, EntityManager } from 'typeorm';
import { oneReadPerTurn } from '@ros/platform';
import { CatalogueReader, REGISTRATION_TIMES_LAYOUT } from '../catalogue/catalogue.reader';
import { Checkpoints } from '../projector/checkpoints';
import type { ReadModelGenerations } from '../read-models/generations';
import { AnswerCache, standingOf } from '../read-models/answer-cache';
import { inSnapshot } from '../read-models/snapshot';
import { milliSql } from './milli';
import { occurredCover, recordedCover, type Buckets } from './rollup-cover';
import type { TotalsFilter } from './totals-filter';

const KEY = 'operation, phase, force, metric';
/** The first layout with the rollups (see generation-tables.ts). */
const ROLLUPS_LAYOUT = 4;
/** How many of asOf's hour's ledger rows on each side are counted to choose the smaller. */
const SIDE_PROBE = 5000;

/** Positional parameters, numbered as they are added. */
class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const whereSql = (where: Where, sql: SqlParams): string => {
  const conditions = ['true'];
  if (where.operation !== undefined) conditions.push(`operation = ${sql.add(where.operation)}`);
  if (where.phase !== undefined) conditions.push(`phase = ${sql.add(where.phase)}`);
  if (where.force !== undefined) conditions.push(`force = ${sql.add(where.force)}`);
  return conditions.join(' AND ');
};

/** Rollup rows of the given buckets: `(span = … AND start >= … AND start < …) OR …`. */
const bucketsSql = (buckets: Buckets[], column: string, type: string, sql: SqlParams): string =>
  buckets
    .map((b) =>
      [
        `span = ${sql.add(b.span)}`,
        ...(b.from === undefined ? [] : [`${column} >= ${sql.add(b.from)}::${type}`]),
        ...(b.until === undefined ? [] : [`${column} < ${sql.add(b.until)}::${type}`]),
      ].join(' AND '),
    )
    .map((condition) => `(${condition})`)
    .join(' OR ');

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

  private readonly cache = new AnswerCache();

  read<T>(work: (totals: TotalsReader, catalogue: CatalogueReader) => Promise<T>): Promise<T> {
    return inSnapshot(this.db, this.generations, async (tx, schema) => {
      // Until an upgrade's rebuild switches over, an old generation has no rollups (nor
      // registration times).
      const layout = await this.generations.layoutOf(schema);
      return work(
        new TotalsReader(tx, schema, layout >= ROLLUPS_LAYOUT),
        new CatalogueReader(tx, schema, layout >= REGISTRATION_TIMES_LAYOUT),
      );
    });
  }

  /**
   * As `read`, for a route's answer that depends only on the read models and `key`: while
   * the read models stand where they stood for an earlier request with the same key, its
   * answer is this one too (see AnswerCache), for one round trip instead of a snapshot.
   */
  async readCached<T>(
    key: string,
    work: (totals: TotalsReader, catalogue: CatalogueReader) => Promise<T>,
  ): Promise<T> {
    const standing = await this.standingOf(await this.generations.active());
    return this.cache.answer(standing, key, () => this.read(work));
  }

  /** Requests arriving together under load ask at once: one query for all of them. */
  private readonly standingOf = oneReadPerTurn<string, string>(
    (schemas) => Promise.all(schemas.map((schema) => standingOf(this.db, schema))),
    (schema) => schema,
  );
}

export class TotalsReader {
  constructor(
    private readonly tx: EntityManager,
    private readonly schema: string,
    /** Whether the generation has the rollups: one built before them is read from the ledger. */
    private readonly rollups = true,
  ) {}

  /** How far the totals projection has got: a position, as a decimal string. */
  async projectedPosition(): Promise<string> {
    const position = await new Checkpoints(this.tx, this.schema).position('totals');
    return position > 0n ? position.toString() : '0';
  }

  /**
   * The figures, summed by operation, phase, force and metric. Without a filter, the
   * totals; with `from`/`to` or with `asOf`, the rollups and at most one hour of ledger
   * rows (exactly what the ledger sums to, see rollup-cover.ts); a tag, or `asOf` with a
   * window together, from the ledger itself.
   */
  async metrics(where: Where, filter: TotalsFilter): Promise<MetricRow[]> {
    const sql = new SqlParams();
    const key = whereSql(where, sql);
    const window = Boolean(filter.from || filter.to);
    let query: string;
    if (!this.rollups && (window || filter.asOf || where.tag !== undefined))
      query = this.fromLedger(where, key, filter, sql);
    else if (where.tag !== undefined || (filter.asOf && window))
      query = this.fromLedger(where, key, filter, sql);
    else if (window)
      query = this.sumOf([this.occurred(occurredCover(filter.from, filter.to), key, sql)]);
    else if (filter.asOf) query = await this.asOf(filter.asOf, key, sql);
    else query = this.sumOf([`SELECT ${KEY}, value AS v FROM ${this.schema}.totals WHERE ${key}`]);
    const rows: (Omit<MetricRow, 'milli'> & { milli: string })[] = await this.tx.query(
      query,
      sql.values,
    );
    return rows.map((row) => ({ ...row, milli: BigInt(row.milli) }));
  }

  private sumOf(parts: string[]): string {
    return `SELECT ${KEY}, ${milliSql('sum(v)')} AS milli
              FROM (${parts.join(' UNION ALL ')}) AS parts GROUP BY ${KEY}`;
  }

  private occurred(cover: Buckets[], key: string, sql: SqlParams): string {
    return `SELECT ${KEY}, value AS v FROM ${this.schema}.occurred_rollup
             WHERE (${bucketsSql(cover, 'starts_on', 'date', sql)}) AND ${key}`;
  }

  /**
   * Figures as known at `asOf`: the whole hours, days and months recorded before its hour
   * plus its hour's ledger rows up to it; or, when fewer of its hour's rows come after it
   * (asOf is usually recent), today's totals less the buckets and rows recorded after it.
   */
  private async asOf(asOf: Date, key: string, sql: SqlParams): Promise<string> {
    const cover = recordedCover(asOf);
    const at = asOf.toISOString();
    const [{ before, after }]: { before: number; after: number }[] = await this.tx.query(
      `SELECT (SELECT count(*) FROM (SELECT FROM ${this.schema}.ledger
                WHERE recorded_at >= $1 AND recorded_at <= $2 LIMIT ${SIDE_PROBE}) AS b)::int AS before,
              (SELECT count(*) FROM (SELECT FROM ${this.schema}.ledger
                WHERE recorded_at > $2 AND recorded_at < $3 LIMIT ${SIDE_PROBE}) AS a)::int AS after`,
      [cover.hour.from, at, cover.hour.until],
    );
    const recorded = (buckets: Buckets[], sign: string) =>
      `SELECT ${KEY}, ${sign}value AS v FROM ${this.schema}.recorded_rollup
        WHERE (${bucketsSql(buckets, 'starts_at', 'timestamptz', sql)}) AND ${key}`;
    if (after < before)
      return this.sumOf([
        `SELECT ${KEY}, value AS v FROM ${this.schema}.totals WHERE ${key}`,
        recorded(cover.after, '-'),
        `SELECT ${KEY}, -delta AS v FROM ${this.schema}.ledger
          WHERE recorded_at > ${sql.add(at)} AND recorded_at < ${sql.add(cover.hour.until)} AND ${key}`,
      ]);
    return this.sumOf([
      recorded(cover.before, ''),
      `SELECT ${KEY}, delta AS v FROM ${this.schema}.ledger
        WHERE recorded_at >= ${sql.add(cover.hour.from)} AND recorded_at <= ${sql.add(at)} AND ${key}`,
    ]);
  }

  private fromLedger(where: Where, key: string, filter: TotalsFilter, sql: SqlParams): string {
    const conditions = [key];
    if (where.tag !== undefined) conditions.push(`tags @> ARRAY[${sql.add(where.tag)}]::text[]`);
    if (filter.asOf) conditions.push(`recorded_at <= ${sql.add(filter.asOf.toISOString())}`);
    if (filter.from) conditions.push(`occurred_on >= ${sql.add(filter.from)}`);
    if (filter.to) conditions.push(`occurred_on <= ${sql.add(filter.to)}`);
    return `SELECT ${KEY}, ${milliSql('sum(delta)')} AS milli
              FROM ${this.schema}.ledger WHERE ${conditions.join(' AND ')} GROUP BY ${KEY}`;
  }

  /** The first day anything counted occurred on, or null. */
  async since(filter: TotalsFilter): Promise<string | null> {
    if (filter.from) return filter.from;
    // Without asOf, the first occurred day in the rollup: one row of its primary key.
    const [row] = filter.asOf
      ? await this.tx.query(
          `SELECT min(occurred_on)::text AS since FROM ${this.schema}.ledger WHERE recorded_at <= $1`,
          [filter.asOf.toISOString()],
        )
      : await this.tx.query(
          this.rollups
            ? `SELECT min(starts_on)::text AS since FROM ${this.schema}.occurred_rollup WHERE span = 'day'`
            : `SELECT min(occurred_on)::text AS since FROM ${this.schema}.ledger`,
        );
    return row?.since ?? null;
  }
}
