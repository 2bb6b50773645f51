import { Conflict, InvalidInput, NotFound, RuleViolated } from '../shared/errors';
import {
  findPhase,
  registered,
  scopeProblems,
  type Operation,
  type OperationState,
  type Phase,
} from './operation';
import type {
  AmendPhaseDates,
  ClosePhase,
  OpenPhase,
  OperationCommand,
  RegisterOperation,
  ReopenPhase,
} from './operation.commands';
import type { OperationEvent } from './operation.events';
import { assertPhaseDates } from './phase-dates';

export const decideOperation = (
  command: OperationCommand,
  state: OperationState,
): OperationEvent[] => {
  if (command.type === 'RegisterOperation') return register(command, state);
  const operation = registered(state, command.data.operation);
  switch (command.type) {
    case 'OpenPhase':
      return openPhase(command, operation);
    case 'ClosePhase':
      return closePhase(command, existingPhase(operation, command.data.number));
    case 'ReopenPhase':
      return reopenPhase(command, existingPhase(operation, command.data.number));
    case 'AmendPhaseDates':
      return amendPhaseDates(command, existingPhase(operation, command.data.number));
  }
};

const existingPhase = (operation: Operation, number: number): Phase => {
  const phase = findPhase(operation, number);
  if (!phase) throw new NotFound(`Phase ${number} of '${operation.id}' does not exist`);
  return phase;
};

const register = ({ data }: RegisterOperation, state: OperationState): OperationEvent[] => {
  if (state) throw new Conflict(`Operation '${data.id}' is already registered`);
  const problems = scopeProblems(data.scope, data.forces);
  if (problems.length) throw new InvalidInput(problems);
  const { id, name, scope, forces, description } = data;
  return [
    { type: 'OperationRegistered', data: { operation: id, name, scope, forces, description } },
  ];
};

const openPhase = ({ data }: OpenPhase, operation: Operation): OperationEvent[] => {
  if (findPhase(operation, data.number))
    throw new Conflict(`Phase ${data.number} of '${operation.id}' already exists`);
  const name = data.name ?? `Phase ${data.number}`;
  return [
    {
      type: 'PhaseOpened',
      data: { operation: operation.id, phase: data.number, name, startsOn: data.startsOn },
    },
  ];
};

const closePhase = ({ data, metadata }: ClosePhase, phase: Phase): OperationEvent[] => {
  if (phase.status === 'closed') {
    // A retried close with the same end date is the same request: nothing new happens.
    if (phase.endsOn === data.endsOn) return [];
    throw new RuleViolated(
      'phase-already-closed',
      `phase ${data.number} closed on ${phase.endsOn}; amend its dates to change that`,
    );
  }
  assertPhaseDates(phase.number, phase.startsOn, data.endsOn, metadata);
  return [
    {
      type: 'PhaseClosed',
      data: { operation: data.operation, phase: data.number, endsOn: data.endsOn },
    },
  ];
};

const reopenPhase = ({ data }: ReopenPhase, phase: Phase): OperationEvent[] => {
  if (phase.status === 'open') return []; // a retry, or nothing to do
  return [
    {
      type: 'PhaseReopened',
      data: { operation: data.operation, phase: data.number, reason: data.reason },
    },
  ];
};

const amendPhaseDates = ({ data, metadata }: AmendPhaseDates, phase: Phase): OperationEvent[] => {
  if (data.endsOn !== undefined && phase.status === 'open')
    throw new RuleViolated(
      'phase-open',
      `phase ${data.number} is open and has no end date yet: close it instead`,
    );
  const startsOn = data.startsOn ?? phase.startsOn;
  const endsOn = data.endsOn ?? phase.endsOn;
  if (startsOn === phase.startsOn && endsOn === phase.endsOn) return [];
  assertPhaseDates(phase.number, startsOn, endsOn, metadata);
  return [
    {
      type: 'PhaseDatesAmended',
      data: {
        operation: data.operation,
        phase: data.number,
        startsOn,
        endsOn,
        reason: data.reason,
      },
    },
  ];
};
