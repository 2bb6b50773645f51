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
exports.CorrectEntryHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const operations_repository_1 = require("../../operations/operations.repository");
const change_entry_1 = require("../change-entry");
const entries_repository_1 = require("../entries.repository");
const correct_entry_command_1 = require("./correct-entry.command");
let CorrectEntryHandler = class CorrectEntryHandler {
    operations;
    entries;
    constructor(operations, entries) {
        this.operations = operations;
        this.entries = entries;
    }
    execute({ operation, phase, entryId, reason, replacement, provenance }) {
        return (0, change_entry_1.changeEntry)(this.operations, this.entries, {
            type: 'CorrectEntry',
            data: { operation, phase, entryId, reason, replacement },
            metadata: provenance,
        }, provenance);
    }
};
exports.CorrectEntryHandler = CorrectEntryHandler;
exports.CorrectEntryHandler = CorrectEntryHandler = __decorate([
    (0, cqrs_1.CommandHandler)(correct_entry_command_1.CorrectEntryCommand),
    __metadata("design:paramtypes", [operations_repository_1.OperationsRepository,
        entries_repository_1.EntriesRepository])
], CorrectEntryHandler);
//# sourceMappingURL=correct-entry.handler.js.map