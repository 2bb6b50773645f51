"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CorrectEntryCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const class_validator_1 = require("class-validator");
const validated_command_1 = require("../../event-sourcing/validated-command");
const parse_entry_1 = require("../entry-input/parse-entry");
const correct_entry_input_1 = require("./correct-entry.input");
class CorrectEntryCommand extends cqrs_1.Command {
    operation;
    phase;
    entryId;
    reason;
    replacement;
    provenance;
    constructor(operation, phase, entryId, reason, replacement, provenance) {
        super();
        this.operation = operation;
        this.phase = phase;
        this.entryId = entryId;
        this.reason = reason;
        this.replacement = replacement;
        this.provenance = provenance;
    }
    static create(operation, phase, entryId, body, provenance) {
        if (!(0, class_validator_1.isUUID)(entryId))
            throw new domain_1.InvalidInput(['entryId in the path must be a UUID']);
        const input = (0, validated_command_1.validated)(correct_entry_input_1.CorrectEntryInput, body);
        const replacement = (0, parse_entry_1.parseEntryDetails)(input.entry, 'entry');
        return new CorrectEntryCommand(operation, phase, entryId.toLowerCase(), input.reason, replacement, provenance);
    }
}
exports.CorrectEntryCommand = CorrectEntryCommand;
//# sourceMappingURL=correct-entry.command.js.map