import type { OperationState } from './operation';
import type { OperationEvent } from './operation.events';

export const initialOperationState = (): OperationState => null;

export const evolveOperation = (state: OperationState, event: OperationEvent): OperationState => {
  switch (event.type) {
    case 'OperationRegistered': {
      const { operation, name, scope, forces, description } = event.data;
      return { id: operation, name, scope, forces, description, phases: [] };
    }
    case 'PhaseOpened': {
      if (!state) return state;
      const { phase, name, startsOn } = event.data;
      const opened = { number: phase, name, status: 'open' as const, startsOn, endsOn: null };
      return { ...state, phases: [...state.phases, opened] };
    }
    case 'PhaseClosed': {
      if (!state) return state;
      const phases = state.phases.map((phase) =>
        phase.number === event.data.phase
          ? { ...phase, status: 'closed' as const, endsOn: event.data.endsOn }
          : phase,
      );
      return { ...state, phases };
    }
  }
};
