/** A read-model generation's schema name, checked before it is ever put into SQL. */
export const GENERATION_NAME = /^read_[a-z0-9_]+$/;

export const assertGenerationName = (schema: string): string => {
  if (!GENERATION_NAME.test(schema)) throw new Error(`Not a read-model generation: ${schema}`);
  return schema;
};

/**
 * The layout of the tables below. Raise it whenever a change to the projections means the
 * rows already projected are no longer what the code would project (a new table, a new
 * way to compute a column): the projector then rebuilds the read models from the events.
 * 2: UK calendar days for `occurred_on`; population estimates; exact sums in thousandths.
 * 3: the catalogue (operations, phases, population estimates) is its own projection, with
 *    its own checkpoint: older generations have none, so they are rebuilt.
 * 4: the ledger summed by the day and month it occurred (`occurred_rollup`) and by the
 *    hour, day and month it was recorded (`recorded_rollup`), so that `from`/`to` and
 *    `asOf` read a bounded number of rows; older generations have no rollups.
 * 5: operations keep when they were registered (`registered_at`), so that the summary as of
 *    a moment lists only the operations registered by then.
 */
export const READ_MODEL_LAYOUT = 5;

/**
 * The indexes only readers need, by name (PostgreSQL's own default names). A generation
 * is created without them and gets them once it has caught up (see ensureReaderIndexes):
 * one sort each, instead of keeping them up to date row by row while millions go in.
 */
export const READER_INDEXES: Record<string, (s: string) => string> = {
  ledger_tags_idx: (s) =>
    `CREATE INDEX IF NOT EXISTS ledger_tags_idx ON ${s}.ledger USING gin (tags)`,
  ledger_recorded_at_idx: (s) =>
    `CREATE INDEX IF NOT EXISTS ledger_recorded_at_idx ON ${s}.ledger (recorded_at)`,
  ledger_occurred_on_idx: (s) =>
    `CREATE INDEX IF NOT EXISTS ledger_occurred_on_idx ON ${s}.ledger (occurred_on)`,
  entry_log_operation_phase_position_idx: (s) =>
    `CREATE INDEX IF NOT EXISTS entry_log_operation_phase_position_idx
       ON ${s}.entry_log (operation, phase, position)`,
};

/** The tables of one generation of the read models, created empty. */
export const generationTablesSql = (schema: string): string[] => {
  const s = assertGenerationName(schema);
  return [
    `CREATE SCHEMA ${s}`,
    // Each projection's progress, committed in the same transaction as its rows.
    `CREATE TABLE ${s}.checkpoints (
       projection text PRIMARY KEY,
       position bigint NOT NULL,
       updated_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE ${s}.parked_events (
       projection text NOT NULL,
       position bigint NOT NULL,
       event_id uuid NOT NULL,
       event_type text NOT NULL,
       error text NOT NULL,
       parked_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (projection, position))`,
    // With when each was registered: asOf lists only the operations known then.
    `CREATE TABLE ${s}.operations (
       id text PRIMARY KEY,
       name text NOT NULL,
       scope text NOT NULL,
       forces text[] NOT NULL,
       registered_at timestamptz NOT NULL)`,
    `CREATE TABLE ${s}.phases (
       operation text NOT NULL,
       number integer NOT NULL,
       name text NOT NULL,
       status text NOT NULL,
       starts_on date NOT NULL,
       ends_on date,
       PRIMARY KEY (operation, number))`,
    // Each force's estimates, with when they were recorded: asOf reproduces the rates shown then.
    `CREATE TABLE ${s}.population_estimates (
       force text NOT NULL,
       applies_from date NOT NULL,
       population integer NOT NULL,
       source text NOT NULL,
       recorded_at timestamptz NOT NULL,
       position bigint NOT NULL,
       PRIMARY KEY (force, applies_from, position))`,
    // Every figure every event added or took away: the basis of asOf and from/to.
    `CREATE TABLE ${s}.ledger (
       position bigint NOT NULL,
       seq integer NOT NULL,
       entry_id uuid NOT NULL,
       recorded_at timestamptz NOT NULL,
       occurred_on date NOT NULL, -- the UK (Europe/London) calendar day
       operation text NOT NULL,
       phase integer NOT NULL,
       force text NOT NULL,
       tags text[] NOT NULL,
       metric text NOT NULL,
       delta numeric NOT NULL,
       PRIMARY KEY (position, seq))`,
    // What a correction reverses is found by entry: the projector needs this one itself.
    `CREATE INDEX ON ${s}.ledger (entry_id)`,
    // The ledger summed as it stands now: what the totals routes read without a window.
    `CREATE TABLE ${s}.totals (
       operation text NOT NULL,
       phase integer NOT NULL,
       force text NOT NULL,
       metric text NOT NULL,
       value numeric NOT NULL,
       PRIMARY KEY (operation, phase, force, metric))`,
    // The ledger summed by the UK calendar day ('day') and month ('month') things occurred
    // on, in the ledger rows' own transaction: a from/to window is whole months and the
    // days at its edges. A row stays (maybe at zero) once anything occurred on its day.
    `CREATE TABLE ${s}.occurred_rollup (
       span text NOT NULL,
       starts_on date NOT NULL,
       operation text NOT NULL,
       phase integer NOT NULL,
       force text NOT NULL,
       metric text NOT NULL,
       value numeric NOT NULL,
       PRIMARY KEY (span, starts_on, operation, phase, force, metric))`,
    // The ledger summed by the UTC hour, day and month its rows were recorded in: asOf is
    // whole buckets on one side of it and the ledger rows of its own hour.
    `CREATE TABLE ${s}.recorded_rollup (
       span text NOT NULL,
       starts_at timestamptz NOT NULL,
       operation text NOT NULL,
       phase integer NOT NULL,
       force text NOT NULL,
       metric text NOT NULL,
       value numeric NOT NULL,
       PRIMARY KEY (span, starts_at, operation, phase, force, metric))`,
    `CREATE TABLE ${s}.entry_log (
       entry_id uuid PRIMARY KEY,
       operation text NOT NULL,
       phase integer NOT NULL,
       force text NOT NULL,
       kind text NOT NULL,
       status text NOT NULL,
       current jsonb NOT NULL,
       history jsonb NOT NULL,
       recorded_by text NOT NULL,
       recorded_at timestamptz NOT NULL,
       position bigint NOT NULL)`,
  ];
};
