import {
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Actor } from '@ros/domain';
import type { OidcSettings } from '@ros/platform';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import { actorOfIdpClaims, UnmappedIdentity } from './idp-claims';

export const OIDC_SETTINGS = Symbol('OidcSettings');

/** Seconds of clock difference between us and the identity provider that are forgiven. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Tokens of a force's identity provider (OIDC mode): verified against its JWKS with only
 * the configured public-key algorithms, its issuer and our audience, then mapped to an
 * actor. Its users are not ours: no user row, no session; their tokens are short-lived and
 * revoked at the provider.
 */
@Injectable()
export class IdpTokens {
  private readonly logger = new Logger(IdpTokens.name);
  private readonly keys: ReturnType<typeof createRemoteJWKSet> | null;

  constructor(@Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null) {
    // Fetched on first use, cached, refetched when a token names an unknown key id.
    this.keys = settings ? createRemoteJWKSet(new URL(settings.jwksUrl)) : null;
  }

  /**
   * Whether the token says it is the identity provider's (its unverified `iss`): which
   * verification it gets, never whether it is accepted. Ours carry no `iss`.
   */
  claimsToBeIdp(token: string): boolean {
    if (!this.settings) return false;
    try {
      return decodeJwt(token).iss === this.settings.issuer;
    } catch {
      return false;
    }
  }

  async actorOf(token: string): Promise<Actor> {
    const settings = this.settings!;
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys!, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        this.logger.error(
          `Could not fetch the identity provider's keys from ${settings.jwksUrl}: ${String(error)}`,
        );
        throw new ServiceUnavailableException(
          "The identity provider's keys could not be fetched; try again shortly",
        );
      }
      throw new UnauthorizedException(
        "The identity provider's token is invalid or has expired; sign in there again",
      );
    }
    try {
      return actorOfIdpClaims(payload, settings);
    } catch (error) {
      if (error instanceof UnmappedIdentity) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
