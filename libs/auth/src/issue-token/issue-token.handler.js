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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssueTokenHandler = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const jwt_1 = require("@nestjs/jwt");
const platform_1 = require("../../../platform/src/index.js");
const passwords_1 = require("../users/passwords");
const users_repository_1 = require("../users/users.repository");
const issue_token_command_1 = require("./issue-token.command");
// Checked when the user is unknown, so a wrong username costs as long as a wrong password.
const NO_SUCH_USER = 'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
let IssueTokenHandler = class IssueTokenHandler {
    users;
    jwt;
    config;
    constructor(users, jwt, config) {
        this.users = users;
        this.jwt = jwt;
        this.config = config;
    }
    async execute({ input }) {
        const user = await this.users.find(input.username);
        const valid = await (0, passwords_1.verifyPassword)(input.password, user?.passwordHash ?? NO_SUCH_USER);
        if (!user || !valid)
            throw new common_1.UnauthorizedException('Invalid username or password');
        const claims = { sub: user.username, role: user.role, force: user.force };
        return {
            accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.tokenTtlSeconds }),
            tokenType: 'Bearer',
            expiresIn: this.config.tokenTtlSeconds,
            user: { username: user.username, role: user.role, force: user.force },
        };
    }
};
exports.IssueTokenHandler = IssueTokenHandler;
exports.IssueTokenHandler = IssueTokenHandler = __decorate([
    (0, cqrs_1.CommandHandler)(issue_token_command_1.IssueTokenCommand),
    __param(2, (0, common_1.Inject)(platform_1.APP_CONFIG)),
    __metadata("design:paramtypes", [users_repository_1.UsersRepository,
        jwt_1.JwtService, Object])
], IssueTokenHandler);
//# sourceMappingURL=issue-token.handler.js.map