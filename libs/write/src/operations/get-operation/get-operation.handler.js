"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GetOperationHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const operations_repository_1 = require("../operations.repository");
const get_operation_query_1 = require("./get-operation.query");
let GetOperationHandler = class GetOperationHandler {
    operations;
    constructor(operations) {
        this.operations = operations;
    }
    async execute({ operation }) {
        const { state } = await this.operations.load(operation);
        if (!state)
            throw new domain_1.NotFound(`Operation '${operation}' is not registered`);
        return state;
    }
};
exports.GetOperationHandler = GetOperationHandler;
exports.GetOperationHandler = GetOperationHandler = __decorate([
    (0, cqrs_1.QueryHandler)(get_operation_query_1.GetOperationQuery),
    __metadata("design:paramtypes", [operations_repository_1.OperationsRepository])
], GetOperationHandler);
//# sourceMappingURL=get-operation.handler.js.map