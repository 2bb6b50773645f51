"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.INPUT_BY_KIND = exports.DisruptionInput = exports.CountyLineClosureInput = exports.SeizureInput = exports.SafeguardingInput = exports.ArrestInput = exports.VehicleStopInput = exports.EngagementInput = exports.WelfareVisitInput = exports.ChargeInput = exports.WarrantInput = exports.EntryBodyInput = exports.TAG = void 0;
const domain_1 = require("../../../../domain/src/index.js");
const class_validator_1 = require("class-validator");
exports.TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WITH_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;
const oneOf = (values) => ({ message: `$property must be one of: ${values.join(', ')}` });
/** What every entry body carries, whatever its kind (the entry id is checked apart). */
class EntryBodyInput {
    kind;
    force;
    occurredAt;
    notes;
    /** A district-level place, never an address. */
    location;
    tags;
    assistedBy;
}
exports.EntryBodyInput = EntryBodyInput;
__decorate([
    (0, class_validator_1.IsIn)(domain_1.ENTRY_KINDS, oneOf(domain_1.ENTRY_KINDS)),
    __metadata("design:type", String)
], EntryBodyInput.prototype, "kind", void 0);
__decorate([
    (0, class_validator_1.IsIn)(domain_1.FORCE_IDS, oneOf(domain_1.FORCE_IDS)),
    __metadata("design:type", String)
], EntryBodyInput.prototype, "force", void 0);
__decorate([
    (0, class_validator_1.IsISO8601)({ strict: true }, { message: 'occurredAt must be an ISO-8601 date-time' }),
    (0, class_validator_1.Matches)(WITH_ZONE, { message: 'occurredAt must end with Z or a UTC offset' }),
    __metadata("design:type", String)
], EntryBodyInput.prototype, "occurredAt", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(1000),
    __metadata("design:type", String)
], EntryBodyInput.prototype, "notes", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], EntryBodyInput.prototype, "location", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(5),
    (0, class_validator_1.Matches)(exports.TAG, { each: true, message: 'each tag must be a lowercase slug such as cliw-2025-06' }),
    __metadata("design:type", Array)
], EntryBodyInput.prototype, "tags", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.IsIn)(domain_1.PARTNERS, { each: true, ...oneOf(domain_1.PARTNERS) }),
    __metadata("design:type", Array)
], EntryBodyInput.prototype, "assistedBy", void 0);
const counted = (max) => {
    class Counted extends EntryBodyInput {
        count;
    }
    __decorate([
        (0, class_validator_1.IsOptional)(),
        (0, class_validator_1.IsInt)(),
        (0, class_validator_1.Min)(1),
        (0, class_validator_1.Max)(max),
        __metadata("design:type", Number)
    ], Counted.prototype, "count", void 0);
    return Counted;
};
class WarrantInput extends counted(1000) {
}
exports.WarrantInput = WarrantInput;
class ChargeInput extends counted(1000) {
}
exports.ChargeInput = ChargeInput;
class WelfareVisitInput extends counted(1000) {
}
exports.WelfareVisitInput = WelfareVisitInput;
class EngagementInput extends counted(1000) {
}
exports.EngagementInput = EngagementInput;
class VehicleStopInput extends counted(10000) {
}
exports.VehicleStopInput = VehicleStopInput;
class ArrestInput extends counted(1000) {
    offence;
}
exports.ArrestInput = ArrestInput;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(domain_1.OFFENCES, oneOf(domain_1.OFFENCES)),
    __metadata("design:type", Object)
], ArrestInput.prototype, "offence", void 0);
class SafeguardingInput extends counted(1000) {
    ageGroup;
}
exports.SafeguardingInput = SafeguardingInput;
__decorate([
    (0, class_validator_1.IsIn)(domain_1.AGE_GROUPS, oneOf(domain_1.AGE_GROUPS)),
    __metadata("design:type", Object)
], SafeguardingInput.prototype, "ageGroup", void 0);
class SeizureInput extends EntryBodyInput {
    item;
    quantity;
    unit;
    estimatedValueGBP;
    drug;
    description;
}
exports.SeizureInput = SeizureInput;
__decorate([
    (0, class_validator_1.IsIn)(domain_1.SEIZURE_ITEMS, oneOf(domain_1.SEIZURE_ITEMS)),
    __metadata("design:type", Object)
], SeizureInput.prototype, "item", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)({ allowNaN: false, allowInfinity: false }),
    (0, class_validator_1.Min)(Number.MIN_VALUE, { message: 'quantity must be greater than 0' }),
    __metadata("design:type", Number)
], SeizureInput.prototype, "quantity", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(domain_1.UNITS, oneOf(domain_1.UNITS)),
    __metadata("design:type", Object)
], SeizureInput.prototype, "unit", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)({ allowNaN: false, allowInfinity: false }),
    (0, class_validator_1.Min)(0),
    __metadata("design:type", Number)
], SeizureInput.prototype, "estimatedValueGBP", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(40),
    __metadata("design:type", String)
], SeizureInput.prototype, "drug", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], SeizureInput.prototype, "description", void 0);
class CountyLineClosureInput extends EntryBodyInput {
    lineName;
}
exports.CountyLineClosureInput = CountyLineClosureInput;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CountyLineClosureInput.prototype, "lineName", void 0);
class DisruptionInput extends EntryBodyInput {
    category;
    severity;
    description;
}
exports.DisruptionInput = DisruptionInput;
__decorate([
    (0, class_validator_1.IsIn)(domain_1.DISRUPTION_CATEGORIES, oneOf(domain_1.DISRUPTION_CATEGORIES)),
    __metadata("design:type", Object)
], DisruptionInput.prototype, "category", void 0);
__decorate([
    (0, class_validator_1.IsIn)(domain_1.DISRUPTION_SEVERITIES, oneOf(domain_1.DISRUPTION_SEVERITIES)),
    __metadata("design:type", Object)
], DisruptionInput.prototype, "severity", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], DisruptionInput.prototype, "description", void 0);
exports.INPUT_BY_KIND = {
    warrant: WarrantInput,
    arrest: ArrestInput,
    charge: ChargeInput,
    seizure: SeizureInput,
    'county-line-closure': CountyLineClosureInput,
    safeguarding: SafeguardingInput,
    'welfare-visit': WelfareVisitInput,
    'vehicle-stop': VehicleStopInput,
    engagement: EngagementInput,
    disruption: DisruptionInput,
};
//# sourceMappingURL=entry-body.input.js.map