"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogEntriesBatchCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const validated_command_1 = require("../../event-sourcing/validated-command");
const log_entries_batch_input_1 = require("./log-entries-batch.input");
class LogEntriesBatchCommand extends cqrs_1.Command {
    operation;
    phase;
    entries;
    provenance;
    constructor(operation, phase, entries, provenance) {
        super();
        this.operation = operation;
        this.phase = phase;
        this.entries = entries;
        this.provenance = provenance;
    }
    static create(operation, phase, body, provenance) {
        const { entries } = (0, validated_command_1.validated)(log_entries_batch_input_1.LogEntriesBatchInput, body);
        return new LogEntriesBatchCommand(operation, phase, entries, provenance);
    }
}
exports.LogEntriesBatchCommand = LogEntriesBatchCommand;
//# sourceMappingURL=log-entries-batch.command.js.map