"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RetractEntryCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const class_validator_1 = require("class-validator");
const validated_command_1 = require("../../event-sourcing/validated-command");
const retract_entry_input_1 = require("./retract-entry.input");
class RetractEntryCommand extends cqrs_1.Command {
    operation;
    phase;
    entryId;
    reason;
    provenance;
    constructor(operation, phase, entryId, reason, provenance) {
        super();
        this.operation = operation;
        this.phase = phase;
        this.entryId = entryId;
        this.reason = reason;
        this.provenance = provenance;
    }
    static create(operation, phase, entryId, body, provenance) {
        if (!(0, class_validator_1.isUUID)(entryId))
            throw new domain_1.InvalidInput(['entryId in the path must be a UUID']);
        const { reason } = (0, validated_command_1.validated)(retract_entry_input_1.RetractEntryInput, body);
        return new RetractEntryCommand(operation, phase, entryId.toLowerCase(), reason, provenance);
    }
}
exports.RetractEntryCommand = RetractEntryCommand;
//# sourceMappingURL=retract-entry.command.js.map