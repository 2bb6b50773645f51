import type { RecordedEvent } from '../port';

export interface EventRow {
  position: string;
  event_id: string;
  stream_name: string;
  stream_revision: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: RecordedEvent['metadata'];
  /** Milliseconds since the epoch: far cheaper to turn into a Date than a timestamp's text. */
  recorded_at: number;
}

export const EVENT_COLUMNS =
  'position, event_id, stream_name, stream_revision, event_type, data, metadata, ' +
  '(extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_at';

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  type: row.event_type,
  data: row.data,
  metadata: row.metadata,
  streamName: row.stream_name,
  revision: BigInt(row.stream_revision),
  position: BigInt(row.position),
  recordedAt: new Date(row.recorded_at),
});
