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
exports.LogEntriesBatchHandler = void 0;
const node_crypto_1 = require("node:crypto");
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const platform_1 = require("../../../../platform/src/index.js");
const log_entry_command_1 = require("../log-entry/log-entry.command");
const log_entries_batch_command_1 = require("./log-entries-batch.command");
/** An import of a force's return: each entry goes through the same path as a single POST. */
let LogEntriesBatchHandler = class LogEntriesBatchHandler {
    commands;
    constructor(commands) {
        this.commands = commands;
    }
    async execute({ operation, phase, entries, provenance }) {
        const results = [];
        for (const body of entries) {
            const entryId = body?.entryId ?? null;
            try {
                const command = log_entry_command_1.LogEntryCommand.create(operation, phase, body, { ...provenance, causationId: (0, node_crypto_1.randomUUID)() });
                const receipt = await this.commands.execute(command);
                results.push({ entryId: receipt.entryId, status: receipt.created ? 201 : 200, position: receipt.position });
            }
            catch (error) {
                // Refusals belong to their entry; a failure of the system itself fails the batch.
                if (!(error instanceof domain_1.DomainError))
                    throw error;
                results.push({ entryId, status: (0, platform_1.statusOfDomainError)(error), message: (0, platform_1.messageOfDomainError)(error) });
            }
        }
        return { results };
    }
};
exports.LogEntriesBatchHandler = LogEntriesBatchHandler;
exports.LogEntriesBatchHandler = LogEntriesBatchHandler = __decorate([
    (0, cqrs_1.CommandHandler)(log_entries_batch_command_1.LogEntriesBatchCommand),
    __metadata("design:paramtypes", [cqrs_1.CommandBus])
], LogEntriesBatchHandler);
//# sourceMappingURL=log-entries-batch.handler.js.map