"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordedFrom = exports.receiptOf = void 0;
const receiptOf = (ref, entry, recorded) => ({
    entryId: entry.entryId,
    operation: ref.operation,
    phase: ref.phase,
    force: entry.current.force,
    status: entry.status,
    position: recorded.position,
    streamRevision: recorded.revision,
});
exports.receiptOf = receiptOf;
const recordedFrom = (result) => ({
    position: result.positions[result.positions.length - 1].toString(),
    revision: Number(result.nextExpectedRevision),
});
exports.recordedFrom = recordedFrom;
//# sourceMappingURL=entry-receipt.js.map