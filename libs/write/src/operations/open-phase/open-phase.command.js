"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OpenPhaseCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const validated_command_1 = require("../../event-sourcing/validated-command");
const open_phase_input_1 = require("./open-phase.input");
class OpenPhaseCommand extends cqrs_1.Command {
    operation;
    input;
    provenance;
    constructor(operation, input, provenance) {
        super();
        this.operation = operation;
        this.input = input;
        this.provenance = provenance;
    }
    static create(operation, body, provenance) {
        const input = (0, validated_command_1.validated)(open_phase_input_1.OpenPhaseInput, body);
        if (!(0, domain_1.isCalendarDate)(input.startsOn))
            throw new domain_1.InvalidInput(['startsOn must be a real calendar date']);
        return new OpenPhaseCommand(operation, input, provenance);
    }
}
exports.OpenPhaseCommand = OpenPhaseCommand;
//# sourceMappingURL=open-phase.command.js.map