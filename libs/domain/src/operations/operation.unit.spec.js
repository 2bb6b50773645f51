"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decider_spec_1 = require("../../../testing/src/decider-spec");
const errors_1 = require("../shared/errors");
const decide_operation_1 = require("./decide-operation");
const evolve_operation_1 = require("./evolve-operation");
const spec = (0, decider_spec_1.deciderSpec)({
    decide: decide_operation_1.decideOperation,
    evolve: evolve_operation_1.evolveOperation,
    initialState: evolve_operation_1.initialOperationState,
});
const registered = {
    type: 'OperationRegistered',
    data: {
        operation: 'scorpion',
        name: 'Operation Scorpion',
        scope: 'regional',
        forces: ['dorset', 'wiltshire'],
        description: '',
    },
};
const phase5Opened = {
    type: 'PhaseOpened',
    data: { operation: 'scorpion', phase: 5, name: 'Phase 5', startsOn: '2023-06-26' },
};
describe('an operation', () => {
    it('is registered with its scope and forces', () => spec
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
    it('cannot be registered twice', () => spec
        .given([registered])
        .when({
        type: 'RegisterOperation',
        data: { id: 'scorpion', name: 'x', scope: 'force', forces: ['dorset'], description: '' },
    })
        .thenRefuses(errors_1.Conflict));
    it('needs two forces or more when regional', () => spec
        .given([])
        .when({
        type: 'RegisterOperation',
        data: { id: 'viper', name: 'Viper', scope: 'regional', forces: ['dorset'], description: '' },
    })
        .thenRefuses(errors_1.InvalidInput, /at least two forces/));
    it('needs exactly one force when a force operation', () => spec
        .given([])
        .when({
        type: 'RegisterOperation',
        data: { id: 'viper', name: 'Viper', scope: 'force', forces: ['dorset', 'wiltshire'], description: '' },
    })
        .thenRefuses(errors_1.InvalidInput, /exactly one force/));
    it('opens a numbered phase, named after its number by default', () => spec
        .given([registered])
        .when({ type: 'OpenPhase', data: { operation: 'scorpion', number: 5, startsOn: '2023-06-26' } })
        .then([phase5Opened]));
    it('refuses a phase for an operation that is not registered', () => spec
        .given([])
        .when({ type: 'OpenPhase', data: { operation: 'scorpion', number: 5, startsOn: '2023-06-26' } })
        .thenRefuses(errors_1.NotFound));
    it('refuses a phase number already used', () => spec
        .given([registered, phase5Opened])
        .when({ type: 'OpenPhase', data: { operation: 'scorpion', number: 5, startsOn: '2023-07-01' } })
        .thenRefuses(errors_1.Conflict));
    it('closes a phase on a date after it started', () => spec
        .given([registered, phase5Opened])
        .when({ type: 'ClosePhase', data: { operation: 'scorpion', number: 5, endsOn: '2023-07-02' } })
        .then([{ type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' } }]));
    it('refuses to close a phase before it started', () => spec
        .given([registered, phase5Opened])
        .when({ type: 'ClosePhase', data: { operation: 'scorpion', number: 5, endsOn: '2023-06-01' } })
        .thenRefuses(errors_1.RuleViolated, /phase-ends-before-it-starts/));
    it('treats closing again on the same date as a retry', () => spec
        .given([
        registered,
        phase5Opened,
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' } },
    ])
        .when({ type: 'ClosePhase', data: { operation: 'scorpion', number: 5, endsOn: '2023-07-02' } })
        .thenNothingHappens());
    it('refuses to close a closed phase on another date', () => spec
        .given([
        registered,
        phase5Opened,
        { type: 'PhaseClosed', data: { operation: 'scorpion', phase: 5, endsOn: '2023-07-02' } },
    ])
        .when({ type: 'ClosePhase', data: { operation: 'scorpion', number: 5, endsOn: '2023-07-09' } })
        .thenRefuses(errors_1.RuleViolated, /phase-already-closed/));
    it('refuses to close a phase that does not exist', () => spec
        .given([registered])
        .when({ type: 'ClosePhase', data: { operation: 'scorpion', number: 9, endsOn: '2023-07-02' } })
        .thenRefuses(errors_1.NotFound));
});
//# sourceMappingURL=operation.unit.spec.js.map