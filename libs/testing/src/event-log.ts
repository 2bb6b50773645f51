import { randomUUID } from 'node:crypto';
import {
  entryLogged,
  entryStream,
  FORCE_IDS,
  type EntryDetails,
  type EntryEvent,
  type ForceId,
  type Provenance,
} from '@ros/domain';
import type { EventStore, EventToAppend } from '@ros/event-store';
import { entryEventIdOf, toEventToAppend } from '@ros/write';
import type { OracleEntry } from './oracle';

/** A small deterministic PRNG, so a generated log is the same on every run. */
const random = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

const provenance = (): Provenance => ({
  actor: { username: 'generator', role: 'admin', force: null },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  now: new Date(),
});

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export interface GeneratedLog {
  /** Every entry as it stands at the end (corrections applied, retractions marked). */
  entries: OracleEntry[];
  events: number;
}

export interface GenerateOptions {
  entries: number;
  seed?: number;
  operation?: string;
  /** Entries' streams per appendToStreams (one transaction on PostgreSQL). */
  streamsPerAppend?: number;
}

/**
 * Writes a realistic event log straight to the store: an operation with ten phases,
 * entries of several kinds from all five forces, and a share of them corrected or
 * retracted later, each entry in a stream of its own as the API logs it. For projector
 * tests and benchmarks; the API is not involved.
 */
export const generateEventLog = async (
  store: EventStore,
  { entries: count, seed = 7, operation = 'scorpion', streamsPerAppend = 500 }: GenerateOptions,
): Promise<GeneratedLog> => {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const phases = 10;
  const meta = provenance();
  const registered = {
    operation,
    name: 'Operation Scorpion',
    scope: 'regional',
    forces: FORCE_IDS,
    description: '',
  };
  await store.appendToStream(
    `operation-${operation}`,
    [
      toEventToAppend({ type: 'OperationRegistered', data: registered }, meta),
      ...Array.from({ length: phases }, (_, i) =>
        toEventToAppend(
          {
            type: 'PhaseOpened',
            data: { operation, phase: i + 1, name: `Phase ${i + 1}`, startsOn: '2022-03-07' },
          },
          meta,
        ),
      ),
    ],
    { expectedRevision: 'any' },
  );

  const streams = new Map<string, EventToAppend[]>();
  const entries: OracleEntry[] = [];
  let events = phases + 1;
  const add = (stream: string, event: EntryEvent) => {
    if (!streams.has(stream)) streams.set(stream, []);
    streams.get(stream)!.push(toEventToAppend(event, meta, entryEventIdOf(event)));
    events++;
  };
  const detailsFor = (force: ForceId): EntryDetails => {
    const occurredAt = new Date(Date.UTC(2022, 2, 7 + Math.floor(next() * 900), 10)).toISOString();
    const roll = next();
    const tags = next() < 0.3 ? ['cliw'] : undefined;
    const count = (most: number) => 1 + Math.floor(next() * most);
    // Every kind of entry, in roughly an action day's proportions.
    if (roll < 0.3)
      return withoutUndefined({
        kind: 'arrest',
        count: count(20),
        force,
        occurredAt,
        tags,
        offence: next() < 0.5 ? pick(['drug-supply', 'weapons', 'burglary'] as const) : undefined,
      });
    if (roll < 0.5) return { kind: 'warrant', count: count(10), force, occurredAt };
    if (roll < 0.6)
      return {
        kind: 'seizure',
        item: 'cash',
        quantity: Math.round(next() * 50000),
        unit: 'GBP',
        force,
        occurredAt,
      };
    if (roll < 0.65)
      return {
        kind: 'seizure',
        item: 'class-a-drugs',
        quantity: Math.round(next() * 500_000) / 1000,
        unit: 'g',
        estimatedValueGBP: Math.round(next() * 2_000_000) / 100,
        force,
        occurredAt,
      };
    if (roll < 0.68)
      return {
        kind: 'seizure',
        item: 'mobile-phone',
        quantity: count(10),
        unit: 'item',
        force,
        occurredAt,
      };
    if (roll < 0.76)
      return {
        kind: 'safeguarding',
        count: count(5),
        ageGroup: pick(['child', 'adult'] as const),
        force,
        occurredAt,
      };
    if (roll < 0.83)
      return {
        kind: 'disruption',
        category: pick(['pursue', 'protect', 'prevent', 'prepare'] as const),
        severity: pick(['major', 'moderate', 'minor'] as const),
        force,
        occurredAt,
      };
    if (roll < 0.88) return { kind: 'charge', count: count(5), force, occurredAt };
    if (roll < 0.92) return { kind: 'vehicle-stop', count: count(50), force, occurredAt };
    if (roll < 0.95) return { kind: 'welfare-visit', count: count(10), force, occurredAt };
    if (roll < 0.98) return { kind: 'engagement', count: count(10), force, occurredAt };
    return { kind: 'county-line-closure', force, occurredAt };
  };

  for (let i = 0; i < count; i++) {
    const force = pick(FORCE_IDS);
    const phase = 1 + Math.floor(next() * phases);
    const entryId = randomUUID();
    const stream = entryStream(entryId);
    const details = detailsFor(force);
    add(stream, entryLogged({ operation, phase }, entryId, details));
    const entry: OracleEntry = { entryId, operation, phase, body: details, retracted: false };
    entries.push(entry);
    const later = next();
    if (later < 0.05) {
      const replacement = detailsFor(force);
      add(stream, {
        type: 'EntryCorrected',
        data: { operation, phase, entryId, force, reason: 'recount', replacement },
      });
      entry.body = replacement;
    } else if (later < 0.08) {
      add(stream, {
        type: 'EntryRetracted',
        data: { operation, phase, entryId, force, reason: 'duplicate' },
      });
      entry.retracted = true;
    }
  }
  const appends = [...streams].map(([streamName, events]) => ({
    streamName,
    events,
    expectedRevision: 'no_stream' as const,
  }));
  for (let start = 0; start < appends.length; start += streamsPerAppend)
    for (const outcome of await store.appendToStreams(
      appends.slice(start, start + streamsPerAppend),
    ))
      if ('refused' in outcome) throw outcome.refused;
  return { entries, events };
};
