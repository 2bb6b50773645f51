/** Which figures: as known at a moment (`asOf`), and/or as occurred in a window (`from`..`to`). */
export interface TotalsFilter {
  asOf?: Date;
  from?: string;
  to?: string;
}
