import { Inject, Injectable } from '@nestjs/common';
import {
  Conflict,
  entriesStream,
  evolveEntries,
  findPhase,
  initialEntriesState,
  isEntryLogged,
  londonDateOf,
  refuseUnknownEntry,
  type CorrectEntry,
  type RetractEntry,
  type EntriesState,
  type EntryEvent,
  type ForceId,
  type OperationState,
  type PhaseFacts,
} from '@ros/domain';
import { DuplicateEventId, EVENT_STORE, type EventStore } from '@ros/event-store';
import { StreamRepository, type EventStream } from '../event-sourcing/stream-repository';

/**
 * An entry's logging event takes the entry's id, so the store itself refuses to keep one
 * entry twice: even in another force's stream, which no decision reads.
 */
export const entryEventIdOf = (event: EntryEvent): string | undefined =>
  isEntryLogged(event) ? event.data.entryId : undefined;

export interface EntriesStreamRef {
  operation: string;
  phase: number;
  force: ForceId;
}

/** The only door to the entries streams (one per operation × phase × force). */
@Injectable()
export class EntriesRepository {
  private readonly streams: StreamRepository<EntriesState, EntryEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.streams = new StreamRepository(store, initialEntriesState, evolveEntries, {
      // A retried request is answered with where its entry's events landed.
      keyOf: (event) => event.data.entryId,
      eventIdOf: entryEventIdOf,
    });
  }

  load({ operation, phase, force }: EntriesStreamRef) {
    return this.streams.load(entriesStream(operation, phase, force));
  }

  stream({ operation, phase, force }: EntriesStreamRef): EventStream<EntriesState, EntryEvent> {
    const stream = this.streams.stream(entriesStream(operation, phase, force));
    return {
      ...stream,
      append: (events, expectedRevision, provenance) =>
        stream.append(events, expectedRevision, provenance).catch((error) => {
          // The id is an entry's (entryEventIdOf), and another force's stream holds it.
          if (error instanceof DuplicateEventId)
            throw new Conflict(
              `entryId ${error.eventIds.join(', ')} was already used for a different entry`,
            );
          throw error;
        }),
    };
  }

  /** What a decision on a phase's dates rests on: the clock, and the UK day of each entry that counts. */
  async phaseFacts(operation: OperationState, phase: number, now: Date): Promise<PhaseFacts> {
    const activeEntryDays: string[] = [];
    for (const ref of phaseStreams(operation, phase))
      for (const entry of (await this.load(ref)).state.values())
        if (entry.status !== 'retracted')
          activeEntryDays.push(londonDateOf(entry.current.occurredAt));
    return { now, activeEntryDays };
  }

  /**
   * The stream of the force that holds the entry a change names by id alone. When none
   * does, the domain refuses the change as it refuses an unknown operation or phase.
   */
  async streamHolding(
    change: CorrectEntry | RetractEntry,
    operation: OperationState,
  ): Promise<EventStream<EntriesState, EntryEvent>> {
    for (const ref of phaseStreams(operation, change.data.phase))
      if ((await this.load(ref)).state.has(change.data.entryId)) return this.stream(ref);
    return refuseUnknownEntry(change, operation);
  }
}

/** Each force's entries stream of a phase; none when the operation or the phase does not exist. */
const phaseStreams = (operation: OperationState, phase: number): EntriesStreamRef[] =>
  operation && findPhase(operation, phase)
    ? operation.forces.map((force) => ({ operation: operation.id, phase, force }))
    : [];
