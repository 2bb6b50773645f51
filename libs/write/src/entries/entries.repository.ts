import { Inject, Injectable } from '@nestjs/common';
import {
  entriesStream,
  evolveEntries,
  findPhase,
  initialEntriesState,
  londonDateOf,
  type EntriesState,
  type EntryEvent,
  type ForceId,
  type Operation,
  type OperationState,
  type Provenance,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type ExpectedRevision } from '@ros/event-store';
import { toEventToAppend } from '../event-sourcing/envelope';
import { StreamRepository, type Loaded } from '../event-sourcing/stream-repository';

export interface EntriesStreamRef {
  operation: string;
  phase: number;
  force: ForceId;
}

/** The only door to the entries streams (one per operation × phase × force). */
@Injectable()
export class EntriesRepository {
  private readonly streams: StreamRepository<EntriesState, EntryEvent>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.streams = new StreamRepository(store, initialEntriesState, evolveEntries);
  }

  load({ operation, phase, force }: EntriesStreamRef): Promise<Loaded<EntriesState>> {
    return this.streams.load(entriesStream(operation, phase, force));
  }

  append(
    ref: EntriesStreamRef,
    events: EntryEvent[],
    expectedRevision: ExpectedRevision,
    provenance: Provenance,
  ) {
    const toAppend = events.map((event) => toEventToAppend(event, provenance));
    const stream = entriesStream(ref.operation, ref.phase, ref.force);
    return this.store.appendToStream(stream, toAppend, { expectedRevision });
  }

  /** The UK calendar day of every entry of a phase that still counts, from each force's stream. */
  async activeEntryDays(operation: OperationState, phase: number): Promise<string[]> {
    if (!operation || !findPhase(operation, phase)) return [];
    const days: string[] = [];
    for (const force of operation.forces) {
      const { state } = await this.load({ operation: operation.id, phase, force });
      for (const entry of state.values())
        if (entry.status !== 'retracted') days.push(londonDateOf(entry.current.occurredAt));
    }
    return days;
  }

  /** Finds which force's stream of a phase holds an entry; null if none does. */
  async locate(
    operation: Operation,
    phase: number,
    entryId: string,
  ): Promise<(EntriesStreamRef & Loaded<EntriesState>) | null> {
    for (const force of operation.forces) {
      const ref = { operation: operation.id, phase, force };
      const loaded = await this.load(ref);
      if (loaded.state.has(entryId)) return { ...ref, ...loaded };
    }
    return null;
  }
}
