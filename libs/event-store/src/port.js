"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.categoryOf = exports.DuplicateEventId = exports.WrongExpectedRevision = exports.EVENT_STORE = void 0;
exports.EVENT_STORE = Symbol('EventStore');
class WrongExpectedRevision extends Error {
    streamName;
    expected;
    actual;
    constructor(streamName, expected, actual) {
        super(`Stream ${streamName} is at revision ${String(actual)}, not ${String(expected)}`);
        this.streamName = streamName;
        this.expected = expected;
        this.actual = actual;
    }
}
exports.WrongExpectedRevision = WrongExpectedRevision;
class DuplicateEventId extends Error {
    streamName;
    eventIds;
    constructor(streamName, eventIds) {
        super(`Event id already stored elsewhere than this append to ${streamName}: ${eventIds.join(', ')}`);
        this.streamName = streamName;
        this.eventIds = eventIds;
    }
}
exports.DuplicateEventId = DuplicateEventId;
/** The category of a stream: what comes before its first dash. */
const categoryOf = (streamName) => {
    const dash = streamName.indexOf('-');
    return dash === -1 ? streamName : streamName.slice(0, dash);
};
exports.categoryOf = categoryOf;
//# sourceMappingURL=port.js.map