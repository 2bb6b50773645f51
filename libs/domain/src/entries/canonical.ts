/**
 * A stable text form of plain data (keys sorted, undefined dropped), so that the same
 * entry sent twice compares equal however its client ordered the fields.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
};

export const sameData = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
