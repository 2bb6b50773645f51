"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.initialEntriesState = void 0;
const initialEntriesState = () => new Map();
exports.initialEntriesState = initialEntriesState;
//# sourceMappingURL=entries-state.js.map