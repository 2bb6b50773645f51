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
exports.LogEntryHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../../domain/src/index.js");
const event_store_1 = require("../../../../event-store/src/index.js");
const retry_on_conflict_1 = require("../../event-sourcing/retry-on-conflict");
const operations_repository_1 = require("../../operations/operations.repository");
const entries_repository_1 = require("../entries.repository");
const entry_receipt_1 = require("../entry-receipt");
const log_entry_command_1 = require("./log-entry.command");
let LogEntryHandler = class LogEntryHandler {
    operations;
    entries;
    constructor(operations, entries) {
        this.operations = operations;
        this.entries = entries;
    }
    execute(command) {
        const { operation, phase, entryId, details, provenance } = command;
        const ref = { operation, phase, force: details.force };
        return (0, retry_on_conflict_1.retryOnConflict)(async () => {
            const { state: operationState } = await this.operations.load(operation);
            const { state: entries, revision } = await this.entries.load(ref);
            const events = (0, domain_1.decideEntries)({ type: 'LogEntry', data: { operation, phase, entryId, details }, metadata: provenance }, { operation: operationState, entries });
            if (events.length === 0) {
                // A retry: answer exactly what the first request was answered.
                const { position, revision: streamRevision } = entries.get(entryId).logged;
                return { entryId, ...ref, position, streamRevision, created: false };
            }
            const result = await this.entries.append(ref, events, revision, provenance).catch((error) => {
                if (error instanceof event_store_1.DuplicateEventId)
                    throw new domain_1.Conflict(`entryId ${entryId} was already used for a different entry`);
                throw error;
            });
            const { position, revision: streamRevision } = (0, entry_receipt_1.recordedFrom)(result);
            return { entryId, ...ref, position, streamRevision, created: true };
        });
    }
};
exports.LogEntryHandler = LogEntryHandler;
exports.LogEntryHandler = LogEntryHandler = __decorate([
    (0, cqrs_1.CommandHandler)(log_entry_command_1.LogEntryCommand),
    __metadata("design:paramtypes", [operations_repository_1.OperationsRepository,
        entries_repository_1.EntriesRepository])
], LogEntryHandler);
//# sourceMappingURL=log-entry.handler.js.map