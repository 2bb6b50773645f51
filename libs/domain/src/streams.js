"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATION_CATEGORY = exports.entriesStream = exports.operationStream = void 0;
/**
 * Stream names. An operation's lifecycle has one stream; each operation × phase × force
 * has its own entries stream, so five forces logging at once never contend.
 */
const operationStream = (operation) => `operation-${operation}`;
exports.operationStream = operationStream;
const entriesStream = (operation, phase, force) => `entries-${operation}_${phase}_${force}`;
exports.entriesStream = entriesStream;
exports.OPERATION_CATEGORY = 'operation';
//# sourceMappingURL=streams.js.map