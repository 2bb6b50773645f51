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
import { contributionRows, insertLedgerRows, type LedgerRow } from './ledger-rows';
import { sumLedger } from './sum-ledger';
import { milliSql } from './milli';

// Replacement rows of a correction come first; the reversal of what it replaces after them.
const REVERSAL_SEQ = 1000;

const isEntryChange = (
  event: Projected<EntryEvent>,
): event is Projected<EntryCorrected | EntryRetracted> =>
  event.type === 'EntryCorrected' || event.type === 'EntryRetracted';

/**
 * The ledger of contributions, and the current totals summed from it. A correction writes
 * the reversal of what the entry counted until then, and the replacement.
 */
export class TotalsProjection implements Projection<EntryEvent> {
  readonly name = 'totals';
  readonly handles = ENTRY_EVENT_TYPES;

  async apply(events: Projected<EntryEvent>[], db: ProjectionContext): Promise<void> {
    // What each entry touched by this batch counts now, so corrections reverse it exactly.
    const counted = await this.countedBefore(db, events);
    const rows: LedgerRow[] = [];
    for (const event of events) {
      if (!isEntryChange(event)) {
        const contribution = contributionRows(event, event.data, detailsOf(event));
        counted.set(event.data.entryId, contribution);
        rows.push(...contribution);
      } else {
        const replacement =
          event.type === 'EntryCorrected'
            ? contributionRows(event, event.data, replacementOf(event))
            : [];
        const reversal = (counted.get(event.data.entryId) ?? []).map((row, i): LedgerRow => ({
          ...row,
          position: event.position.toString(),
          recordedAt: event.recordedAt.toISOString(),
          seq: REVERSAL_SEQ + i,
          milli: -row.milli,
        }));
        counted.set(event.data.entryId, replacement);
        rows.push(...replacement, ...reversal);
      }
    }
    await insertLedgerRows(db, rows, { withSums: !db.deferred });
  }

  completeDeferred(db: ProjectionContext): Promise<void> {
    return sumLedger(db);
  }

  /** The net contribution, from earlier batches, of each entry this batch corrects or retracts. */
  private async countedBefore(
    db: ProjectionContext,
    events: Projected<EntryEvent>[],
  ): Promise<Map<string, LedgerRow[]>> {
    // An entry logged earlier in this batch counts what it was logged with: no round trip.
    const loggedHere = new Set<string>();
    const ids: string[] = [];
    for (const event of events)
      if (!isEntryChange(event)) loggedHere.add(event.data.entryId);
      else if (!loggedHere.has(event.data.entryId)) ids.push(event.data.entryId);
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
      milli: string;
    }>(
      `SELECT entry_id, occurred_on::text, operation, phase, force, tags, metric,
              ${milliSql('sum(delta)')} AS milli
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
        milli: BigInt(row.milli),
      });
    }
    return counted;
  }
}
