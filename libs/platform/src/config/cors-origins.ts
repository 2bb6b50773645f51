/**
 * CORS_ORIGINS: the web origins, besides the API's own, whose pages may call the API from
 * a browser. Exact origins only (`https://host[:port]`): a pattern or `*` would let any
 * page a user visits read what their token can.
 */
export const parseCorsOrigins = (
  raw: string | undefined,
): { origins: string[]; problems: string[] } => {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const given of (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)) {
    if (isOrigin(given)) origins.push(given);
    else
      problems.push(
        `CORS_ORIGINS: '${given}' is not an origin; give each as scheme://host[:port], such as https://dashboard.force.police.uk, without a path, a trailing slash or *`,
      );
  }
  return { origins, problems };
};

const isOrigin = (given: string): boolean => {
  try {
    const url = new URL(given);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.origin === given &&
      !given.includes('*')
    );
  } catch {
    return false;
  }
};
