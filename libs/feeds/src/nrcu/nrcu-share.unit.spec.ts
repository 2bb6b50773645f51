import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ENTRY_LOGGED_TYPES } from '@ros/domain';
import type { RecordedEvent } from '@ros/event-store';
import { messagesOf } from '../relay/relay';
import { NRCU_TOPIC } from '../relay/topics';
import { NRCU_ENTRY_FIELDS, nrcuShareOf } from './nrcu-share';

const SECRET = 'Jo Bloggs 07700 900123 at Upper Farm';
const FREE_TEXT = ['notes', 'location', 'description', 'lineName', 'drug', 'reason'];

const anyDetails = fc.record(
  {
    force: fc.constantFrom('dorset', 'wiltshire'),
    occurredAt: fc.constant('2026-11-20T10:00:00.000Z'),
    count: fc.nat(50),
    item: fc.constantFrom('vehicle', 'plant-machinery', 'cash'),
    quantity: fc.nat(1000),
    tags: fc.constant(['rural-week']),
    assistedBy: fc.constant(['nrcu']),
    ...Object.fromEntries(FREE_TEXT.map((field) => [field, fc.constant(SECRET)])),
    someFutureField: fc.constant(SECRET),
  },
  { requiredKeys: ['force', 'occurredAt'] },
);

const anyEvent = fc
  .tuple(
    fc.constantFrom('ragwort', 'scorpion', 'viper'),
    fc.constantFrom(...ENTRY_LOGGED_TYPES, 'EntryCorrected', 'EntryRetracted'),
    anyDetails,
  )
  .map(([operation, type, details]): RecordedEvent => {
    const ref = { entryId: randomUUID(), operation, phase: 2 };
    const data =
      type === 'EntryCorrected'
        ? {
            ...ref,
            force: details.force,
            reason: SECRET,
            replacement: { kind: 'arrest', ...details },
          }
        : type === 'EntryRetracted'
          ? { ...ref, force: details.force, reason: SECRET }
          : { ...ref, ...details };
    return {
      id: randomUUID(),
      type,
      data,
      metadata: { schemaVersion: 1, recordedBy: 'wiltshire-coordinator' },
      streamName: `entry-${ref.entryId}`,
      revision: 0n,
      position: 1n,
      recordedAt: new Date(),
    };
  });

describe('the feed to the National Rural Crime Unit', () => {
  it('never carries a field outside the agreed list, free text, or who recorded an entry', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 20 }), (events) => {
        for (const message of messagesOf(events).filter((m) => m.topic === NRCU_TOPIC)) {
          for (const field of Object.keys(message.event.data))
            expect(NRCU_ENTRY_FIELDS).toContain(field);
          const text = JSON.stringify(message.event);
          expect(text).not.toContain(SECRET);
          expect(text).not.toContain('wiltshire-coordinator');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('carries only the shared operation’s entries', () => {
    fc.assert(
      fc.property(anyEvent, (event) => {
        const shared = nrcuShareOf(event);
        expect(shared !== null).toBe(event.data.operation === 'ragwort');
      }),
    );
    const registration = {
      id: randomUUID(),
      type: 'OperationRegistered',
      data: { operation: 'ragwort', name: 'Operation Ragwort' },
      metadata: { schemaVersion: 1 },
      streamName: 'operation-ragwort',
      revision: 0n,
      position: 1n,
      recordedAt: new Date(),
    };
    expect(nrcuShareOf(registration)).toBeNull();
  });

  it('says what an entry counts: its kind, figures and partners; a correction as corrected; a retraction by id', () => {
    const entryId = randomUUID();
    const base = {
      id: randomUUID(),
      metadata: { schemaVersion: 1 },
      streamName: `entry-${entryId}`,
      revision: 0n,
      position: 1n,
      recordedAt: new Date('2026-11-23T09:00:00Z'),
    };
    const ref = { entryId, operation: 'ragwort', phase: 1 };
    const logged = nrcuShareOf({
      ...base,
      type: 'SeizureRecorded',
      data: {
        ...ref,
        force: 'dorset',
        occurredAt: '2026-11-20T10:00:00.000Z',
        item: 'vehicle',
        quantity: 2,
        notes: SECRET,
      },
    });
    expect(logged).toMatchObject({
      id: base.id,
      type: 'SeizureRecorded',
      subject: `entry-${entryId}`,
      data: { ...ref, force: 'dorset', kind: 'seizure', item: 'vehicle', quantity: 2 },
    });
    const retracted = nrcuShareOf({
      ...base,
      type: 'EntryRetracted',
      data: { ...ref, force: 'dorset', reason: SECRET },
    });
    expect(retracted?.data).toEqual({ ...ref, force: 'dorset' });
  });
});
