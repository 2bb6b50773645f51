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
exports.CreateUserInput = void 0;
const domain_1 = require("../../../domain/src/index.js");
const class_validator_1 = require("class-validator");
class CreateUserInput {
    username;
    password;
    role;
    /** Required for coordinator and pcc; forbidden for admin and analyst. */
    force;
}
exports.CreateUserInput = CreateUserInput;
__decorate([
    (0, class_validator_1.Matches)(/^[a-zA-Z0-9._@-]{3,64}$/, { message: 'username must be 3 to 64 letters, digits or . _ @ -' }),
    __metadata("design:type", String)
], CreateUserInput.prototype, "username", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(12, 200, { message: 'password must be 12 to 200 characters long' }),
    __metadata("design:type", String)
], CreateUserInput.prototype, "password", void 0);
__decorate([
    (0, class_validator_1.IsIn)(domain_1.ROLES, { message: `role must be one of: ${domain_1.ROLES.join(', ')}` }),
    __metadata("design:type", String)
], CreateUserInput.prototype, "role", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(domain_1.FORCE_IDS, { message: `force must be one of: ${domain_1.FORCE_IDS.join(', ')}` }),
    __metadata("design:type", String)
], CreateUserInput.prototype, "force", void 0);
//# sourceMappingURL=create-user.input.js.map