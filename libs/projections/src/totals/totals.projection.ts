import {
  detailsOf,
  isEntryLogged,
  type EntryCorrected,
  type EntryLogged,
  type EntryRetracted,
  type OperationEvent,
} from '@ros/domain';
import type { RecordedEvent } from '@ros/event-store';
import type { Projection, ProjectionContext } from '../projector/projection';
import { contributionRows, insertLedgerRows, type LedgerRow } from './ledger-rows';

// Replacement rows of a correction come first; the reversal of what it replaces after them.
const REVERSAL_SEQ = 1000;

type EntryChange = EntryCorrected | EntryRetracted;

/**
 * The ledger of contributions, the current totals summed from it, and the catalogue of
 * operations and phases the totals routes are shaped by. A correction writes the
 * reversal of what the entry counted until then, and the replacement.
 */
export class TotalsProjection implements Projection {
  readonly name = 'totals';

  async apply(events: RecordedEvent[], db: ProjectionContext): Promise<void> {
    // What each entry touched by this batch counts now, so corrections reverse it exactly.
    const counted = await this.countedBefore(db, events);
    const rows: LedgerRow[] = [];
    for (const event of events) {
      if (isEntryLogged(event)) {
        const logged = event as unknown as EntryLogged;
        const contribution = contributionRows(event, logged.data, detailsOf(logged));
        counted.set(logged.data.entryId, contribution);
        rows.push(...contribution);
      } else if (event.type === 'EntryCorrected' || event.type === 'EntryRetracted') {
        const change = event as unknown as EntryChange;
        const replacement =
          change.type === 'EntryCorrected'
            ? contributionRows(event, change.data, change.data.replacement)
            : [];
        const reversal = (counted.get(change.data.entryId) ?? []).map((row, i): LedgerRow => ({
          ...row,
          position: event.position.toString(),
          recordedAt: event.recordedAt.toISOString(),
          seq: REVERSAL_SEQ + i,
          delta: -row.delta,
        }));
        counted.set(change.data.entryId, replacement);
        rows.push(...replacement, ...reversal);
      } else {
        await this.catalogue(db, event as unknown as OperationEvent);
      }
    }
    await insertLedgerRows(db, rows);
    await this.sumIntoTotals(db, events[0].position, events[events.length - 1].position);
  }

  /** The net contribution, from earlier batches, of each entry this batch corrects or retracts. */
  private async countedBefore(
    db: ProjectionContext,
    events: RecordedEvent[],
  ): Promise<Map<string, LedgerRow[]>> {
    const ids = events
      .filter((e) => e.type === 'EntryCorrected' || e.type === 'EntryRetracted')
      .map((e) => (e.data as { entryId: string }).entryId);
    const counted = new Map<string, LedgerRow[]>();
    if (ids.length === 0) return counted;
    const rows = await db.query<{
      entry_id: string;
      occurred_on: string;
      operation: string;
      phase: number;
      force: string;
      tags: string[];
      metric: string;
      delta: string;
    }>(
      `SELECT entry_id, occurred_on::text, operation, phase, force, tags, metric, sum(delta)::text AS delta
         FROM ${db.schema}.ledger WHERE entry_id = ANY($1::uuid[])
        GROUP BY entry_id, occurred_on, operation, phase, force, tags, metric
       HAVING sum(delta) <> 0`,
      [[...new Set(ids)]],
    );
    for (const row of rows) {
      if (!counted.has(row.entry_id)) counted.set(row.entry_id, []);
      counted.get(row.entry_id)!.push({
        position: '',
        seq: 0,
        entryId: row.entry_id,
        recordedAt: '',
        occurredOn: row.occurred_on,
        operation: row.operation,
        phase: row.phase,
        force: row.force,
        tags: row.tags,
        metric: row.metric,
        delta: Number(row.delta),
      });
    }
    return counted;
  }

  private async sumIntoTotals(db: ProjectionContext, first: bigint, last: bigint): Promise<void> {
    await db.query(
      `INSERT INTO ${db.schema}.totals (operation, phase, force, metric, value)
       SELECT operation, phase, force, metric, sum(delta)
         FROM ${db.schema}.ledger WHERE position BETWEEN $1 AND $2
        GROUP BY operation, phase, force, metric
       ON CONFLICT (operation, phase, force, metric) DO UPDATE SET value = totals.value + EXCLUDED.value`,
      [first.toString(), last.toString()],
    );
  }

  private async catalogue(db: ProjectionContext, event: OperationEvent): Promise<void> {
    switch (event.type) {
      case 'OperationRegistered': {
        const { operation, name, scope, forces } = event.data;
        await db.query(
          `INSERT INTO ${db.schema}.operations (id, name, scope, forces) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO NOTHING`,
          [operation, name, scope, forces],
        );
        return;
      }
      case 'PhaseOpened': {
        const { operation, phase, name, startsOn } = event.data;
        await db.query(
          `INSERT INTO ${db.schema}.phases (operation, number, name, status, starts_on) VALUES ($1, $2, $3, 'open', $4)
           ON CONFLICT (operation, number) DO NOTHING`,
          [operation, phase, name, startsOn],
        );
        return;
      }
      case 'PhaseClosed': {
        const { operation, phase, endsOn } = event.data;
        await db.query(
          `UPDATE ${db.schema}.phases SET status = 'closed', ends_on = $3 WHERE operation = $1 AND number = $2`,
          [operation, phase, endsOn],
        );
        return;
      }
    }
  }
}
