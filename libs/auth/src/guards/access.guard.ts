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
import { actorOf, type TokenClaims } from '../tokens/token-claims';
import { ALLOWED_ROLES, IS_PUBLIC, type AuthenticatedRequest } from './access.decorators';

/**
 * Every route needs a valid bearer token unless marked @Public(), and says which roles may
 * call it (@Roles(), or @AnyRole() for every role): a route that says nothing is refused to
 * everyone, so a forgotten decision fails closed. Finer rules (a coordinator's own force)
 * are decided again in the queries and the domain, where the data is read.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    // The scheme is case-insensitive (RFC 9110): `bearer` is as good as `Bearer`.
    const token = /^bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required: POST /api/auth/token');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired; ask for a new one');
    }
    request.actor = actorOf(claims);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) throw new ForbiddenException('This route says no role may call it');
    if (!roles.includes(claims.role))
      throw new ForbiddenException(`This needs one of the roles: ${roles.join(', ')}`);
    return true;
  }
}
