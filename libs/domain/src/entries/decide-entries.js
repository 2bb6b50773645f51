"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decideEntries = void 0;
const actor_1 = require("../access/actor");
const operation_1 = require("../operations/operation");
const errors_1 = require("../shared/errors");
const canonical_1 = require("./canonical");
const entry_events_1 = require("./entry.events");
const entry_timing_1 = require("./entry-timing");
/**
 * Decides what an entry command records. An empty result means the command repeats
 * what is already recorded (a client's retry): nothing new happens.
 */
const decideEntries = (command, context) => {
    const operation = registered(context.operation, command.data.operation);
    const phase = existingPhase(operation, command.data.phase);
    switch (command.type) {
        case 'LogEntry':
            return logEntry(command, operation, phase, context.entries);
        case 'CorrectEntry':
            return correctEntry(command, phase, existingEntry(command, context.entries));
        case 'RetractEntry':
            return retractEntry(command, existingEntry(command, context.entries));
    }
};
exports.decideEntries = decideEntries;
const logEntry = ({ data, metadata }, operation, phase, entries) => {
    const { details } = data;
    assertMayRecordFor(metadata.actor, details.force);
    const existing = entries.get(data.entryId);
    if (existing) {
        if ((0, canonical_1.sameData)(existing.original, details))
            return [];
        throw new errors_1.Conflict(`entryId ${data.entryId} was already used for a different entry`);
    }
    if (!operation.forces.includes(details.force))
        throw new errors_1.RuleViolated('force-not-in-operation', `${details.force} is not one of the forces of operation '${operation.id}'`);
    if (phase.status === 'closed')
        throw new errors_1.RuleViolated('phase-closed', `phase ${phase.number} closed on ${phase.endsOn}`);
    (0, entry_timing_1.assertOccurredInPhase)(details.occurredAt, phase, metadata.now);
    return [(0, entry_events_1.entryLogged)({ operation: operation.id, phase: phase.number }, data.entryId, details)];
};
// Corrections are allowed after a phase closes: final collated results come weeks later.
const correctEntry = ({ data, metadata }, phase, entry) => {
    assertMayRecordFor(metadata.actor, entry.current.force);
    if (entry.status === 'retracted')
        throw new errors_1.RuleViolated('entry-retracted', `entry ${entry.entryId} was retracted and cannot be corrected`);
    if (data.replacement.force !== entry.current.force)
        throw new errors_1.RuleViolated('force-cannot-change', `entry ${entry.entryId} belongs to ${entry.current.force}; retract it and log a new entry for ${data.replacement.force}`);
    if ((0, canonical_1.sameData)(entry.current, data.replacement))
        return [];
    (0, entry_timing_1.assertOccurredInPhase)(data.replacement.occurredAt, phase, metadata.now);
    const { operation, phase: phaseNumber, entryId, reason, replacement } = data;
    return [
        {
            type: 'EntryCorrected',
            data: { operation, phase: phaseNumber, entryId, force: entry.current.force, reason, replacement },
        },
    ];
};
const retractEntry = ({ data, metadata }, entry) => {
    assertMayRecordFor(metadata.actor, entry.current.force);
    if (entry.status === 'retracted')
        return [];
    const { operation, phase, entryId, reason } = data;
    return [{ type: 'EntryRetracted', data: { operation, phase, entryId, force: entry.current.force, reason } }];
};
const registered = (state, id) => {
    if (!state)
        throw new errors_1.NotFound(`Operation '${id}' is not registered`);
    return state;
};
const existingPhase = (operation, number) => {
    const phase = (0, operation_1.findPhase)(operation, number);
    if (!phase)
        throw new errors_1.NotFound(`Phase ${number} of operation '${operation.id}' does not exist`);
    return phase;
};
const existingEntry = (command, entries) => {
    const entry = entries.get(command.data.entryId);
    if (!entry)
        throw new errors_1.NotFound(`Entry ${command.data.entryId} is not in phase ${command.data.phase} of '${command.data.operation}'`);
    return entry;
};
const assertMayRecordFor = (actor, force) => {
    if (!(0, actor_1.mayRecordFor)(actor, force))
        throw new errors_1.Forbidden(`${actor.username} (${actor.role}) may not record entries for ${force}`);
};
//# sourceMappingURL=decide-entries.js.map