import { Forbidden, type Actor } from '@ros/domain';

/**
 * Which force's entries a person may see: analysts and admins every force (or the one they
 * ask for), a coordinator only their own, a PCC none. Decided here for every caller.
 */
export const visibleForce = (actor: Actor, asked?: string): string | undefined => {
  if (actor.role === 'admin' || actor.role === 'analyst') return asked;
  if (actor.role === 'coordinator') {
    if (asked && asked !== actor.force)
      throw new Forbidden(`A coordinator sees the entries of ${actor.force} only`);
    return actor.force!;
  }
  throw new Forbidden('The entry log is for analysts, coordinators and admins');
};
