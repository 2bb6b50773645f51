import type { Actor, ForceId, Role } from '@ros/domain';

/** What a signed token says about its bearer. */
export interface TokenClaims {
  sub: string;
  role: Role;
  force: ForceId | null;
  /** The token's session (auth_sessions.id): what logout revokes. */
  jti?: string;
}

export const actorOf = (claims: TokenClaims): Actor => ({
  username: claims.sub,
  role: claims.role,
  force: claims.force,
});
