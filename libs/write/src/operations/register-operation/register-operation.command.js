"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RegisterOperationCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const validated_command_1 = require("../../event-sourcing/validated-command");
const register_operation_input_1 = require("./register-operation.input");
class RegisterOperationCommand extends cqrs_1.Command {
    input;
    provenance;
    constructor(input, provenance) {
        super();
        this.input = input;
        this.provenance = provenance;
    }
    /** Refuses invalid input, so an invalid command cannot exist. */
    static create(body, provenance) {
        const input = (0, validated_command_1.validated)(register_operation_input_1.RegisterOperationInput, body);
        const problems = (0, domain_1.scopeProblems)(input.scope, input.forces);
        if (problems.length)
            throw new domain_1.InvalidInput(problems);
        return new RegisterOperationCommand(input, provenance);
    }
}
exports.RegisterOperationCommand = RegisterOperationCommand;
//# sourceMappingURL=register-operation.command.js.map