"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=entry.commands.js.map