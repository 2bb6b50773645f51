import { Conflict, InvalidInput, NotFound, RuleViolated } from '../shared/errors';
import { findPhase, scopeProblems, type Operation, type OperationState } from './operation';
import type {
  ClosePhase,
  OpenPhase,
  OperationCommand,
  RegisterOperation,
} from './operation.commands';
import type { OperationEvent } from './operation.events';

export const decideOperation = (
  command: OperationCommand,
  state: OperationState,
): OperationEvent[] => {
  switch (command.type) {
    case 'RegisterOperation':
      return register(command, state);
    case 'OpenPhase':
      return openPhase(command, registered(state, command.data.operation));
    case 'ClosePhase':
      return closePhase(command, registered(state, command.data.operation));
  }
};

const registered = (state: OperationState, id: string): Operation => {
  if (!state) throw new NotFound(`Operation '${id}' is not registered`);
  return state;
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

const closePhase = ({ data }: ClosePhase, operation: Operation): OperationEvent[] => {
  const phase = findPhase(operation, data.number);
  if (!phase) throw new NotFound(`Phase ${data.number} of '${operation.id}' does not exist`);
  if (phase.status === 'closed') {
    // A retried close with the same end date is the same request: nothing new happens.
    if (phase.endsOn === data.endsOn) return [];
    throw new RuleViolated(
      'phase-already-closed',
      `phase ${data.number} closed on ${phase.endsOn}`,
    );
  }
  if (data.endsOn < phase.startsOn)
    throw new RuleViolated(
      'phase-ends-before-it-starts',
      `endsOn ${data.endsOn} is before startsOn ${phase.startsOn}`,
    );
  return [
    {
      type: 'PhaseClosed',
      data: { operation: operation.id, phase: data.number, endsOn: data.endsOn },
    },
  ];
};
