"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GetOperationQuery = void 0;
const cqrs_1 = require("@nestjs/cqrs");
class GetOperationQuery extends cqrs_1.Query {
    operation;
    actor;
    constructor(operation, actor) {
        super();
        this.operation = operation;
        this.actor = actor;
    }
}
exports.GetOperationQuery = GetOperationQuery;
//# sourceMappingURL=get-operation.query.js.map