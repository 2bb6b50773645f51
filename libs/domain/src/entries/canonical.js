"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sameData = exports.canonicalJson = void 0;
/**
 * A stable text form of plain data (keys sorted, undefined dropped), so that the same
 * entry sent twice compares equal however its client ordered the fields.
 */
const canonicalJson = (value) => JSON.stringify(sortKeys(value));
exports.canonicalJson = canonicalJson;
const sortKeys = (value) => {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
    }
    return value;
};
const sameData = (a, b) => (0, exports.canonicalJson)(a) === (0, exports.canonicalJson)(b);
exports.sameData = sameData;
//# sourceMappingURL=canonical.js.map