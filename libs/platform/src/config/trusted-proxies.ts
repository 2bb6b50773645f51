import { isIP } from 'node:net';

/** The names proxy-addr (Fastify's trustProxy) knows for whole ranges of private addresses. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: the proxies in front of the API (addresses, CIDR ranges or the names above),
 * whose X-Forwarded-For the API believes, so the audit trail records the client's address
 * and sign-in lockout counts per client, not per proxy. Never everyone (`true`, `*`, a hop
 * count): then any client could name its own address, and its failed sign-ins would never
 * lock its address out.
 */
export const parseTrustedProxies = (
  raw: string | undefined,
): { proxies: string[]; problems: string[] } => {
  const proxies: string[] = [];
  const problems: string[] = [];
  for (const given of (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (isProxy(given)) proxies.push(given);
    else
      problems.push(
        `TRUST_PROXY: '${given}' is not a proxy's address; give each as an IP address, a CIDR range such as 10.0.0.0/8, or one of ${NAMED_RANGES.join(', ')}; never true, * or a hop count`,
      );
  }
  return { proxies, problems };
};

const isProxy = (given: string): boolean => {
  if (NAMED_RANGES.includes(given)) return true;
  const [address, prefix, ...rest] = given.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = version === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
};
