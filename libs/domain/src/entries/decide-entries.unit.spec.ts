import { deciderSpec } from '../../../testing/src/decider-spec';
import type { Actor } from '../access/actor';
import { evolveOperation, initialOperationState } from '../operations/evolve-operation';
import type { OperationEvent } from '../operations/operation.events';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../shared/errors';
import { decideEntries, type EntryContext } from './decide-entries';
import { initialEntryState } from './entries-state';
import type { EntryDetails } from './entry';
import type { EntryCommand } from './entry.commands';
import { entryLogged, type EntryEvent } from './entry.events';
import { evolveEntry } from './evolve-entries';

// The entries decider decides on its operation's stream and one entry's stream together.
const spec = deciderSpec<EntryCommand, OperationEvent | EntryEvent, EntryContext>({
  decide: decideEntries,
  evolve: (context, event) =>
    'entryId' in event.data
      ? { ...context, entry: evolveEntry(context.entry, event as EntryEvent) }
      : { ...context, operation: evolveOperation(context.operation, event as OperationEvent) },
  initialState: () => ({ operation: initialOperationState(), entry: initialEntryState() }),
});

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

const log = (details: EntryDetails, actor: Actor = admin, now = NOW): EntryCommand => ({
  type: 'LogEntry',
  data: { ...ref, entryId: ID, details },
  metadata: { actor, now },
});
const logged = (details: EntryDetails = tenWarrants) => entryLogged(ref, ID, details);

describe('logging an entry', () => {
  it('records the event of its kind', () =>
    spec
      .given(scorpionPhase5)
      .when(log(tenWarrants))
      .then([
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
      ]));

  it('lets a coordinator log for their own force', () =>
    spec.given(scorpionPhase5).when(log(tenWarrants, dorsetCoordinator)).then([logged()]));

  it('refuses a coordinator logging for another force', () => {
    const wiltshire = { ...tenWarrants, force: 'wiltshire' as const };
    spec.given(scorpionPhase5).when(log(wiltshire, dorsetCoordinator)).thenRefuses(Forbidden);
  });

  it('refuses an analyst', () => {
    const analyst: Actor = { username: 'ann', role: 'analyst', force: null };
    spec.given(scorpionPhase5).when(log(tenWarrants, analyst)).thenRefuses(Forbidden);
  });

  it('treats the same entry sent again as a retry', () =>
    spec
      .given([...scorpionPhase5, logged()])
      .when(log(tenWarrants))
      .thenNothingHappens());

  it('treats a retry as the entry logged before empty values were left out, which stored "" and []', () =>
    spec
      .given([
        ...scorpionPhase5,
        logged({ ...tenWarrants, notes: '', location: '', tags: [], assistedBy: [] }),
      ])
      .when(log(tenWarrants))
      .thenNothingHappens());

  it('still answers a retry after the phase closed', () =>
    spec
      .given([...scorpionPhase5, phase5Closed, logged()])
      .when(log(tenWarrants))
      .thenNothingHappens());

  it('refuses the same entry id with a different body', () =>
    spec
      .given([...scorpionPhase5, logged()])
      .when(log({ ...tenWarrants, count: 11 }))
      .thenRefuses(Conflict));

  it('refuses the same entry id sent again to another phase: its id is taken', () => {
    const phase6: OperationEvent = {
      type: 'PhaseOpened',
      data: { operation: 'scorpion', phase: 6, name: 'Phase 6', startsOn: '2023-06-26' },
    };
    spec
      .given([...scorpionPhase5, phase6, logged()])
      .when({
        type: 'LogEntry',
        data: { ...ref, phase: 6, entryId: ID, details: tenWarrants },
        metadata: { actor: admin, now: NOW },
      })
      .thenRefuses(Conflict);
  });

  it('refuses a force that is not in the operation', () => {
    const devon = { ...tenWarrants, force: 'devon-and-cornwall' as const };
    spec
      .given(scorpionPhase5)
      .when(log(devon))
      .thenRefuses(RuleViolated, /force-not-in-operation/);
  });

  it('refuses a closed phase', () =>
    spec
      .given([...scorpionPhase5, phase5Closed])
      .when(log(tenWarrants))
      .thenRefuses(RuleViolated, /phase-closed/));

  it('refuses an entry from before the phase started, by the UK calendar day', () => {
    const lateOnTheEve = { ...tenWarrants, occurredAt: '2023-06-25T22:59:59.000Z' }; // 23:59:59 BST
    spec
      .given(scorpionPhase5)
      .when(log(lateOnTheEve))
      .thenRefuses(RuleViolated, /phase-not-started/);
  });

  it('accepts an entry at 00:30 BST on the day the phase starts (23:30 UTC the day before)', () => {
    const halfPastMidnight = { ...tenWarrants, occurredAt: '2023-06-25T23:30:00.000Z' };
    spec
      .given(scorpionPhase5)
      .when(log(halfPastMidnight))
      .then([logged(halfPastMidnight)]);
  });

  it('accepts an entry up to five minutes ahead of the clock, not more', () => {
    const inFourMinutes = { ...tenWarrants, occurredAt: '2023-06-28T12:04:00.000Z' };
    const inSixMinutes = { ...tenWarrants, occurredAt: '2023-06-28T12:06:00.000Z' };
    spec
      .given(scorpionPhase5)
      .when(log(inFourMinutes))
      .then([logged(inFourMinutes)]);
    spec
      .given(scorpionPhase5)
      .when(log(inSixMinutes))
      .thenRefuses(RuleViolated, /occurred-in-future/);
  });

  it('refuses an unknown operation or phase', () => {
    spec.given([]).when(log(tenWarrants)).thenRefuses(NotFound);
    const phase6: EntryCommand = {
      type: 'LogEntry',
      data: { ...ref, phase: 6, entryId: ID, details: tenWarrants },
      metadata: { actor: admin, now: NOW },
    };
    spec.given(scorpionPhase5).when(phase6).thenRefuses(NotFound);
  });
});

describe('correcting and retracting an entry', () => {
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
  const corrected = (replacement: EntryDetails): EntryEvent => ({
    type: 'EntryCorrected',
    data: { ...ref, entryId: ID, force: 'dorset', reason: 'final collated results', replacement },
  });
  const retracted: EntryEvent = {
    type: 'EntryRetracted',
    data: { ...ref, entryId: ID, force: 'dorset', reason: 'logged twice' },
  };

  it('records the replacement, even after the phase closed', () => {
    const replacement = { ...tenWarrants, count: 12 };
    spec
      .given([...scorpionPhase5, phase5Closed, logged()])
      .when(correct(replacement))
      .then([corrected(replacement)]);
  });

  it('treats a correction to what is already current as a retry', () =>
    spec
      .given([...scorpionPhase5, logged()])
      .when(correct(tenWarrants))
      .thenNothingHappens());

  it('treats a correction to what is current, but for empty values stored before, as a retry', () =>
    spec
      .given([...scorpionPhase5, logged({ ...tenWarrants, tags: [], notes: '' })])
      .when(correct(tenWarrants))
      .thenNothingHappens());

  it('refuses to move an entry to another force', () => {
    const moved = { ...tenWarrants, force: 'wiltshire' as const };
    spec
      .given([...scorpionPhase5, logged()])
      .when(correct(moved))
      .thenRefuses(RuleViolated, /force-cannot-change/);
  });

  it('refuses an unknown entry', () => {
    spec.given(scorpionPhase5).when(correct(tenWarrants)).thenRefuses(NotFound);
    spec.given(scorpionPhase5).when(retract()).thenRefuses(NotFound);
  });

  it('refuses an entry of another phase as unknown in this one', () => {
    const phase6: OperationEvent = {
      type: 'PhaseOpened',
      data: { operation: 'scorpion', phase: 6, name: 'Phase 6', startsOn: '2023-06-26' },
    };
    const inPhase6 = <C extends EntryCommand>(command: C): C => ({
      ...command,
      data: { ...command.data, phase: 6 },
    });
    spec
      .given([...scorpionPhase5, phase6, logged()])
      .when(inPhase6(correct({ ...tenWarrants, count: 12 })))
      .thenRefuses(NotFound);
    spec
      .given([...scorpionPhase5, phase6, logged()])
      .when(inPhase6(retract()))
      .thenRefuses(NotFound);
  });

  it('answers another force’s coordinator as if the entry did not exist', () => {
    const wiltshire: Actor = { username: 'wil', role: 'coordinator', force: 'wiltshire' };
    spec
      .given([...scorpionPhase5, logged()])
      .when(retract(wiltshire))
      .thenRefuses(NotFound);
    spec
      .given([...scorpionPhase5, logged()])
      .when(correct(tenWarrants, wiltshire))
      .thenRefuses(NotFound);
  });

  it('refuses a role that records no entries, whichever force', () => {
    const pcc: Actor = { username: 'pcc', role: 'pcc', force: 'dorset' };
    const analyst: Actor = { username: 'ana', role: 'analyst', force: null };
    for (const actor of [pcc, analyst]) {
      spec
        .given([...scorpionPhase5, logged()])
        .when(retract(actor))
        .thenRefuses(Forbidden);
      spec
        .given([...scorpionPhase5, logged()])
        .when(correct(tenWarrants, actor))
        .thenRefuses(Forbidden);
    }
  });

  it('keeps a corrected entry within its phase’s UK dates', () => {
    const closed = [...scorpionPhase5, phase5Closed, logged()]; // 2023-06-26 to 2023-07-02
    const weeksLater = new Date('2023-08-01T12:00:00Z');
    const at = (occurredAt: string) => correct({ ...tenWarrants, occurredAt }, admin, weeksLater);
    const lastMinute = '2023-07-02T22:59:00.000Z';
    spec
      .given(closed)
      .when(at(lastMinute))
      .then([corrected({ ...tenWarrants, occurredAt: lastMinute })]);
    spec
      .given(closed)
      .when(at('2023-07-02T23:00:00.000Z'))
      .thenRefuses(RuleViolated, /phase-ended/);
    spec
      .given(closed)
      .when(at('2023-06-25T22:00:00.000Z'))
      .thenRefuses(RuleViolated, /phase-not-started/);
  });

  it('retracts once; retracting again is a retry; a retracted entry cannot be corrected', () => {
    spec
      .given([...scorpionPhase5, logged()])
      .when(retract())
      .then([retracted]);
    spec
      .given([...scorpionPhase5, logged(), retracted])
      .when(retract())
      .thenNothingHappens();
    spec
      .given([...scorpionPhase5, logged(), retracted])
      .when(correct({ ...tenWarrants, count: 2 }))
      .thenRefuses(RuleViolated, /entry-retracted/);
  });
});
