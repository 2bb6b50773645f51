import {
  detailsOf,
  replacementOf,
  type EntryCorrected,
  type EntryEvent,
  type EntryRetracted,
} from '@ros/domain';
import {
  ENTRY_EVENT_TYPES,
  type Projected,
  type Projection,
  type ProjectionContext,
} from '../projector/projection';

interface LoggedRow {
  entryId: string;
  operation: string;
  phase: number;
  force: string;
  kind: string;
  status: 'active' | 'corrected' | 'retracted';
  current: unknown;
  history: unknown[];
  recordedBy: string;
  recordedAt: string;
  position: string;
}

type EntryChange = Projected<EntryCorrected | EntryRetracted>;
const isEntryChange = (event: Projected<EntryEvent>): event is EntryChange =>
  event.type === 'EntryCorrected' || event.type === 'EntryRetracted';

const recordedBy = (event: Projected) => String(event.metadata.recordedBy ?? 'unknown');

/** Each entry as it stands now, with the history of how it got there. */
export class EntryLogProjection implements Projection<EntryEvent> {
  readonly name = 'entry-log';
  readonly handles = ENTRY_EVENT_TYPES;

  async apply(events: Projected<EntryEvent>[], db: ProjectionContext): Promise<void> {
    const pending = new Map<string, LoggedRow>(); // logged in this batch, by entry id
    for (const event of events) {
      if (!isEntryChange(event)) {
        const details = detailsOf(event);
        pending.set(event.data.entryId, {
          entryId: event.data.entryId,
          operation: event.data.operation,
          phase: event.data.phase,
          force: details.force,
          kind: details.kind,
          status: 'active',
          current: details,
          history: [this.historyItem(event, 'logged', { entry: details })],
          recordedBy: recordedBy(event),
          recordedAt: event.recordedAt.toISOString(),
          position: event.position.toString(),
        });
      } else {
        const row = pending.get(event.data.entryId);
        if (row)
          this.foldInto(row, event); // logged in this batch: no round trip
        else await this.recordChange(db, event);
      }
    }
    await this.insert(db, [...pending.values()]);
  }

  private foldInto(row: LoggedRow, change: EntryChange): void {
    if (change.type === 'EntryCorrected') {
      const { reason } = change.data;
      const replacement = replacementOf(change);
      Object.assign(row, { current: replacement, kind: replacement.kind, status: 'corrected' });
      row.history.push(this.historyItem(change, 'corrected', { reason, entry: replacement }));
    } else {
      row.status = 'retracted';
      row.history.push(this.historyItem(change, 'retracted', { reason: change.data.reason }));
    }
  }

  private historyItem(event: Projected, change: string, extra: Record<string, unknown>) {
    return {
      change,
      position: event.position.toString(),
      recordedAt: event.recordedAt.toISOString(),
      recordedBy: recordedBy(event),
      ...extra,
    };
  }

  /** A change to an entry logged in an earlier batch. */
  private async recordChange(db: ProjectionContext, change: EntryChange) {
    const { entryId, reason } = change.data;
    if (change.type === 'EntryCorrected') {
      const replacement = replacementOf(change);
      await db.query(
        `UPDATE ${db.schema}.entry_log
            SET current = $2, kind = $3, status = 'corrected', history = history || $4::jsonb
          WHERE entry_id = $1`,
        [
          entryId,
          replacement,
          replacement.kind,
          JSON.stringify([this.historyItem(change, 'corrected', { reason, entry: replacement })]),
        ],
      );
    } else {
      await db.query(
        `UPDATE ${db.schema}.entry_log SET status = 'retracted', history = history || $2::jsonb WHERE entry_id = $1`,
        [entryId, JSON.stringify([this.historyItem(change, 'retracted', { reason })])],
      );
    }
  }

  private async insert(db: ProjectionContext, rows: LoggedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO ${db.schema}.entry_log
         (entry_id, operation, phase, force, kind, status, current, history, recorded_by, recorded_at, position)
       SELECT r.entry_id, r.operation, r.phase, r.force, r.kind, r.status, r.current, r.history, r.recorded_by,
              r.recorded_at, r.position
         FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[],
                     $8::text[], $9::timestamptz[], $10::bigint[], $11::text[])
              AS r(entry_id, operation, phase, force, kind, current, history, recorded_by, recorded_at, position, status)
       ON CONFLICT (entry_id) DO NOTHING`,
      [
        rows.map((r) => r.entryId),
        rows.map((r) => r.operation),
        rows.map((r) => r.phase),
        rows.map((r) => r.force),
        rows.map((r) => r.kind),
        rows.map((r) => JSON.stringify(r.current)),
        rows.map((r) => JSON.stringify(r.history)),
        rows.map((r) => r.recordedBy),
        rows.map((r) => r.recordedAt),
        rows.map((r) => r.position),
        rows.map((r) => r.status),
      ],
    );
  }
}
