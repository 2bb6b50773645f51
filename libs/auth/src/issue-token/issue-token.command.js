"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssueTokenCommand = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const write_1 = require("../../../write/src/index.js");
const issue_token_input_1 = require("./issue-token.input");
class IssueTokenCommand extends cqrs_1.Command {
    input;
    constructor(input) {
        super();
        this.input = input;
    }
    static create(body) {
        return new IssueTokenCommand((0, write_1.validated)(issue_token_input_1.IssueTokenInput, body));
    }
}
exports.IssueTokenCommand = IssueTokenCommand;
//# sourceMappingURL=issue-token.command.js.map