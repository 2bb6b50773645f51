import type { OperationState, Phase } from './operation';
import type { OperationEvent } from './operation.events';

export const initialOperationState = (): OperationState => null;

export const evolveOperation = (state: OperationState, event: OperationEvent): OperationState => {
  if (event.type === 'OperationRegistered') {
    const { operation, name, scope, forces, description } = event.data;
    return { id: operation, name, scope, forces, description, phases: [] };
  }
  if (!state) return state;
  if (event.type === 'PhaseOpened') {
    const { phase, name, startsOn } = event.data;
    const opened: Phase = { number: phase, name, status: 'open', startsOn, endsOn: null };
    return { ...state, phases: [...state.phases, opened] };
  }
  const change = phaseChange(event);
  const phases = state.phases.map((phase) =>
    phase.number === event.data.phase ? { ...phase, ...change } : phase,
  );
  return { ...state, phases };
};

const phaseChange = (
  event: Exclude<OperationEvent, { type: 'OperationRegistered' | 'PhaseOpened' }>,
): Partial<Phase> => {
  switch (event.type) {
    case 'PhaseClosed':
      return { status: 'closed', endsOn: event.data.endsOn };
    case 'PhaseReopened':
      return { status: 'open', endsOn: null };
    case 'PhaseDatesAmended':
      return { startsOn: event.data.startsOn, endsOn: event.data.endsOn };
  }
};
