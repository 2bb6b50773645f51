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
__exportStar(require("./forces"), exports);
__exportStar(require("./shared/errors"), exports);
__exportStar(require("./shared/dates"), exports);
__exportStar(require("./access/actor"), exports);
__exportStar(require("./operations/operation"), exports);
__exportStar(require("./operations/operation.events"), exports);
__exportStar(require("./operations/operation.commands"), exports);
__exportStar(require("./operations/decide-operation"), exports);
__exportStar(require("./operations/evolve-operation"), exports);
__exportStar(require("./entries/entry"), exports);
__exportStar(require("./entries/entry.events"), exports);
__exportStar(require("./entries/entry.commands"), exports);
__exportStar(require("./entries/entries-state"), exports);
__exportStar(require("./entries/evolve-entries"), exports);
__exportStar(require("./entries/decide-entries"), exports);
__exportStar(require("./entries/entry-timing"), exports);
__exportStar(require("./entries/seizure-units"), exports);
__exportStar(require("./entries/canonical"), exports);
__exportStar(require("./streams"), exports);
__exportStar(require("./schema"), exports);
//# sourceMappingURL=index.js.map