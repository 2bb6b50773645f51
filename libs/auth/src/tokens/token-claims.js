"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorOf = void 0;
const actorOf = (claims) => ({
    username: claims.sub,
    role: claims.role,
    force: claims.force,
});
exports.actorOf = actorOf;
//# sourceMappingURL=token-claims.js.map