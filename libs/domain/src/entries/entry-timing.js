"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertOccurredInPhase = exports.FUTURE_TOLERANCE_MS = void 0;
const errors_1 = require("../shared/errors");
const dates_1 = require("../shared/dates");
/** How far ahead of the server's clock an entry's time may be (clients' clocks drift). */
exports.FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/** An entry cannot have happened before its phase started, nor in the future. */
const assertOccurredInPhase = (occurredAt, phase, now) => {
    if ((0, dates_1.utcDateOf)(occurredAt) < phase.startsOn)
        throw new errors_1.RuleViolated('phase-not-started', `occurredAt ${occurredAt} is before phase ${phase.number} started on ${phase.startsOn}`);
    if (new Date(occurredAt).getTime() > now.getTime() + exports.FUTURE_TOLERANCE_MS)
        throw new errors_1.RuleViolated('occurred-in-future', `occurredAt ${occurredAt} is more than 5 minutes ahead of the server's clock`);
};
exports.assertOccurredInPhase = assertOccurredInPhase;
//# sourceMappingURL=entry-timing.js.map