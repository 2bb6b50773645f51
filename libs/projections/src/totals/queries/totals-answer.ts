/** A totals route's answer: JSON, or the same figures as CSV when asked for. */
export interface TotalsAnswer<Body = Record<string, unknown>> {
  body: Body;
  csv(): string;
}
