"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogEntryCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const parse_entry_1 = require("../entry-input/parse-entry");
class LogEntryCommand extends cqrs_1.Command {
    operation;
    phase;
    entryId;
    details;
    provenance;
    constructor(operation, phase, entryId, details, provenance) {
        super();
        this.operation = operation;
        this.phase = phase;
        this.entryId = entryId;
        this.details = details;
        this.provenance = provenance;
    }
    /** Refuses an invalid entry (400, every offending field named) before anything is read. */
    static create(operation, phase, body, provenance) {
        const { entryId, details } = (0, parse_entry_1.parseEntryWithId)(body);
        return new LogEntryCommand(operation, phase, entryId, details, provenance);
    }
}
exports.LogEntryCommand = LogEntryCommand;
//# sourceMappingURL=log-entry.command.js.map