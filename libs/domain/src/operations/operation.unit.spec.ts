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
      })
      .thenRefuses(RuleViolated, /phase-already-closed/));

  it('refuses to close a phase that does not exist', () =>
    spec
      .given([registered])
      .when({
        type: 'ClosePhase',
        data: { operation: 'scorpion', number: 9, endsOn: '2023-07-02' },
      })
      .thenRefuses(NotFound));
});
