"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.retryOnConflict = void 0;
const domain_1 = require("../../../domain/src/index.js");
const event_store_1 = require("../../../event-store/src/index.js");
const ATTEMPTS = 8;
/**
 * Runs a read-decide-append cycle again when another writer appended to the stream
 * first: the retry re-reads the stream and decides on what is there now.
 */
const retryOnConflict = async (attempt) => {
    for (let tries = 1;; tries++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(error instanceof event_store_1.WrongExpectedRevision))
                throw error;
            if (tries >= ATTEMPTS)
                throw new domain_1.Conflict(`${error.streamName} kept changing while this request was made; try again`);
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * tries));
        }
    }
};
exports.retryOnConflict = retryOnConflict;
//# sourceMappingURL=retry-on-conflict.js.map