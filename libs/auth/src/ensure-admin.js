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
exports.EnsureAdmin = void 0;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const common_1 = require("@nestjs/common");
const platform_1 = require("../../platform/src/index.js");
const passwords_1 = require("./users/passwords");
const users_repository_1 = require("./users/users.repository");
/**
 * On start, ADMIN_USERNAME + ADMIN_PASSWORD ensure an admin exists (and reset its
 * password, so an operator locked out can get back in). Without ADMIN_PASSWORD, a first
 * start generates one into DATA_DIR rather than shipping a default anyone could guess.
 */
let EnsureAdmin = class EnsureAdmin {
    users;
    config;
    logger = new common_1.Logger('auth');
    constructor(users, config) {
        this.users = users;
        this.config = config;
    }
    async onApplicationBootstrap() {
        const { adminUsername: username, adminPassword } = this.config;
        const existing = await this.users.find(username);
        if (existing && !adminPassword)
            return;
        if (existing && adminPassword) {
            if (!(await (0, passwords_1.verifyPassword)(adminPassword, existing.passwordHash))) {
                await this.users.setPassword(username, await (0, passwords_1.hashPassword)(adminPassword));
                this.logger.log(`Password of '${username}' set from ADMIN_PASSWORD`);
            }
            return;
        }
        const password = adminPassword ?? this.generatedPassword();
        await this.users.add({ username, passwordHash: await (0, passwords_1.hashPassword)(password), role: 'admin', force: null, createdBy: 'system' });
        this.logger.log(`Admin '${username}' created`);
    }
    generatedPassword() {
        const file = (0, node_path_1.join)(this.config.dataDir, 'admin-password');
        const password = (0, node_crypto_1.randomBytes)(18).toString('base64url');
        if (!(0, node_fs_1.existsSync)(file))
            (0, node_fs_1.writeFileSync)(file, `${password}\n`, { mode: 0o600 });
        this.logger.warn(`No ADMIN_PASSWORD set: the admin's password was generated into ${file}`);
        return password;
    }
};
exports.EnsureAdmin = EnsureAdmin;
exports.EnsureAdmin = EnsureAdmin = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(platform_1.APP_CONFIG)),
    __metadata("design:paramtypes", [users_repository_1.UsersRepository, Object])
], EnsureAdmin);
//# sourceMappingURL=ensure-admin.js.map