"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateUserCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../domain/src/index.js");
const write_1 = require("../../../write/src/index.js");
const create_user_input_1 = require("./create-user.input");
class CreateUserCommand extends cqrs_1.Command {
    input;
    actor;
    constructor(input, actor) {
        super();
        this.input = input;
        this.actor = actor;
    }
    static create(body, actor) {
        const input = (0, write_1.validated)(create_user_input_1.CreateUserInput, body);
        if ((0, domain_1.roleNeedsForce)(input.role) && !input.force)
            throw new domain_1.InvalidInput([`force is required for a ${input.role}`]);
        if (!(0, domain_1.roleNeedsForce)(input.role) && input.force)
            throw new domain_1.InvalidInput([`force must not be given for an ${input.role}`]);
        return new CreateUserCommand(input, actor);
    }
}
exports.CreateUserCommand = CreateUserCommand;
//# sourceMappingURL=create-user.command.js.map