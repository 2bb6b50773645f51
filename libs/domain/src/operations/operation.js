"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scopeProblems = exports.findPhase = exports.OPERATION_ID = exports.OPERATION_SCOPES = void 0;
exports.OPERATION_SCOPES = ['regional', 'force'];
exports.OPERATION_ID = /^[a-z][a-z0-9-]{1,39}$/;
const findPhase = (operation, number) => operation.phases.find((phase) => phase.number === number);
exports.findPhase = findPhase;
/** Input-only rules of a registration: a regional operation has two forces or more, a force one exactly one. */
const scopeProblems = (scope, forces) => {
    if (new Set(forces).size !== forces.length)
        return ['forces must not repeat a force'];
    if (scope === 'regional' && forces.length < 2)
        return ['forces must list at least two forces for a regional operation'];
    if (scope === 'force' && forces.length !== 1)
        return ['forces must list exactly one force for a force operation'];
    return [];
};
exports.scopeProblems = scopeProblems;
//# sourceMappingURL=operation.js.map