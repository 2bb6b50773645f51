import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { TokenClaims } from './token-claims';

/** `Bearer <token>`, the scheme in any case (RFC 9110). */
export const bearerTokenOf = (authorization: string | undefined): string | undefined =>
  /^bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];

/**
 * Whose token a request carries, by its signature alone (no database): for counting
 * requests per person whatever order the guards run in. Not for granting access: the
 * access guard also checks that the token's session is alive.
 */
@Injectable()
export class TokenSubject {
  constructor(private readonly jwt: JwtService) {}

  of(authorization: string | undefined): string | null {
    return this.claimsOf(authorization)?.sub ?? null;
  }

  /** What a validly signed token says of its bearer; null for none, or a forged one. */
  claimsOf(authorization: string | undefined): TokenClaims | null {
    const token = bearerTokenOf(authorization);
    if (!token) return null;
    try {
      return this.jwt.verify<TokenClaims>(token);
    } catch {
      return null;
    }
  }
}
