/** Which figures: as known at a moment (`asOf`), and/or as occurred in a window (`from`..`to`). */
export interface TotalsFilter {
  asOf?: Date;
  from?: string;
  to?: string;
}

/** Where the figures come from: a filter needs the ledger, none can use the summed totals. */
export const needsLedger = (filter: TotalsFilter): boolean =>
  Boolean(filter.asOf || filter.from || filter.to);
