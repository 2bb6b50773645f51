import type { Actor } from '../access/actor';
import { evolveOperation } from '../operations/evolve-operation';
import type { OperationEvent } from '../operations/operation.events';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../shared/errors';
import { decideEntries } from './decide-entries';
import { initialEntriesState } from './entries-state';
import type { EntryDetails } from './entry';
import type { EntryCommand } from './entry.commands';
import { entryLogged, type EntryEvent } from './entry.events';
import { evolveEntries } from './evolve-entries';

const NOW = new Date('2023-06-28T12:00:00.000Z');
const admin: Actor = { username: 'ada', role: 'admin', force: null };
const dorsetCoordinator: Actor = { username: 'dee', role: 'coordinator', force: 'dorset' };
const ref = { operation: 'scorpion', phase: 5 };

const scorpionPhase5: OperationEvent[] = [
  {
    type: 'OperationRegistered',
    data: {
      operation: 'scorpion',
      name: 'Scorpion',
      scope: 'regional',
      forces: ['dorset', 'wiltshire'],
      description: '',
    },
  },
  {
    type: 'PhaseOpened',
    data: { operation: 'scorpion', phase: 5, name: 'Phase 5', startsOn: '2023-06-26' },
  },
];
const phase5Closed: OperationEvent = {
  type: 'PhaseClosed',
  data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' },
};

const tenWarrants: EntryDetails = {
  kind: 'warrant',
  count: 10,
  force: 'dorset',
  occurredAt: '2023-06-27T09:00:00.000Z',
};
const ID = '6f1c2f4e-4b7a-4d55-9a0b-1f2e3d4c5b6a';

const given = (operationEvents: OperationEvent[], entryEvents: EntryEvent[] = []) => ({
  when: (command: EntryCommand) => () =>
    decideEntries(command, {
      operation: operationEvents.reduce(evolveOperation, null),
      entries: entryEvents.reduce(
        (state, event) => evolveEntries(state, event),
        initialEntriesState(),
      ),
    }),
});

const log = (details: EntryDetails, actor: Actor = admin, now = NOW): EntryCommand => ({
  type: 'LogEntry',
  data: { ...ref, entryId: ID, details },
  metadata: { actor, now },
});

describe('logging an entry', () => {
  it('records the event of its kind', () => {
    expect(given(scorpionPhase5).when(log(tenWarrants))()).toEqual([
      {
        type: 'WarrantExecuted',
        data: {
          ...ref,
          entryId: ID,
          count: 10,
          force: 'dorset',
          occurredAt: '2023-06-27T09:00:00.000Z',
        },
      },
    ]);
  });

  it('lets a coordinator log for their own force', () => {
    expect(given(scorpionPhase5).when(log(tenWarrants, dorsetCoordinator))()).toHaveLength(1);
  });

  it('refuses a coordinator logging for another force', () => {
    const wiltshire = { ...tenWarrants, force: 'wiltshire' as const };
    expect(given(scorpionPhase5).when(log(wiltshire, dorsetCoordinator))).toThrow(Forbidden);
  });

  it('refuses an analyst', () => {
    const analyst: Actor = { username: 'ann', role: 'analyst', force: null };
    expect(given(scorpionPhase5).when(log(tenWarrants, analyst))).toThrow(Forbidden);
  });

  it('treats the same entry sent again as a retry', () => {
    const logged = entryLogged(ref, ID, tenWarrants);
    expect(given(scorpionPhase5, [logged]).when(log(tenWarrants))()).toEqual([]);
  });

  it('still answers a retry after the phase closed', () => {
    const logged = entryLogged(ref, ID, tenWarrants);
    expect(given([...scorpionPhase5, phase5Closed], [logged]).when(log(tenWarrants))()).toEqual([]);
  });

  it('refuses the same entry id with a different body', () => {
    const logged = entryLogged(ref, ID, tenWarrants);
    expect(given(scorpionPhase5, [logged]).when(log({ ...tenWarrants, count: 11 }))).toThrow(
      Conflict,
    );
  });

  it('refuses a force that is not in the operation', () => {
    const devon = { ...tenWarrants, force: 'devon-and-cornwall' as const };
    expect(given(scorpionPhase5).when(log(devon))).toThrow(/force-not-in-operation/);
  });

  it('refuses a closed phase', () => {
    expect(given([...scorpionPhase5, phase5Closed]).when(log(tenWarrants))).toThrow(/phase-closed/);
  });

  it('refuses an entry from before the phase started, by the UK calendar day', () => {
    const lateOnTheEve = { ...tenWarrants, occurredAt: '2023-06-25T22:59:59.000Z' }; // 23:59:59 BST
    expect(given(scorpionPhase5).when(log(lateOnTheEve))).toThrow(/phase-not-started/);
  });

  it('accepts an entry at 00:30 BST on the day the phase starts (23:30 UTC the day before)', () => {
    const halfPastMidnight = { ...tenWarrants, occurredAt: '2023-06-25T23:30:00.000Z' };
    expect(given(scorpionPhase5).when(log(halfPastMidnight))()).toHaveLength(1);
  });

  it('accepts an entry up to five minutes ahead of the clock, not more', () => {
    const inFourMinutes = { ...tenWarrants, occurredAt: '2023-06-28T12:04:00.000Z' };
    const inSixMinutes = { ...tenWarrants, occurredAt: '2023-06-28T12:06:00.000Z' };
    expect(given(scorpionPhase5).when(log(inFourMinutes))()).toHaveLength(1);
    expect(given(scorpionPhase5).when(log(inSixMinutes))).toThrow(RuleViolated);
    expect(given(scorpionPhase5).when(log(inSixMinutes))).toThrow(/occurred-in-future/);
  });

  it('refuses an unknown operation or phase', () => {
    expect(given([]).when(log(tenWarrants))).toThrow(NotFound);
    const phase6: EntryCommand = {
      type: 'LogEntry',
      data: { ...ref, phase: 6, entryId: ID, details: tenWarrants },
      metadata: { actor: admin, now: NOW },
    };
    expect(given(scorpionPhase5).when(phase6)).toThrow(NotFound);
  });
});

describe('correcting and retracting an entry', () => {
  const logged = entryLogged(ref, ID, tenWarrants);
  const correct = (replacement: EntryDetails, actor: Actor = admin, now = NOW): EntryCommand => ({
    type: 'CorrectEntry',
    data: { ...ref, entryId: ID, reason: 'final collated results', replacement },
    metadata: { actor, now },
  });
  const retract = (actor: Actor = admin): EntryCommand => ({
    type: 'RetractEntry',
    data: { ...ref, entryId: ID, reason: 'logged twice' },
    metadata: { actor, now: NOW },
  });

  it('records the replacement, even after the phase closed', () => {
    const replacement = { ...tenWarrants, count: 12 };
    expect(given([...scorpionPhase5, phase5Closed], [logged]).when(correct(replacement))()).toEqual(
      [
        {
          type: 'EntryCorrected',
          data: {
            ...ref,
            entryId: ID,
            force: 'dorset',
            reason: 'final collated results',
            replacement,
          },
        },
      ],
    );
  });

  it('treats a correction to what is already current as a retry', () => {
    expect(given(scorpionPhase5, [logged]).when(correct(tenWarrants))()).toEqual([]);
  });

  it('refuses to move an entry to another force', () => {
    const moved = { ...tenWarrants, force: 'wiltshire' as const };
    expect(given(scorpionPhase5, [logged]).when(correct(moved))).toThrow(/force-cannot-change/);
  });

  it('refuses an unknown entry', () => {
    expect(given(scorpionPhase5).when(correct(tenWarrants))).toThrow(NotFound);
    expect(given(scorpionPhase5).when(retract())).toThrow(NotFound);
  });

  it('refuses another force’s coordinator', () => {
    const wiltshire: Actor = { username: 'wil', role: 'coordinator', force: 'wiltshire' };
    expect(given(scorpionPhase5, [logged]).when(retract(wiltshire))).toThrow(Forbidden);
    expect(given(scorpionPhase5, [logged]).when(correct(tenWarrants, wiltshire))).toThrow(
      Forbidden,
    );
  });

  it('keeps a corrected entry within its phase’s UK dates', () => {
    const closed = [...scorpionPhase5, phase5Closed]; // 2023-06-26 to 2023-07-02
    const weeksLater = new Date('2023-08-01T12:00:00Z');
    const at = (occurredAt: string) => correct({ ...tenWarrants, occurredAt }, admin, weeksLater);
    expect(given(closed, [logged]).when(at('2023-07-02T22:59:00.000Z'))()).toHaveLength(1);
    expect(given(closed, [logged]).when(at('2023-07-02T23:00:00.000Z'))).toThrow(/phase-ended/);
    expect(given(closed, [logged]).when(at('2023-06-25T22:00:00.000Z'))).toThrow(
      /phase-not-started/,
    );
  });

  it('retracts once; retracting again is a retry; a retracted entry cannot be corrected', () => {
    const [retracted] = given(scorpionPhase5, [logged]).when(retract())();
    expect(retracted).toEqual({
      type: 'EntryRetracted',
      data: { ...ref, entryId: ID, force: 'dorset', reason: 'logged twice' },
    });
    expect(given(scorpionPhase5, [logged, retracted]).when(retract())()).toEqual([]);
    expect(
      given(scorpionPhase5, [logged, retracted]).when(correct({ ...tenWarrants, count: 2 })),
    ).toThrow(/entry-retracted/);
  });
});
