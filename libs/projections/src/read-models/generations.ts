import type { DataSource } from 'typeorm';
import {
  assertGenerationName,
  generationTablesSql,
  READ_MODEL_LAYOUT,
  READER_INDEXES,
} from './generation-tables';

const CACHE_MS = 500;
/**
 * Creates the readers' indexes a generation lacks (see READER_INDEXES). One process at a
 * time, under a lock: two projectors reaching the end of a catch-up together would both
 * create an index, and CREATE INDEX IF NOT EXISTS does not keep the second from failing.
 */
export const ensureReaderIndexes = async (db: DataSource, schema: string): Promise<void> => {
  assertGenerationName(schema);
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('read_model_indexes'), hashtext($1))`, [
      schema,
    ]);
    const rows = (await tx.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1`, [
      schema,
    ])) as { indexname: string }[];
    const present = new Set(rows.map((row) => row.indexname));
    for (const [name, sql] of Object.entries(READER_INDEXES))
      if (!present.has(name)) await tx.query(sql(schema));
  });
};

/** How long an old generation stays readable after a switch, for queries already under way. */
export const RETIRED_GRACE_MS = 10_000;

/**
 * The generations of the read models: the active one the API reads and the projector
 * feeds, and any being rebuilt. A switch is one UPDATE; readers follow within CACHE_MS.
 */
export class ReadModelGenerations {
  private cached?: { schema: string; at: number };
  private readonly layouts = new Map<string, number>();

  constructor(private readonly db: DataSource) {}

  /** The generation to read; the first is created on the first call. */
  async active(): Promise<string> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.schema;
    const schema = (await this.findActive()) ?? (await this.createFirst());
    this.cached = { schema, at: Date.now() };
    return schema;
  }

  async findActive(): Promise<string | null> {
    const rows: { schema_name: string }[] = await this.db.query(
      `SELECT schema_name FROM read_model_generations WHERE status = 'active'`,
    );
    return rows[0]?.schema_name ?? null;
  }

  /** The layout a generation was built with (see READ_MODEL_LAYOUT): it never changes. */
  async layoutOf(schema: string): Promise<number> {
    const known = this.layouts.get(schema);
    if (known !== undefined) return known;
    const [row]: { layout: number }[] = await this.db.query(
      `SELECT layout FROM read_model_generations WHERE schema_name = $1`,
      [schema],
    );
    const layout = row?.layout ?? READ_MODEL_LAYOUT;
    this.layouts.set(schema, layout);
    return layout;
  }

  /** Whether the active generation was built by an older version of the projections. */
  async activeIsOutdated(): Promise<boolean> {
    const schema = await this.active();
    const [row]: { layout: number }[] = await this.db.query(
      `SELECT layout FROM read_model_generations WHERE schema_name = $1`,
      [schema],
    );
    return (row?.layout ?? READ_MODEL_LAYOUT) < READ_MODEL_LAYOUT;
  }

  /**
   * Creates an empty generation that nothing reads yet, without the indexes only readers
   * need: `activate` creates them, once the rows are in (see READER_INDEXES).
   */
  async create(schema = `read_${Date.now().toString(36)}`): Promise<string> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO read_model_generations (schema_name, status, layout) VALUES ($1, 'building', $2)`,
        [assertGenerationName(schema), READ_MODEL_LAYOUT],
      );
      for (const sql of generationTablesSql(schema)) await tx.query(sql);
    });
    return schema;
  }

  /** Gives a generation its readers' indexes (see `create`), then makes it the one everybody reads, in one transaction. */
  async activate(schema: string): Promise<string | null> {
    await ensureReaderIndexes(this.db, schema);
    const previous = await this.findActive();
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE read_model_generations SET status = 'retired' WHERE status = 'active'`,
      );
      await tx.query(
        `UPDATE read_model_generations SET status = 'active', activated_at = now() WHERE schema_name = $1`,
        [assertGenerationName(schema)],
      );
    });
    this.cached = undefined;
    return previous;
  }

  async drop(schema: string): Promise<void> {
    await this.db.query(`DROP SCHEMA IF EXISTS ${assertGenerationName(schema)} CASCADE`);
    await this.db.query(`DELETE FROM read_model_generations WHERE schema_name = $1`, [schema]);
  }

  private async createFirst(): Promise<string> {
    // Two processes starting at once must not both create one.
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('read_model_generations'))`);
      const rows: { schema_name: string }[] = await tx.query(
        `SELECT schema_name FROM read_model_generations WHERE status = 'active'`,
      );
      if (rows[0]) return rows[0].schema_name;
      const schema = 'read_1';
      await tx.query(
        `INSERT INTO read_model_generations (schema_name, status, activated_at, layout)
         VALUES ($1, 'active', now(), $2)`,
        [schema, READ_MODEL_LAYOUT],
      );
      for (const sql of generationTablesSql(schema)) await tx.query(sql);
      return schema;
    });
  }
}
