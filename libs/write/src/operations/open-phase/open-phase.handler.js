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
exports.OpenPhaseHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const retry_on_conflict_1 = require("../../event-sourcing/retry-on-conflict");
const operations_repository_1 = require("../operations.repository");
const open_phase_command_1 = require("./open-phase.command");
let OpenPhaseHandler = class OpenPhaseHandler {
    operations;
    constructor(operations) {
        this.operations = operations;
    }
    execute({ operation, input, provenance }) {
        return (0, retry_on_conflict_1.retryOnConflict)(async () => {
            const { state, revision } = await this.operations.load(operation);
            const events = (0, domain_1.decideOperation)({ type: 'OpenPhase', data: { operation, ...input } }, state);
            await this.operations.append(operation, events, revision, provenance);
            return events.reduce(domain_1.evolveOperation, state);
        });
    }
};
exports.OpenPhaseHandler = OpenPhaseHandler;
exports.OpenPhaseHandler = OpenPhaseHandler = __decorate([
    (0, cqrs_1.CommandHandler)(open_phase_command_1.OpenPhaseCommand),
    __metadata("design:paramtypes", [operations_repository_1.OperationsRepository])
], OpenPhaseHandler);
//# sourceMappingURL=open-phase.handler.js.map