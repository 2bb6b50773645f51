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
exports.AccessGuard = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const jwt_1 = require("@nestjs/jwt");
const token_claims_1 = require("../tokens/token-claims");
const access_decorators_1 = require("./access.decorators");
/**
 * Every route needs a valid bearer token unless marked @Public(); @Roles() narrows who
 * may call it. Finer rules (a coordinator's own force) are the domain's to decide.
 */
let AccessGuard = class AccessGuard {
    reflector;
    jwt;
    constructor(reflector, jwt) {
        this.reflector = reflector;
        this.jwt = jwt;
    }
    async canActivate(context) {
        const targets = [context.getHandler(), context.getClass()];
        if (this.reflector.getAllAndOverride(access_decorators_1.IS_PUBLIC, targets))
            return true;
        const request = context.switchToHttp().getRequest();
        const [scheme, token] = (request.headers.authorization ?? '').split(' ');
        if (scheme !== 'Bearer' || !token)
            throw new common_1.UnauthorizedException('A bearer token is required: POST /api/auth/token');
        let claims;
        try {
            claims = await this.jwt.verifyAsync(token);
        }
        catch {
            throw new common_1.UnauthorizedException('The token is invalid or has expired; ask for a new one');
        }
        request.actor = (0, token_claims_1.actorOf)(claims);
        const roles = this.reflector.getAllAndOverride(access_decorators_1.ALLOWED_ROLES, targets);
        if (roles && !roles.includes(claims.role))
            throw new common_1.ForbiddenException(`This needs one of the roles: ${roles.join(', ')}`);
        return true;
    }
};
exports.AccessGuard = AccessGuard;
exports.AccessGuard = AccessGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector,
        jwt_1.JwtService])
], AccessGuard);
//# sourceMappingURL=access.guard.js.map