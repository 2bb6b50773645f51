/**
 * The figures, computed independently of the projections: straight from the entries the
 * test logged, corrected and retracted. No code is shared with libs/projections.
 */
export interface LoggedEntry {
  entryId: string;
  operation: string;
  phase: number;
  body: Record<string, any>; // the entry as currently counted (the last correction's)
  retracted: boolean;
}

const DRUGS = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];

export const oracleTotals = (entries: LoggedEntry[]) => {
  const totals: any = {
    entries: 0,
    warrants: 0,
    arrests: 0,
    charges: 0,
    countyLinesClosed: 0,
    welfareVisits: 0,
    vehicleStops: 0,
    engagements: 0,
    safeguarded: { children: 0, adults: 0 },
    disruptions: { pursue: 0, protect: 0, prevent: 0, prepare: 0 },
    seizures: {},
    estimatedValueGBP: 0,
  };
  for (const { body: e, retracted } of entries) {
    if (retracted) continue;
    totals.entries += 1;
    const count = e.count ?? 1;
    if (e.kind === 'warrant') totals.warrants += count;
    if (e.kind === 'arrest') totals.arrests += count;
    if (e.kind === 'charge') totals.charges += count;
    if (e.kind === 'county-line-closure') totals.countyLinesClosed += 1;
    if (e.kind === 'welfare-visit') totals.welfareVisits += count;
    if (e.kind === 'vehicle-stop') totals.vehicleStops += count;
    if (e.kind === 'engagement') totals.engagements += count;
    if (e.kind === 'safeguarding')
      totals.safeguarded[e.ageGroup === 'child' ? 'children' : 'adults'] += count;
    if (e.kind === 'disruption') totals.disruptions[e.category] += 1;
    if (e.kind === 'seizure') {
      const unit = DRUGS.includes(e.item) ? 'g' : e.item === 'cash' ? 'GBP' : 'item';
      const seizure = (totals.seizures[e.item] ??= { quantity: 0, unit, estimatedValueGBP: 0 });
      seizure.quantity +=
        e.quantity === undefined ? 0 : e.unit === 'kg' ? e.quantity * 1000 : e.quantity;
      seizure.estimatedValueGBP += e.estimatedValueGBP ?? 0;
      totals.estimatedValueGBP += e.estimatedValueGBP ?? 0;
    }
  }
  return totals;
};

export const occurredOn = (entry: LoggedEntry) =>
  new Date(entry.body.occurredAt).toISOString().slice(0, 10);
