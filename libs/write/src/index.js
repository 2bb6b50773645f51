"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
__exportStar(require("./write.module"), exports);
__exportStar(require("./event-sourcing/envelope"), exports);
__exportStar(require("./event-sourcing/validated-command"), exports);
__exportStar(require("./operations/register-operation/register-operation.command"), exports);
__exportStar(require("./operations/register-operation/register-operation.input"), exports);
__exportStar(require("./operations/open-phase/open-phase.command"), exports);
__exportStar(require("./operations/open-phase/open-phase.input"), exports);
__exportStar(require("./operations/close-phase/close-phase.command"), exports);
__exportStar(require("./operations/close-phase/close-phase.input"), exports);
__exportStar(require("./operations/get-operation/get-operation.query"), exports);
__exportStar(require("./operations/list-operations/list-operations.query"), exports);
__exportStar(require("./entries/entry-input/entry-body.input"), exports);
__exportStar(require("./entries/log-entry/log-entry.command"), exports);
__exportStar(require("./entries/log-entries-batch/log-entries-batch.command"), exports);
__exportStar(require("./entries/log-entries-batch/log-entries-batch.input"), exports);
__exportStar(require("./entries/correct-entry/correct-entry.command"), exports);
__exportStar(require("./entries/correct-entry/correct-entry.input"), exports);
__exportStar(require("./entries/retract-entry/retract-entry.command"), exports);
__exportStar(require("./entries/retract-entry/retract-entry.input"), exports);
__exportStar(require("./entries/entry-receipt"), exports);
//# sourceMappingURL=index.js.map