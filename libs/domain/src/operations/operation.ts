import type { ForceId } from '../forces';
import { NotFound } from '../shared/errors';

export const OPERATION_SCOPES = ['regional', 'force'] as const;
export type OperationScope = (typeof OPERATION_SCOPES)[number];
export const OPERATION_ID = /^[a-z][a-z0-9-]{1,39}$/;
/** Phases are numbered rounds: 1 to 999 is far more than any operation runs. */
export const PHASE_NUMBERS = { min: 1, max: 999 } as const;
export const isPhaseNumber = (value: number): boolean =>
  Number.isInteger(value) && value >= PHASE_NUMBERS.min && value <= PHASE_NUMBERS.max;
export const NAME_LENGTH = 100;
export const DESCRIPTION_LENGTH = 1000;

export const PHASE_STATUSES = ['open', 'closed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export interface Phase {
  number: number;
  name: string;
  status: PhaseStatus;
  startsOn: string;
  endsOn: string | null;
}

export interface Operation {
  id: string;
  name: string;
  scope: OperationScope;
  forces: ForceId[];
  description: string;
  phases: Phase[];
}

/** An operation's state as its stream tells it; null until it is registered. */
export type OperationState = Operation | null;

/** Refuses a command about an operation that is not registered; any id no registration could take is one. */
export const notRegistered = (id: string): NotFound =>
  new NotFound(`Operation '${id}' is not registered`);

/** An operation's id as a path gives it: one no registration could take is not registered (404). */
export const operationIdFrom = (raw: unknown): string => {
  if (typeof raw === 'string' && OPERATION_ID.test(raw)) return raw;
  throw notRegistered(String(raw));
};

export const registered = (state: OperationState, id: string): Operation => {
  if (!state) throw notRegistered(id);
  return state;
};

export const findPhase = (operation: Operation, number: number): Phase | undefined =>
  operation.phases.find((phase) => phase.number === number);

/** Input-only rules of a registration: a regional operation has two forces or more, a force one exactly one. */
export const scopeProblems = (scope: OperationScope, forces: readonly ForceId[]): string[] => {
  if (new Set(forces).size !== forces.length) return ['forces must not repeat a force'];
  if (scope === 'regional' && forces.length < 2)
    return ['forces must list at least two forces for a regional operation'];
  if (scope === 'force' && forces.length !== 1)
    return ['forces must list exactly one force for a force operation'];
  return [];
};
