import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@ros/domain';
import { IdpTokens } from '../oidc/idp-tokens';
import { SessionsRepository } from '../sessions/sessions.repository';
import { actorOf, type TokenClaims } from '../tokens/token-claims';
import { bearerTokenOf } from '../tokens/token-subject';
import { ALLOWED_ROLES, IS_PUBLIC, type AuthenticatedRequest } from './access.decorators';

/**
 * Every route needs a valid bearer token of a live session (not signed out, revoked or of a
 * disabled user) unless marked @Public(), and says which roles may call it (@Roles(), or
 * @AnyRole() for every role): a route that says nothing is refused to everyone, so a
 * forgotten decision fails closed. Finer rules (a coordinator's own force) are decided
 * again in the queries and the domain, where the data is read.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsRepository,
    private readonly idp: IdpTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) throw new UnauthorizedException('A bearer token is required: POST /api/auth/token');
    // OIDC mode: a token naming the identity provider as its issuer is verified against its
    // keys alone, never our secret; it has no session here (sessionId stays unset).
    if (this.idp.claimsToBeIdp(token)) request.actor = await this.idp.actorOf(token);
    else await this.admitOwn(token, request);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) throw new ForbiddenException('This route says no role may call it');
    if (!roles.includes(request.actor!.role))
      throw new ForbiddenException(`This needs one of the roles: ${roles.join(', ')}`);
    return true;
  }

  /** Our own HS256 token, of a live session. */
  private async admitOwn(token: string, request: AuthenticatedRequest): Promise<void> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired; ask for a new one');
    }
    // Checked on every request, so logout, a password change or disabling a user bites at once.
    if (!(await this.sessions.isActive(claims.jti, claims.sub)))
      throw new UnauthorizedException(
        'The token is no longer valid (signed out, password changed or user disabled); sign in again',
      );
    request.actor = actorOf(claims);
    request.sessionId = claims.jti;
  }
}
