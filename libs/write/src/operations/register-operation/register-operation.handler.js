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
exports.RegisterOperationHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const retry_on_conflict_1 = require("../../event-sourcing/retry-on-conflict");
const operations_repository_1 = require("../operations.repository");
const register_operation_command_1 = require("./register-operation.command");
let RegisterOperationHandler = class RegisterOperationHandler {
    operations;
    constructor(operations) {
        this.operations = operations;
    }
    execute({ input, provenance }) {
        return (0, retry_on_conflict_1.retryOnConflict)(async () => {
            const { state, revision } = await this.operations.load(input.id);
            const events = (0, domain_1.decideOperation)({ type: 'RegisterOperation', data: { ...input, description: input.description ?? '' } }, state);
            await this.operations.append(input.id, events, revision, provenance);
            return events.reduce(domain_1.evolveOperation, state);
        });
    }
};
exports.RegisterOperationHandler = RegisterOperationHandler;
exports.RegisterOperationHandler = RegisterOperationHandler = __decorate([
    (0, cqrs_1.CommandHandler)(register_operation_command_1.RegisterOperationCommand),
    __metadata("design:paramtypes", [operations_repository_1.OperationsRepository])
], RegisterOperationHandler);
//# sourceMappingURL=register-operation.handler.js.map