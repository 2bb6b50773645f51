"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toEventToAppend = void 0;
const node_crypto_1 = require("node:crypto");
const domain_1 = require("../../../domain/src/index.js");
/**
 * A domain event as the store keeps it. An entry's logging event takes the entry's id,
 * so the store itself refuses to keep one entry twice.
 */
const toEventToAppend = (event, provenance) => ({
    id: (0, domain_1.isEntryLogged)(event) ? event.data.entryId : (0, node_crypto_1.randomUUID)(),
    type: event.type,
    data: event.data,
    metadata: {
        schemaVersion: domain_1.CURRENT_SCHEMA_VERSIONS[event.type],
        recordedBy: provenance.actor.username,
        recordedAt: provenance.now.toISOString(),
        correlationId: provenance.correlationId,
        causationId: provenance.causationId,
    },
});
exports.toEventToAppend = toEventToAppend;
//# sourceMappingURL=envelope.js.map