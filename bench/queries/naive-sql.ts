import { Client } from 'pg';
import { EVENT_TYPE_BY_KIND } from '../../libs/domain/src';
import type { Question } from './routes';

/**
 * The naive baseline: the same totals computed by SQL aggregation straight over the raw
 * `events` table (jsonb), with no read model. Each entry's current state is its logged
 * event, replaced by its latest correction, unless retracted; then figures are summed per
 * force (or operation), kind and seizure item.
 */
export const naiveSql = (question: Question): { text: string; values: unknown[] } => {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const { operation, phase, force, asOf, from, to } = question.where;
  const known = asOf ? `AND recorded_at <= ${param(asOf)}::timestamptz` : '';
  const kinds = Object.entries(EVENT_TYPE_BY_KIND)
    .map(([kind, type]) => `('${type}', '${kind}')`)
    .join(', ');
  const filters = [
    operation ? `e.data->>'operation' = ${param(operation)}` : null,
    phase ? `(e.data->>'phase')::int = ${param(phase)}` : null,
    force ? `e.data->>'force' = ${param(force)}` : null,
  ].filter(Boolean);
  const day = `((body->>'occurredAt')::timestamptz AT TIME ZONE 'Europe/London')::date`;
  const window =
    from && to ? `WHERE ${day} BETWEEN ${param(from)}::date AND ${param(to)}::date` : '';
  const group = question.by === 'force' ? `force` : `operation`;
  return {
    values,
    text: `
      WITH kinds(event_type, kind) AS (VALUES ${kinds}),
      corrected AS (
        SELECT DISTINCT ON (data->>'entryId') data->>'entryId' AS entry_id, data->'replacement' AS replacement
        FROM events WHERE event_type = 'EntryCorrected' ${known}
        ORDER BY data->>'entryId', position DESC),
      retracted AS (
        SELECT DISTINCT data->>'entryId' AS entry_id FROM events
        WHERE event_type = 'EntryRetracted' ${known}),
      current AS (
        SELECT e.data->>'operation' AS operation, e.data->>'force' AS force,
               COALESCE(c.replacement->>'kind', k.kind) AS kind,
               COALESCE(c.replacement, e.data) AS body
        FROM events e
        JOIN kinds k ON k.event_type = e.event_type
        LEFT JOIN corrected c ON c.entry_id = e.data->>'entryId'
        WHERE NOT EXISTS (SELECT 1 FROM retracted r WHERE r.entry_id = e.data->>'entryId')
          ${known.replace('recorded_at', 'e.recorded_at')}
          ${filters.length ? `AND ${filters.join(' AND ')}` : ''})
      SELECT ${group}, kind, body->>'item' AS item, body->>'ageGroup' AS age_group,
             body->>'category' AS category, count(*) AS entries,
             sum((body->>'count')::numeric) AS count, sum((body->>'quantity')::numeric) AS quantity,
             sum((body->>'estimatedValueGBP')::numeric) AS value
      FROM current ${window}
      GROUP BY 1, 2, 3, 4, 5`,
  };
};

/** Runs each question `times` times, one after another; latencies in ms. */
export const timeNaive = async (
  databaseUrl: string,
  question: Question,
  times: number,
): Promise<number[]> => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { text, values } = naiveSql(question);
    await client.query(text, values); // warm-up: the first reads the table into the cache
    const latencies: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = process.hrtime.bigint();
      await client.query(text, values);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return latencies;
  } finally {
    await client.end();
  }
};

/** Entries counted by the baseline for a question: a check that the API and the baseline agree. */
export const naiveEntries = async (databaseUrl: string, question: Question): Promise<number> => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { text, values } = naiveSql(question);
    const { rows } = await client.query<{ entries: string }>(text, values);
    return rows.reduce((sum, row) => sum + Number(row.entries), 0);
  } finally {
    await client.end();
  }
};
