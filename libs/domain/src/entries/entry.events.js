"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detailsOf = exports.entryLogged = exports.isEntryLogged = exports.kindOfEventType = exports.ENTRY_LOGGED_TYPES = exports.EVENT_TYPE_BY_KIND = void 0;
/** One event type per kind of result, named in the past tense. */
exports.EVENT_TYPE_BY_KIND = {
    warrant: 'WarrantExecuted',
    arrest: 'ArrestMade',
    charge: 'ChargeBrought',
    seizure: 'SeizureRecorded',
    'county-line-closure': 'CountyLineClosed',
    safeguarding: 'PersonsSafeguarded',
    'welfare-visit': 'WelfareVisitMade',
    'vehicle-stop': 'VehiclesStopped',
    engagement: 'EngagementHeld',
    disruption: 'DisruptionRecorded',
};
exports.ENTRY_LOGGED_TYPES = Object.values(exports.EVENT_TYPE_BY_KIND);
const KIND_BY_EVENT_TYPE = Object.fromEntries(Object.entries(exports.EVENT_TYPE_BY_KIND).map(([kind, type]) => [type, kind]));
const kindOfEventType = (type) => KIND_BY_EVENT_TYPE[type];
exports.kindOfEventType = kindOfEventType;
const isEntryLogged = (event) => exports.ENTRY_LOGGED_TYPES.includes(event.type);
exports.isEntryLogged = isEntryLogged;
/** The event that logs an entry. */
const entryLogged = (ref, entryId, details) => {
    const { kind, ...rest } = details;
    return { type: exports.EVENT_TYPE_BY_KIND[kind], data: { ...ref, entryId, ...rest } };
};
exports.entryLogged = entryLogged;
/** The entry an entry-logged event describes. */
const detailsOf = (event) => {
    const { entryId: _id, operation: _op, phase: _phase, ...rest } = event.data;
    return { kind: (0, exports.kindOfEventType)(event.type), ...rest };
};
exports.detailsOf = detailsOf;
//# sourceMappingURL=entry.events.js.map