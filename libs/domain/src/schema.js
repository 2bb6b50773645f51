"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UPCASTERS = exports.CURRENT_SCHEMA_VERSIONS = exports.EVENT_TYPES = void 0;
const entry_events_1 = require("./entries/entry.events");
const operation_events_1 = require("./operations/operation.events");
exports.EVENT_TYPES = [
    ...operation_events_1.OPERATION_EVENT_TYPES,
    ...entry_events_1.ENTRY_LOGGED_TYPES,
    'EntryCorrected',
    'EntryRetracted',
];
/** The schema version each event type is written with today. */
exports.CURRENT_SCHEMA_VERSIONS = {
    ...Object.fromEntries(exports.EVENT_TYPES.map((type) => [type, 1])),
    // v2 renamed valueGBP to estimatedValueGBP, the contract's name for a street value.
    SeizureRecorded: 2,
};
exports.UPCASTERS = [
    {
        type: 'SeizureRecorded',
        fromVersion: 1,
        upcast: ({ valueGBP, ...rest }) => valueGBP === undefined ? rest : { ...rest, estimatedValueGBP: valueGBP },
    },
];
//# sourceMappingURL=schema.js.map