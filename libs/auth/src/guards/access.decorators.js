"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestProvenance = exports.CurrentActor = exports.Roles = exports.Public = exports.ALLOWED_ROLES = exports.IS_PUBLIC = void 0;
const common_1 = require("@nestjs/common");
const node_crypto_1 = require("node:crypto");
exports.IS_PUBLIC = 'ros:public';
exports.ALLOWED_ROLES = 'ros:roles';
/** A route anyone may call without a token. */
const Public = () => (0, common_1.SetMetadata)(exports.IS_PUBLIC, true);
exports.Public = Public;
/** Only these roles may call the route (403 for the others). */
const Roles = (...roles) => (0, common_1.SetMetadata)(exports.ALLOWED_ROLES, roles);
exports.Roles = Roles;
/** The person the bearer token names. */
exports.CurrentActor = (0, common_1.createParamDecorator)((_, context) => context.switchToHttp().getRequest().actor);
/** Who is asking, in answer to which request: the metadata of the events a command records. */
exports.RequestProvenance = (0, common_1.createParamDecorator)((_, context) => {
    const request = context.switchToHttp().getRequest();
    return {
        actor: request.actor,
        correlationId: String(request.id ?? (0, node_crypto_1.randomUUID)()),
        causationId: (0, node_crypto_1.randomUUID)(),
        now: new Date(),
    };
});
//# sourceMappingURL=access.decorators.js.map