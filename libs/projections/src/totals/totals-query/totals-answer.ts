/** A totals route's answer: JSON, or the same figures as CSV when asked for. */
export interface TotalsAnswer<Body = Record<string, unknown>> {
  body: Body;
  csv(): string;
  /**
   * Whether the figures include `minPosition` when one was asked for; false means the wait
   * ran out first and the figures are older than the write the client is waiting for.
   */
  minPositionReached?: boolean;
}
