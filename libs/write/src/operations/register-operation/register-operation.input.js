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
exports.RegisterOperationInput = void 0;
const domain_1 = require("../../../../domain/src/index.js");
const class_validator_1 = require("class-validator");
class RegisterOperationInput {
    /** A slug such as `scorpion`, `viper` or `ragwort`. */
    id;
    name;
    scope;
    forces;
    description;
}
exports.RegisterOperationInput = RegisterOperationInput;
__decorate([
    (0, class_validator_1.Matches)(domain_1.OPERATION_ID, { message: 'id must be a lowercase slug of 2 to 40 characters, starting with a letter' }),
    __metadata("design:type", String)
], RegisterOperationInput.prototype, "id", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], RegisterOperationInput.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsIn)(domain_1.OPERATION_SCOPES, { message: `scope must be one of: ${domain_1.OPERATION_SCOPES.join(', ')}` }),
    __metadata("design:type", String)
], RegisterOperationInput.prototype, "scope", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.IsIn)(domain_1.FORCE_IDS, { each: true, message: `each of forces must be one of: ${domain_1.FORCE_IDS.join(', ')}` }),
    __metadata("design:type", Array)
], RegisterOperationInput.prototype, "forces", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(1000),
    __metadata("design:type", String)
], RegisterOperationInput.prototype, "description", void 0);
//# sourceMappingURL=register-operation.input.js.map