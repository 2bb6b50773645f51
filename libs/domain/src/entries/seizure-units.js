"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seizureUnitProblems = exports.unitsFor = void 0;
const DRUGS = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];
/** Releases often give only a street value for these, so a value alone is enough. */
const VALUE_ALONE_ENOUGH = [...DRUGS, 'stolen-property'];
/** The unit each item is counted in: cash in GBP, drugs by weight, everything else in items. */
const unitsFor = (item) => item === 'cash' ? ['GBP'] : DRUGS.includes(item) ? ['g', 'kg'] : ['item'];
exports.unitsFor = unitsFor;
/** Problems with a seizure's quantity and unit, each naming the field at fault. */
const seizureUnitProblems = (seizure) => {
    const { item, quantity, unit, estimatedValueGBP } = seizure;
    if (quantity === undefined && unit === undefined) {
        if (VALUE_ALONE_ENOUGH.includes(item) && estimatedValueGBP !== undefined)
            return [];
        return VALUE_ALONE_ENOUGH.includes(item)
            ? [`quantity and unit, or estimatedValueGBP, are required for ${item}`]
            : [`quantity and unit are required for ${item}`];
    }
    if (quantity === undefined)
        return [`quantity is required when unit is given`];
    if (unit === undefined)
        return [`unit is required when quantity is given`];
    const allowed = (0, exports.unitsFor)(item);
    if (!allowed.includes(unit))
        return [`unit must be ${allowed.join(' or ')} for ${item}`];
    if (unit === 'item' && !Number.isInteger(quantity))
        return [`quantity must be a whole number of items for ${item}`];
    return [];
};
exports.seizureUnitProblems = seizureUnitProblems;
//# sourceMappingURL=seizure-units.js.map