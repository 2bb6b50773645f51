import type { ForceId } from '../forces';

export const ROLES = ['admin', 'coordinator', 'analyst', 'pcc'] as const;
export type Role = (typeof ROLES)[number];

/** The person a command or query is made for: every write records who made it. */
export interface Actor {
  username: string;
  role: Role;
  force: ForceId | null;
}

/** Coordinators write entries for their own force only; admins for any force. */
export const mayRecordFor = (actor: Actor, force: ForceId): boolean =>
  actor.role === 'admin' || (actor.role === 'coordinator' && actor.force === force);

/** Roles that must belong to a force, and roles that must not. */
export const roleNeedsForce = (role: Role): boolean => role === 'coordinator' || role === 'pcc';
