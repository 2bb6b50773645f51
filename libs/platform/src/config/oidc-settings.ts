import { isForceId, ROLES, type ForceId, type Role } from '@ros/domain';

/**
 * Optional OIDC mode: bearer tokens signed by a force's identity provider are accepted
 * beside our own, verified against its published keys (JWKS). Null: off.
 */
export interface OidcSettings {
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** Asymmetric only: `none` and the HS* family are refused at start. */
  algorithms: string[];
  usernameClaim: string;
  roleClaim: string;
  /** The identity provider's role values, to ours; a value not here is refused. */
  roleMap: Record<string, Role>;
  forceClaim: string;
  /** The identity provider's force values, to ours; our own force ids are accepted as they are. */
  forceMap: Record<string, ForceId>;
}

/** What the identity provider may sign with: public-key algorithms jose verifies. */
export const OIDC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

type OidcEnv = Partial<
  Record<
    | 'OIDC_ISSUER'
    | 'OIDC_JWKS_URL'
    | 'OIDC_AUDIENCE'
    | 'OIDC_ALGORITHMS'
    | 'OIDC_USERNAME_CLAIM'
    | 'OIDC_ROLE_CLAIM'
    | 'OIDC_ROLE_MAP'
    | 'OIDC_FORCE_CLAIM'
    | 'OIDC_FORCE_MAP',
    string
  >
>;

const isHttpUrl = (given: string): boolean => {
  try {
    const url = new URL(given);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const list = (raw: string | undefined): string[] =>
  (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** `theirs:ours,…`, each of ours checked by `isOurs`. */
const parseMap = <T extends string>(
  name: string,
  raw: string | undefined,
  isOurs: (value: string) => value is T,
  ours: string,
  problems: string[],
): Record<string, T> => {
  const map: Record<string, T> = {};
  for (const pair of list(raw)) {
    const at = pair.lastIndexOf(':');
    const theirs = pair.slice(0, at).trim();
    const mine = pair.slice(at + 1).trim();
    if (at < 1 || !theirs || !isOurs(mine))
      problems.push(
        `${name}: '${pair}' is not theirs:ours; give each as the identity provider's value, a colon and one of ${ours}`,
      );
    else if (Object.prototype.hasOwnProperty.call(map, theirs))
      problems.push(`${name}: '${theirs}' is mapped twice`);
    else map[theirs] = mine;
  }
  return map;
};

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Reads the OIDC_* settings; none given, the mode is off. Each problem says what to change. */
export const parseOidcSettings = (
  env: OidcEnv,
): { settings: OidcSettings | null; problems: string[] } => {
  const problems: string[] = [];
  const issuer = env.OIDC_ISSUER;
  if (!issuer) {
    const stray = Object.keys(env).filter(
      (key) => key.startsWith('OIDC_') && env[key as keyof OidcEnv],
    );
    if (stray.length)
      problems.push(
        `${stray.join(', ')} given without OIDC_ISSUER: set OIDC_ISSUER to turn OIDC mode on, or remove them`,
      );
    return { settings: null, problems };
  }
  if (!isHttpUrl(issuer))
    problems.push(
      `OIDC_ISSUER must be the identity provider's issuer URL, exactly as its tokens' iss`,
    );
  const jwksUrl = env.OIDC_JWKS_URL ?? `${issuer.replace(/\/+$/, '')}/.well-known/jwks.json`;
  if (!isHttpUrl(jwksUrl))
    problems.push(
      `OIDC_JWKS_URL must be an http(s) URL: the jwks_uri of the provider's discovery document`,
    );
  if (!env.OIDC_AUDIENCE)
    problems.push(
      'OIDC_AUDIENCE is required with OIDC_ISSUER: the aud the identity provider gives tokens meant for Ring of Steel (its client id)',
    );
  const algorithms = env.OIDC_ALGORITHMS ? list(env.OIDC_ALGORITHMS) : ['RS256', 'ES256'];
  const refused = algorithms.filter((a) => !(OIDC_ALGORITHMS as readonly string[]).includes(a));
  if (refused.length || !algorithms.length)
    problems.push(
      `OIDC_ALGORITHMS: ${refused.join(', ') || 'none given'} refused; give one or more of ${OIDC_ALGORITHMS.join(', ')} (never none or HS*: a shared secret or no signature lets anyone mint a token)`,
    );
  if (!env.OIDC_ROLE_MAP)
    problems.push(
      `OIDC_ROLE_MAP is required with OIDC_ISSUER: the provider's role values to ours, such as ros-admin:admin,ros-analyst:analyst (ours: ${ROLES.join(', ')})`,
    );
  const roleMap = parseMap('OIDC_ROLE_MAP', env.OIDC_ROLE_MAP, isRole, ROLES.join(', '), problems);
  const forceMap = parseMap(
    'OIDC_FORCE_MAP',
    env.OIDC_FORCE_MAP,
    isForceId,
    'our force ids (such as dorset)',
    problems,
  );
  return {
    settings: {
      issuer,
      jwksUrl,
      audience: env.OIDC_AUDIENCE ?? '',
      algorithms,
      usernameClaim: env.OIDC_USERNAME_CLAIM ?? 'preferred_username',
      roleClaim: env.OIDC_ROLE_CLAIM ?? 'roles',
      roleMap,
      forceClaim: env.OIDC_FORCE_CLAIM ?? 'force',
      forceMap,
    },
    problems,
  };
};
