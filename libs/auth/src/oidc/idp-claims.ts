import { isForceId, roleNeedsForce, type Actor, type ForceId, type Role } from '@ros/domain';
import type { OidcSettings } from '@ros/platform';

type Mapping = Pick<
  OidcSettings,
  'usernameClaim' | 'roleClaim' | 'roleMap' | 'forceClaim' | 'forceMap'
>;

/** Why a verified identity provider's token names no one we can let in. */
export class UnmappedIdentity extends Error {}

/** A claim's string values: one string, or an array of them (as `roles` and `groups` often are). */
const valuesOf = (claim: unknown): string[] =>
  typeof claim === 'string'
    ? [claim]
    : Array.isArray(claim)
      ? claim.filter((v): v is string => typeof v === 'string')
      : [];

const own = (map: Record<string, string>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(map, key);

/**
 * The actor a verified identity provider's token names, by the configured claims: one
 * username, exactly one of our roles, and for a coordinator or PCC exactly one of our forces.
 * Anything missing, unknown or ambiguous is refused, never guessed. A force given to a role
 * that has none (admin, analyst) is dropped: our roles decide what a force means.
 */
export const actorOfIdpClaims = (claims: Record<string, unknown>, mapping: Mapping): Actor => {
  const username = claims[mapping.usernameClaim];
  if (typeof username !== 'string' || !username.trim() || username.length > 200)
    throw new UnmappedIdentity(
      `The identity provider's token has no usable '${mapping.usernameClaim}' claim to name its bearer`,
    );
  const roles = [
    ...new Set(
      valuesOf(claims[mapping.roleClaim])
        .filter((value) => own(mapping.roleMap, value))
        .map((value) => mapping.roleMap[value]),
    ),
  ] as Role[];
  if (roles.length === 0)
    throw new UnmappedIdentity(
      `The identity provider's token gives no role Ring of Steel knows in its '${mapping.roleClaim}' claim; ask your administrator for access`,
    );
  if (roles.length > 1)
    throw new UnmappedIdentity(
      `The identity provider's token gives more than one Ring of Steel role (${roles.join(', ')}); it must give exactly one`,
    );
  const [role] = roles;
  if (!roleNeedsForce(role)) return { username, role, force: null };
  const forces = [
    ...new Set(
      valuesOf(claims[mapping.forceClaim])
        .map((value) => (own(mapping.forceMap, value) ? mapping.forceMap[value] : value))
        .filter(isForceId),
    ),
  ] as ForceId[];
  if (forces.length !== 1)
    throw new UnmappedIdentity(
      `A ${role} needs exactly one force Ring of Steel knows in the token's '${mapping.forceClaim}' claim; it gives ${forces.length ? forces.join(', ') : 'none'}`,
    );
  return { username, role, force: forces[0] };
};
