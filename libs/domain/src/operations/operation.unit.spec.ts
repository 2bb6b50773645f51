import { deciderSpec } from '../../../testing/src/decider-spec';
import { Conflict, InvalidInput, NotFound, RuleViolated } from '../shared/errors';
import { decideOperation } from './decide-operation';
import { evolveOperation, initialOperationState } from './evolve-operation';
import type { OperationEvent } from './operation.events';

const spec = deciderSpec({
  decide: decideOperation,
  evolve: evolveOperation,
  initialState: initialOperationState,
});

const registered: OperationEvent = {
  type: 'OperationRegistered',
  data: {
    operation: 'scorpion',
    name: 'Operation Scorpion',
    scope: 'regional',
    forces: ['dorset', 'wiltshire'],
    description: '',
  },
};
const NOW = new Date('2023-07-10T12:00:00Z');
/** The phase's entries that still count, as UK days: none unless a test says so. */
const NO_ENTRIES = { now: NOW, activeEntryDays: [] as string[] };
const phase5Closed: OperationEvent = {
  type: 'PhaseClosed',
  data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' },
};

const phase5Opened: OperationEvent = {
  type: 'PhaseOpened',
  data: { operation: 'scorpion', phase: 5, name: 'Phase 5', startsOn: '2023-06-26' },
};

describe('an operation', () => {
  it('is registered with its scope and forces', () =>
    spec
      .given([])
      .when({
        type: 'RegisterOperation',
        data: {
          id: 'scorpion',
          name: 'Operation Scorpion',
          scope: 'regional',
          forces: ['dorset', 'wiltshire'],
          description: '',
        },
      })
      .then([registered]));

  it('cannot be registered twice', () =>
    spec
      .given([registered])
      .when({
        type: 'RegisterOperation',
        data: { id: 'scorpion', name: 'x', scope: 'force', forces: ['dorset'], description: '' },
      })
      .thenRefuses(Conflict));

  it('needs two forces or more when regional', () =>
    spec
      .given([])
      .when({
        type: 'RegisterOperation',
        data: {
          id: 'viper',
          name: 'Viper',
          scope: 'regional',
          forces: ['dorset'],
          description: '',
        },
      })
      .thenRefuses(InvalidInput, /at least two forces/));

  it('needs exactly one force when a force operation', () =>
    spec
      .given([])
      .when({
        type: 'RegisterOperation',
        data: {
          id: 'viper',
          name: 'Viper',
          scope: 'force',
          forces: ['dorset', 'wiltshire'],
          description: '',
        },
      })
      .thenRefuses(InvalidInput, /exactly one force/));

  it('opens a numbered phase, named after its number by default', () =>
    spec
      .given([registered])
      .when({
        type: 'OpenPhase',
        data: { operation: 'scorpion', number: 5, startsOn: '2023-06-26' },
      })
      .then([phase5Opened]));

  it('refuses a phase for an operation that is not registered', () =>
    spec
      .given([])
      .when({
        type: 'OpenPhase',
        data: { operation: 'scorpion', number: 5, startsOn: '2023-06-26' },
      })
      .thenRefuses(NotFound));

  it('refuses a phase number already used', () =>
    spec
      .given([registered, phase5Opened])
      .when({
        type: 'OpenPhase',
        data: { operation: 'scorpion', number: 5, startsOn: '2023-07-01' },
      })
      .thenRefuses(Conflict));

  it('closes a phase on a date after it started', () =>
    spec
      .given([registered, phase5Opened])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-02' },
        metadata: NO_ENTRIES,
      })
      .then([
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' } },
      ]));

  it('refuses to close a phase before it started', () =>
    spec
      .given([registered, phase5Opened])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-06-01' },
        metadata: NO_ENTRIES,
      })
      .thenRefuses(RuleViolated, /phase-ends-before-it-starts/));

  it('treats closing again on the same date as a retry', () =>
    spec
      .given([
        registered,
        phase5Opened,
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' } },
      ])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-02' },
        metadata: NO_ENTRIES,
      })
      .thenNothingHappens());

  it('refuses to close a closed phase on another date', () =>
    spec
      .given([
        registered,
        phase5Opened,
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' } },
      ])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-09' },
        metadata: NO_ENTRIES,
      })
      .thenRefuses(RuleViolated, /phase-already-closed/));

  it('refuses to close a phase that does not exist', () =>
    spec
      .given([registered])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 9, endsOn: '2023-07-02' },
        metadata: NO_ENTRIES,
      })
      .thenRefuses(NotFound));

  it('refuses to close a phase on a day still to come: it would be closed at once for ever', () =>
    spec
      .given([registered, phase5Opened])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-11' },
        metadata: NO_ENTRIES,
      })
      .thenRefuses(RuleViolated, /phase-ends-in-future: endsOn 2023-07-11 is after today/));

  it('closes a phase on today’s UK date, even late in the evening in summer', () =>
    spec
      .given([registered, phase5Opened])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-11' },
        metadata: { now: new Date('2023-07-10T23:30:00Z'), activeEntryDays: [] },
      })
      .then([
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-11' } },
      ]));

  it('refuses to close a phase before its latest entry, saying how many entries are after', () =>
    spec
      .given([registered, phase5Opened])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-01' },
        metadata: { now: NOW, activeEntryDays: ['2023-06-27', '2023-07-02', '2023-07-03'] },
      })
      .thenRefuses(
        RuleViolated,
        'entries-after-end: 2 active entries of phase 5 occurred after 2023-07-01 (the latest on 2023-07-03)',
      ));
});

describe('putting a phase’s dates right', () => {
  const reopen = {
    type: 'ReopenPhase' as const,
    data: { operation: 'scorpion', number: 5, reason: 'closed a week early' },
  };
  const amend = (
    dates: { startsOn?: string; endsOn?: string },
    activeEntryDays: string[] = [],
  ) => ({
    type: 'AmendPhaseDates' as const,
    data: { operation: 'scorpion', number: 5, reason: 'dates from the final release', ...dates },
    metadata: { now: NOW, activeEntryDays },
  });

  it('reopens a closed phase, keeping the reason', () =>
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(reopen)
      .then([
        {
          type: 'PhaseReopened',
          data: { operation: 'scorpion', phase: 5, reason: 'closed a week early' },
        },
      ]));

  it('treats reopening an open phase as a retry', () =>
    spec.given([registered, phase5Opened]).when(reopen).thenNothingHappens());

  it('lets a reopened phase be closed on another date', () =>
    spec
      .given([
        registered,
        phase5Opened,
        phase5Closed,
        { type: 'PhaseReopened', data: { operation: 'scorpion', phase: 5, reason: 'early' } },
      ])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 5, endsOn: '2023-07-09' },
        metadata: NO_ENTRIES,
      })
      .then([
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-09' } },
      ]));

  it('amends the start and end of a closed phase', () =>
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(amend({ startsOn: '2023-06-25', endsOn: '2023-07-03' }))
      .then([
        {
          type: 'PhaseDatesAmended',
          data: {
            operation: 'scorpion',
            phase: 5,
            startsOn: '2023-06-25',
            endsOn: '2023-07-03',
            reason: 'dates from the final release',
          },
        },
      ]));

  it('amends the start of an open phase, which keeps no end date', () =>
    spec
      .given([registered, phase5Opened])
      .when(amend({ startsOn: '2023-06-19' }))
      .then([
        {
          type: 'PhaseDatesAmended',
          data: {
            operation: 'scorpion',
            phase: 5,
            startsOn: '2023-06-19',
            endsOn: null,
            reason: 'dates from the final release',
          },
        },
      ]));

  it('refuses an end date for an open phase: closing it says that', () =>
    spec
      .given([registered, phase5Opened])
      .when(amend({ endsOn: '2023-07-02' }))
      .thenRefuses(RuleViolated, /phase-open/));

  it('refuses dates that would leave entries outside the phase', () => {
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(amend({ startsOn: '2023-06-28' }, ['2023-06-27', '2023-06-29']))
      .thenRefuses(
        RuleViolated,
        'entries-before-start: 1 active entry of phase 5 occurred before 2023-06-28',
      );
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(amend({ endsOn: '2023-06-28' }, ['2023-06-27', '2023-06-29']))
      .thenRefuses(RuleViolated, /entries-after-end/);
  });

  it('refuses an end in the future or before the start', () => {
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(amend({ endsOn: '2099-01-01' }))
      .thenRefuses(RuleViolated, /phase-ends-in-future/);
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(amend({ startsOn: '2023-07-05' }))
      .thenRefuses(RuleViolated, /phase-ends-before-it-starts/);
  });

  it('treats amending to the dates it already has as a retry', () =>
    spec
      .given([registered, phase5Opened, phase5Closed])
      .when(amend({ startsOn: '2023-06-26', endsOn: '2023-07-02' }))
      .thenNothingHappens());
});
