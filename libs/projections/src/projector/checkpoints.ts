/** Anything that runs SQL: the DataSource, or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Before a projection's first batch. */
export const NOT_STARTED = -1n;

/**
 * Each projection's checkpoint in one generation: the position of the last event it has
 * applied, committed in the same transaction as its rows. The only code that knows the
 * checkpoints table.
 */
export class Checkpoints {
  constructor(
    private readonly db: Queryable,
    private readonly schema: string,
  ) {}

  /** Gives each projection a row, at NOT_STARTED, unless it has one. */
  async ensure(projections: readonly string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.schema}.checkpoints (projection, position)
       SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`,
      [projections, NOT_STARTED.toString()],
    );
  }

  /** Every projection's checkpoint. */
  async all(): Promise<Map<string, bigint>> {
    const rows = (await this.db.query(
      `SELECT projection, position::text FROM ${this.schema}.checkpoints`,
    )) as { projection: string; position: string }[];
    return new Map(rows.map((row) => [row.projection, BigInt(row.position)]));
  }

  async position(projection: string): Promise<bigint> {
    const [row] = (await this.db.query(
      `SELECT position::text FROM ${this.schema}.checkpoints WHERE projection = $1`,
      [projection],
    )) as { position: string }[];
    return row ? BigInt(row.position) : NOT_STARTED;
  }

  /**
   * Locks the projections' rows until the transaction ends and says whether each is still
   * at `expected`: false when another projector moved one first.
   */
  async lockAt(projections: readonly string[], expected: bigint): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT position::text FROM ${this.schema}.checkpoints
        WHERE projection = ANY($1::text[]) ORDER BY projection FOR UPDATE`,
      [projections],
    )) as { position: string }[];
    return (
      rows.length === projections.length && rows.every((row) => BigInt(row.position) === expected)
    );
  }

  async move(projections: readonly string[], position: bigint): Promise<void> {
    await this.db.query(
      `UPDATE ${this.schema}.checkpoints SET position = $2, updated_at = now()
        WHERE projection = ANY($1::text[])`,
      [projections, position.toString()],
    );
  }
}
