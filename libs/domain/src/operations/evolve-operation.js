"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evolveOperation = exports.initialOperationState = void 0;
const initialOperationState = () => null;
exports.initialOperationState = initialOperationState;
const evolveOperation = (state, event) => {
    switch (event.type) {
        case 'OperationRegistered': {
            const { operation, name, scope, forces, description } = event.data;
            return { id: operation, name, scope, forces, description, phases: [] };
        }
        case 'PhaseOpened': {
            if (!state)
                return state;
            const { phase, name, startsOn } = event.data;
            const opened = { number: phase, name, status: 'open', startsOn, endsOn: null };
            return { ...state, phases: [...state.phases, opened] };
        }
        case 'PhaseClosed': {
            if (!state)
                return state;
            const phases = state.phases.map((phase) => phase.number === event.data.phase
                ? { ...phase, status: 'closed', endsOn: event.data.endsOn }
                : phase);
            return { ...state, phases };
        }
    }
};
exports.evolveOperation = evolveOperation;
//# sourceMappingURL=evolve-operation.js.map