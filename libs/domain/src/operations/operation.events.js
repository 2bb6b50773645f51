"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATION_EVENT_TYPES = void 0;
exports.OPERATION_EVENT_TYPES = [
    'OperationRegistered',
    'PhaseOpened',
    'PhaseClosed',
];
//# sourceMappingURL=operation.events.js.map