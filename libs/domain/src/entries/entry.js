"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISRUPTION_SEVERITIES = exports.DISRUPTION_CATEGORIES = exports.AGE_GROUPS = exports.UNITS = exports.SEIZURE_ITEMS = exports.OFFENCES = exports.COUNTED_KINDS = exports.ENTRY_KINDS = void 0;
exports.ENTRY_KINDS = [
    'warrant',
    'arrest',
    'charge',
    'seizure',
    'county-line-closure',
    'safeguarding',
    'welfare-visit',
    'vehicle-stop',
    'engagement',
    'disruption',
];
/** Kinds that record a count of things; it defaults to 1. */
exports.COUNTED_KINDS = [
    'warrant',
    'arrest',
    'charge',
    'safeguarding',
    'welfare-visit',
    'vehicle-stop',
    'engagement',
];
exports.OFFENCES = [
    'drug-supply',
    'possession-with-intent',
    'firearms',
    'weapons',
    'burglary',
    'theft',
    'poaching',
    'hare-coursing',
    'exploitation',
    'other',
];
exports.SEIZURE_ITEMS = [
    'cannabis-plants',
    'class-a-drugs',
    'class-b-drugs',
    'class-c-drugs',
    'cash',
    'firearm',
    'imitation-firearm',
    'ammunition',
    'offensive-weapon',
    'vehicle',
    'plant-machinery',
    'stolen-property',
    'mobile-phone',
    'other',
];
exports.UNITS = ['item', 'g', 'kg', 'GBP'];
exports.AGE_GROUPS = ['child', 'adult'];
exports.DISRUPTION_CATEGORIES = ['pursue', 'protect', 'prevent', 'prepare'];
exports.DISRUPTION_SEVERITIES = ['major', 'moderate', 'minor'];
//# sourceMappingURL=entry.js.map