"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PARTNERS = exports.isForceId = exports.FORCE_IDS = exports.FORCES = void 0;
/** The five forces of the South West regional collaboration. */
exports.FORCES = {
    'avon-and-somerset': { name: 'Avon and Somerset Constabulary' },
    'devon-and-cornwall': { name: 'Devon and Cornwall Police' },
    dorset: { name: 'Dorset Police' },
    gloucestershire: { name: 'Gloucestershire Constabulary' },
    wiltshire: { name: 'Wiltshire Police' },
};
exports.FORCE_IDS = Object.keys(exports.FORCES);
const isForceId = (value) => typeof value === 'string' && Object.prototype.hasOwnProperty.call(exports.FORCES, value);
exports.isForceId = isForceId;
/** Agencies that assist an entry but are not one of the five forces. */
exports.PARTNERS = ['swrocu', 'btp', 'nrcu', 'nca', 'partner-agency'];
//# sourceMappingURL=forces.js.map