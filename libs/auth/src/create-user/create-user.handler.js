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
exports.CreateUserHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const domain_1 = require("../../../domain/src/index.js");
const passwords_1 = require("../users/passwords");
const users_repository_1 = require("../users/users.repository");
const create_user_command_1 = require("./create-user.command");
let CreateUserHandler = class CreateUserHandler {
    users;
    constructor(users) {
        this.users = users;
    }
    async execute({ input, actor }) {
        const user = {
            username: input.username,
            passwordHash: await (0, passwords_1.hashPassword)(input.password),
            role: input.role,
            force: input.force ?? null,
            createdBy: actor.username,
        };
        if (!(await this.users.add(user)))
            throw new domain_1.Conflict(`User '${input.username}' already exists`);
        const stored = (await this.users.find(input.username));
        return {
            username: stored.username,
            role: stored.role,
            force: stored.force,
            createdAt: stored.createdAt.toISOString(),
            createdBy: stored.createdBy,
        };
    }
};
exports.CreateUserHandler = CreateUserHandler;
exports.CreateUserHandler = CreateUserHandler = __decorate([
    (0, cqrs_1.CommandHandler)(create_user_command_1.CreateUserCommand),
    __metadata("design:paramtypes", [users_repository_1.UsersRepository])
], CreateUserHandler);
//# sourceMappingURL=create-user.handler.js.map