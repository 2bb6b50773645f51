"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClosePhaseCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const validated_command_1 = require("../../event-sourcing/validated-command");
const close_phase_input_1 = require("./close-phase.input");
class ClosePhaseCommand extends cqrs_1.Command {
    operation;
    phase;
    input;
    provenance;
    constructor(operation, phase, input, provenance) {
        super();
        this.operation = operation;
        this.phase = phase;
        this.input = input;
        this.provenance = provenance;
    }
    static create(operation, phase, body, provenance) {
        const input = (0, validated_command_1.validated)(close_phase_input_1.ClosePhaseInput, body);
        if (!(0, domain_1.isCalendarDate)(input.endsOn))
            throw new domain_1.InvalidInput(['endsOn must be a real calendar date']);
        return new ClosePhaseCommand(operation, phase, input, provenance);
    }
}
exports.ClosePhaseCommand = ClosePhaseCommand;
//# sourceMappingURL=close-phase.command.js.map