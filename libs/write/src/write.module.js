"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WriteModule = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const correct_entry_handler_1 = require("./entries/correct-entry/correct-entry.handler");
const entries_repository_1 = require("./entries/entries.repository");
const log_entries_batch_handler_1 = require("./entries/log-entries-batch/log-entries-batch.handler");
const log_entry_handler_1 = require("./entries/log-entry/log-entry.handler");
const retract_entry_handler_1 = require("./entries/retract-entry/retract-entry.handler");
const close_phase_handler_1 = require("./operations/close-phase/close-phase.handler");
const get_operation_handler_1 = require("./operations/get-operation/get-operation.handler");
const list_operations_handler_1 = require("./operations/list-operations/list-operations.handler");
const open_phase_handler_1 = require("./operations/open-phase/open-phase.handler");
const operations_repository_1 = require("./operations/operations.repository");
const register_operation_handler_1 = require("./operations/register-operation/register-operation.handler");
/** The write side: every command the API accepts, decided by the domain, kept in the event store. */
let WriteModule = class WriteModule {
};
exports.WriteModule = WriteModule;
exports.WriteModule = WriteModule = __decorate([
    (0, common_1.Module)({
        imports: [cqrs_1.CqrsModule],
        providers: [
            operations_repository_1.OperationsRepository,
            entries_repository_1.EntriesRepository,
            register_operation_handler_1.RegisterOperationHandler,
            open_phase_handler_1.OpenPhaseHandler,
            close_phase_handler_1.ClosePhaseHandler,
            get_operation_handler_1.GetOperationHandler,
            list_operations_handler_1.ListOperationsHandler,
            log_entry_handler_1.LogEntryHandler,
            log_entries_batch_handler_1.LogEntriesBatchHandler,
            correct_entry_handler_1.CorrectEntryHandler,
            retract_entry_handler_1.RetractEntryHandler,
        ],
    })
], WriteModule);
//# sourceMappingURL=write.module.js.map