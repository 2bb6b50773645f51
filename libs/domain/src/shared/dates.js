"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.utcDateOf = exports.isCalendarDate = void 0;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
const isCalendarDate = (value) => {
    if (!DATE.test(value))
        return false;
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};
exports.isCalendarDate = isCalendarDate;
/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
const utcDateOf = (instant) => new Date(instant).toISOString().slice(0, 10);
exports.utcDateOf = utcDateOf;
//# sourceMappingURL=dates.js.map