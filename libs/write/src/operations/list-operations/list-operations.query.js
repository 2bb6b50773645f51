"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ListOperationsQuery = void 0;
const cqrs_1 = require("@nestjs/cqrs");
class ListOperationsQuery extends cqrs_1.Query {
    actor;
    constructor(actor) {
        super();
        this.actor = actor;
    }
}
exports.ListOperationsQuery = ListOperationsQuery;
//# sourceMappingURL=list-operations.query.js.map