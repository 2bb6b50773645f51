import { Inject, Injectable } from '@nestjs/common';
import {
  ENTRY_CATEGORY,
  entriesStream,
  entryStream,
  evolveEntries,
  evolveEntry,
  findPhase,
  foldEntries,
  initialEntriesState,
  initialEntryState,
  isEntryLogged,
  londonDateOf,
  operationStream,
  type CorrectEntry,
  type EntriesState,
  type EntryEvent,
  type EntryState,
  type ForceId,
  type OperationState,
  type PhaseFacts,
  type Provenance,
  type RetractEntry,
} from '@ros/domain';
import { EVENT_STORE, type EventStore, type Position, type RecordedEvent } from '@ros/event-store';
import { toEventToAppend } from '../event-sourcing/envelope';
import {
  landingOf,
  StreamRepository,
  type EventStream,
  type Landing,
} from '../event-sourcing/stream-repository';

/**
 * An entry's logging event takes the entry's id, so the store itself refuses to keep one
 * entry twice: in its own stream (created once), and against the force-phase streams of
 * earlier releases, which hold entries under the same rule.
 */
export const entryEventIdOf = (event: EntryEvent): string | undefined =>
  isEntryLogged(event) ? event.data.entryId : undefined;

export interface EntriesStreamRef {
  operation: string;
  phase: number;
  force: ForceId;
}

/** One entry's stream, as the entries decider sees it, whichever layout holds the entry. */
export type EntryStream = EventStream<EntryState, EntryEvent>;

const CATEGORY_PAGE = 5_000;

/**
 * The only door to the entries' streams: one per entry (`entry-<id>`), and the force-phase
 * streams (`entries-<op>_<phase>_<force>`) where earlier releases logged entries, which are
 * read but never given a new entry. Finding an entry there costs nothing on the hot path:
 * a new entry is looked for only when the store says its id is taken, a change only when
 * the entry has no stream of its own.
 */
const READABLE_WAIT_MS = 5_000;

@Injectable()
export class EntriesRepository {
  private readonly entries: StreamRepository<EntryState, EntryEvent>;
  private readonly legacy: StreamRepository<EntriesState, EntryEvent>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    const rules = {
      // A retried request is answered with where its entry's events landed.
      keyOf: (event: EntryEvent) => event.data.entryId,
      eventIdOf: entryEventIdOf,
    };
    this.entries = new StreamRepository(store, initialEntryState, evolveEntry, rules);
    this.legacy = new StreamRepository(
      store,
      initialEntriesState,
      evolveEntries,
      rules,
      foldEntries,
    );
  }

  /** The entry's own stream: where a new entry is logged, expecting no stream. */
  stream(entryId: string): EntryStream {
    return this.entries.stream(entryStream(entryId));
  }

  /** Which of these entries have streams of their own already: one read for them all. */
  async withStreams(entryIds: readonly string[]): Promise<Set<string>> {
    const read = await this.store.readStreams(
      entryIds.map((entryId) => ({ streamName: entryStream(entryId) })),
    );
    return new Set(entryIds.filter((entryId) => read.get(entryStream(entryId))!.length > 0));
  }

  /**
   * New entries' streams, each created with its entry's first events, in one call to the
   * store (one commit on PostgreSQL). Says where each entry's last event landed, or null
   * where the store refused it (its stream or its id taken meanwhile): a single log then
   * judges that entry, as a POST of it would.
   */
  async createAll(
    created: readonly { entryId: string; events: EntryEvent[]; provenance: Provenance }[],
  ): Promise<(Landing | null)[]> {
    const outcomes = await this.store.appendToStreams(
      created.map(({ entryId, events, provenance }) => ({
        streamName: entryStream(entryId),
        events: events.map((event) => toEventToAppend(event, provenance, entryEventIdOf(event))),
        expectedRevision: 'no_stream' as const,
      })),
    );
    // An entry stored a moment ago by another request is left to the single log, which
    // answers it as the repeat it is.
    return outcomes.map((outcome) =>
      'appended' in outcome && !outcome.appended.alreadyStored ? landingOf(outcome.appended) : null,
    );
  }

  /**
   * Where a change to an entry goes: its own stream, or the force-phase stream of the
   * route's phase that an earlier release logged it in. When neither holds it, its own
   * (empty) stream, on which the domain refuses it as it refuses an unknown operation or
   * phase, in that order.
   */
  async streamHolding(
    change: CorrectEntry | RetractEntry,
    operation: OperationState,
  ): Promise<EntryStream> {
    const own = this.stream(change.data.entryId);
    if ((await own.load()).state) return own;
    const legacy = await this.legacyStreamHolding(
      phaseStreams(operation, change.data.phase),
      change.data.entryId,
    );
    return legacy ?? own;
  }

  /**
   * The force-phase stream of an earlier release that holds an entry, seen as that one
   * entry's stream (appends still go to the whole stream, at its revision); null if none.
   */
  async legacyStreamHolding(
    refs: EntriesStreamRef[],
    entryId: string,
  ): Promise<EntryStream | null> {
    for (const ref of refs) {
      const stream = this.legacy.stream(entriesStream(ref.operation, ref.phase, ref.force));
      if ((await stream.load()).state.has(entryId))
        return {
          ...stream,
          load: async () => {
            const loaded = await stream.load();
            return { ...loaded, state: loaded.state.get(entryId) ?? null };
          },
          fold: (state, events) => events.reduce(evolveEntry, state),
        };
    }
    return null;
  }

  /**
   * What a decision on a phase's dates rests on: the clock, and the UK day of each entry
   * of the phase that counts. With a stream per entry, the phase's entries are found by
   * reading the `entry` category from the phase's opening on (an entry of the phase is
   * decided on an operation that has the phase, so its events come after that event),
   * plus the phase's force-phase streams of earlier releases. It scans every entry event
   * since the phase opened, which is acceptable for a close or an amend (rare, by an
   * admin), and keeps the write side off the read models, so its rules never wait for a
   * projector. It is called behind the operation's gate (OperationGates), with no entry of
   * the operation being written in this process, and first waits until every event
   * committed so far is readable, so it sees every entry already written.
   */
  async phaseFacts(operation: OperationState, phase: number, now: Date): Promise<PhaseFacts> {
    await this.untilCommittedReadable();
    const activeEntryDays: string[] = [];
    const count = (entries: Iterable<NonNullable<EntryState>>) => {
      for (const entry of entries)
        if (entry.status !== 'retracted')
          activeEntryDays.push(londonDateOf(entry.current.occurredAt));
    };
    const refs = phaseStreams(operation, phase);
    if (refs.length === 0) return { now, activeEntryDays };
    for (const ref of refs)
      count(
        (await this.legacy.load(entriesStream(ref.operation, ref.phase, ref.force))).state.values(),
      );
    count((await this.entriesOfPhase(refs[0].operation, phase)).values());
    return { now, activeEntryDays };
  }

  /**
   * An append of another operation's, still open, can hold the store's readable bound
   * behind an entry committed a moment ago (docs/architecture.md, "Global order"): wait,
   * a few seconds at most, until what was committed when asked is readable.
   */
  private async untilCommittedReadable(): Promise<void> {
    const committed = await this.store.committedHead();
    const giveUpAt = Date.now() + READABLE_WAIT_MS;
    while (committed !== null && Date.now() < giveUpAt) {
      const readable = await this.store.headPosition();
      if (readable !== null && readable >= committed) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The entries of a phase that have streams of their own, folded in one pass. */
  private async entriesOfPhase(operation: string, phase: number): Promise<EntriesState> {
    const events: EntryEvent[] = [];
    let after = await this.phaseOpenedAt(operation, phase);
    for (
      let page: RecordedEvent[];
      (page = await this.store.readCategory(ENTRY_CATEGORY, { after, maxCount: CATEGORY_PAGE }))
        .length;
      after = page[page.length - 1].position
    )
      for (const event of page)
        if (event.data.operation === operation && event.data.phase === phase)
          events.push({ type: event.type, data: event.data } as unknown as EntryEvent);
    return foldEntries(initialEntriesState(), events);
  }

  /** Where the phase was opened; every event of its entries lies after it. */
  private async phaseOpenedAt(operation: string, phase: number): Promise<Position | undefined> {
    const opened = (await this.store.readStream(operationStream(operation))).find(
      (event) => event.type === 'PhaseOpened' && event.data.phase === phase,
    );
    return opened?.position;
  }
}

/** Each force's entries stream of a phase; none when the operation or the phase does not exist. */
export const phaseStreams = (operation: OperationState, phase: number): EntriesStreamRef[] =>
  operation && findPhase(operation, phase)
    ? operation.forces.map((force) => ({ operation: operation.id, phase, force }))
    : [];
