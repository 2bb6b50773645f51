"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=operation.commands.js.map