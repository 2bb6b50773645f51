"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evolveEntries = void 0;
const entry_events_1 = require("./entry.events");
const UNRECORDED = { position: '0', revision: -1 };
const evolveEntries = (state, event, recorded = UNRECORDED) => {
    const next = new Map(state);
    if ((0, entry_events_1.isEntryLogged)(event)) {
        const details = (0, entry_events_1.detailsOf)(event);
        next.set(event.data.entryId, {
            entryId: event.data.entryId,
            original: details,
            current: details,
            status: 'active',
            logged: recorded,
            lastChange: recorded,
        });
        return next;
    }
    const entry = state.get(event.data.entryId);
    if (!entry)
        return state;
    if (event.type === 'EntryCorrected') {
        next.set(entry.entryId, {
            ...entry,
            current: event.data.replacement,
            status: 'corrected',
            lastChange: recorded,
        });
    }
    else {
        next.set(entry.entryId, { ...entry, status: 'retracted', lastChange: recorded });
    }
    return next;
};
exports.evolveEntries = evolveEntries;
//# sourceMappingURL=evolve-entries.js.map