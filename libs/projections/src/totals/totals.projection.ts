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

/**
 * The ledger of contributions, the current totals summed from it, and the catalogue of
 * operations and phases the totals routes are shaped by.
 */
export class TotalsProjection implements Projection {
  readonly name = 'totals';

  async apply(events: RecordedEvent[], db: ProjectionContext): Promise<void> {
    let pending: LedgerRow[] = [];
    const flush = async () => {
      await insertLedgerRows(db, pending);
      pending = [];
    };
    for (const event of events) {
      if (isEntryLogged(event)) {
        const logged = event as unknown as EntryLogged;
        pending.push(...contributionRows(event, logged.data, detailsOf(logged)));
      } else if (event.type === 'EntryCorrected' || event.type === 'EntryRetracted') {
        await flush(); // the reversal reads what the ledger holds for the entry
        const change = event as unknown as EntryCorrected | EntryRetracted;
        if (change.type === 'EntryCorrected')
          pending.push(...contributionRows(event, change.data, change.data.replacement));
        await flush();
        await this.reverse(db, event, change.data.entryId);
      } else {
        await this.catalogue(db, event as unknown as OperationEvent);
      }
    }
    await flush();
    await this.sumIntoTotals(db, events[0].position, events[events.length - 1].position);
  }

  /** Takes away everything an entry contributed so far (its net, per figure and place). */
  private async reverse(
    db: ProjectionContext,
    event: RecordedEvent,
    entryId: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO ${db.schema}.ledger
         (position, seq, entry_id, recorded_at, occurred_on, operation, phase, force, tags, metric, delta)
       SELECT $1, ${REVERSAL_SEQ} + row_number() OVER (), entry_id, $2, occurred_on, operation, phase, force, tags,
              metric, -sum(delta)
         FROM ${db.schema}.ledger
        WHERE entry_id = $3 AND position < $1
        GROUP BY entry_id, occurred_on, operation, phase, force, tags, metric
       HAVING sum(delta) <> 0`,
      [event.position.toString(), event.recordedAt.toISOString(), entryId],
    );
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
