"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.roleNeedsForce = exports.mayRecordFor = exports.ROLES = void 0;
exports.ROLES = ['admin', 'coordinator', 'analyst', 'pcc'];
/** Coordinators write entries for their own force only; admins for any force. */
const mayRecordFor = (actor, force) => actor.role === 'admin' || (actor.role === 'coordinator' && actor.force === force);
exports.mayRecordFor = mayRecordFor;
/** Roles that must belong to a force, and roles that must not. */
const roleNeedsForce = (role) => role === 'coordinator' || role === 'pcc';
exports.roleNeedsForce = roleNeedsForce;
//# sourceMappingURL=actor.js.map