import {
  createParamDecorator,
  ForbiddenException,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ROLES, type Actor, type Provenance, type Role } from '@ros/domain';

export const IS_PUBLIC = 'ros:public';
export const ALLOWED_ROLES = 'ros:roles';

/** A route anyone may call without a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (403 for the others). */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ALLOWED_ROLES, roles);

/**
 * Every role may call the route: decided so, not forgotten. A route with neither this,
 * @Roles() nor @Public() is refused to everyone (AccessGuard), and a unit test names it.
 */
export const AnyRole = () => Roles(...ROLES);

export interface AuthenticatedRequest {
  actor?: Actor;
  id?: string | number;
  /** The session of the bearer token (its jti): what logout revokes. */
  sessionId?: string;
}

/** The person the bearer token names. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().actor!,
);

/**
 * The session the bearer token belongs to. An identity provider's token (OIDC mode) has
 * none here: signing out and passwords are the provider's business.
 */
export const CurrentSession = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => {
    const { sessionId } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!sessionId)
      throw new ForbiddenException(
        "Signed in through your force's identity provider: sign out and change your password there",
      );
    return sessionId;
  },
);

/** Who is asking, in answer to which request: the metadata of the events a command records. */
export const RequestProvenance = createParamDecorator(
  (_: unknown, context: ExecutionContext): Provenance => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return {
      actor: request.actor!,
      correlationId: String(request.id ?? randomUUID()),
      causationId: randomUUID(),
      now: new Date(),
    };
  },
);
