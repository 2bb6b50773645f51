"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decideOperation = void 0;
const errors_1 = require("../shared/errors");
const operation_1 = require("./operation");
const decideOperation = (command, state) => {
    switch (command.type) {
        case 'RegisterOperation':
            return register(command, state);
        case 'OpenPhase':
            return openPhase(command, registered(state, command.data.operation));
        case 'ClosePhase':
            return closePhase(command, registered(state, command.data.operation));
    }
};
exports.decideOperation = decideOperation;
const registered = (state, id) => {
    if (!state)
        throw new errors_1.NotFound(`Operation '${id}' is not registered`);
    return state;
};
const register = ({ data }, state) => {
    if (state)
        throw new errors_1.Conflict(`Operation '${data.id}' is already registered`);
    const problems = (0, operation_1.scopeProblems)(data.scope, data.forces);
    if (problems.length)
        throw new errors_1.InvalidInput(problems);
    const { id, name, scope, forces, description } = data;
    return [{ type: 'OperationRegistered', data: { operation: id, name, scope, forces, description } }];
};
const openPhase = ({ data }, operation) => {
    if ((0, operation_1.findPhase)(operation, data.number))
        throw new errors_1.Conflict(`Phase ${data.number} of '${operation.id}' already exists`);
    const name = data.name ?? `Phase ${data.number}`;
    return [
        {
            type: 'PhaseOpened',
            data: { operation: operation.id, phase: data.number, name, startsOn: data.startsOn },
        },
    ];
};
const closePhase = ({ data }, operation) => {
    const phase = (0, operation_1.findPhase)(operation, data.number);
    if (!phase)
        throw new errors_1.NotFound(`Phase ${data.number} of '${operation.id}' does not exist`);
    if (phase.status === 'closed') {
        // A retried close with the same end date is the same request: nothing new happens.
        if (phase.endsOn === data.endsOn)
            return [];
        throw new errors_1.RuleViolated('phase-already-closed', `phase ${data.number} closed on ${phase.endsOn}`);
    }
    if (data.endsOn < phase.startsOn)
        throw new errors_1.RuleViolated('phase-ends-before-it-starts', `endsOn ${data.endsOn} is before startsOn ${phase.startsOn}`);
    return [{ type: 'PhaseClosed', data: { operation: operation.id, phase: data.number, endsOn: data.endsOn } }];
};
//# sourceMappingURL=decide-operation.js.map