"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AuthModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const cqrs_1 = require("@nestjs/cqrs");
const jwt_1 = require("@nestjs/jwt");
const typeorm_1 = require("@nestjs/typeorm");
const create_user_handler_1 = require("./create-user/create-user.handler");
const ensure_admin_1 = require("./ensure-admin");
const access_guard_1 = require("./guards/access.guard");
const issue_token_handler_1 = require("./issue-token/issue-token.handler");
const user_record_1 = require("./users/user.record");
const users_repository_1 = require("./users/users.repository");
let AuthModule = AuthModule_1 = class AuthModule {
    static forRoot(config) {
        return {
            module: AuthModule_1,
            imports: [
                cqrs_1.CqrsModule,
                typeorm_1.TypeOrmModule.forFeature([user_record_1.UserRecord]),
                jwt_1.JwtModule.register({
                    secret: config.tokenSecret,
                    signOptions: { algorithm: 'HS256' },
                    verifyOptions: { algorithms: ['HS256'] },
                }),
            ],
            providers: [
                users_repository_1.UsersRepository,
                issue_token_handler_1.IssueTokenHandler,
                create_user_handler_1.CreateUserHandler,
                ensure_admin_1.EnsureAdmin,
                { provide: core_1.APP_GUARD, useClass: access_guard_1.AccessGuard },
            ],
        };
    }
};
exports.AuthModule = AuthModule;
exports.AuthModule = AuthModule = AuthModule_1 = __decorate([
    (0, common_1.Module)({})
], AuthModule);
//# sourceMappingURL=auth.module.js.map