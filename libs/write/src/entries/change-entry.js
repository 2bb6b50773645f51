"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.changeEntry = void 0;
const domain_1 = require("../../../domain/src/index.js");
const retry_on_conflict_1 = require("../event-sourcing/retry-on-conflict");
const entry_receipt_1 = require("./entry-receipt");
/**
 * Corrects or retracts an entry. Both name the entry by id alone, so first find the
 * force's stream that holds it; when none does, the domain's decision says not found.
 */
const changeEntry = (operations, entries, command, provenance) => (0, retry_on_conflict_1.retryOnConflict)(async () => {
    const { operation, phase, entryId } = command.data;
    const { state: operationState } = await operations.load(operation);
    const located = operationState && (0, domain_1.findPhase)(operationState, phase)
        ? await entries.locate(operationState, phase, entryId)
        : null;
    const events = (0, domain_1.decideEntries)(command, { operation: operationState, entries: located?.state ?? new Map() });
    // The decision refuses an entry it cannot find, so from here the entry exists.
    const { state, revision } = located;
    const ref = { operation, phase };
    if (events.length === 0) {
        const entry = state.get(entryId);
        return (0, entry_receipt_1.receiptOf)(ref, entry, entry.lastChange);
    }
    const recorded = (0, entry_receipt_1.recordedFrom)(await entries.append(located, events, revision, provenance));
    return (0, entry_receipt_1.receiptOf)(ref, (0, domain_1.evolveEntries)(state, events[0], recorded).get(entryId), recorded);
});
exports.changeEntry = changeEntry;
//# sourceMappingURL=change-entry.js.map