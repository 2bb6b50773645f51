/**
 * How long to wait before the n-th attempt to reopen a dropped feed: doubling from
 * 100 ms to at most 30 s, so a server that is down is not hammered, and one that is back
 * is found again within half a minute.
 */
export const backoffMs = (attempt: number): number =>
  Math.min(30_000, 100 * 2 ** Math.max(0, attempt - 1));
