/**
 * The figures, computed independently of the projections: straight from the entries the
 * test logged, corrected and retracted. No code is shared with libs/projections: sums are
 * kept in whole thousandths here too (money and weights have at most three decimals), and
 * UK days come from the rule for British Summer Time, not from the time-zone database.
 */
export interface OracleEntry {
  entryId: string;
  operation: string;
  phase: number;
  body: Record<string, any>; // the entry as currently counted (the last correction's)
  retracted: boolean;
}

const DRUGS = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];

const thousandths = (value: number) => Math.round(value * 1000);

export const oracleTotals = (entries: OracleEntry[]) => {
  const sums = new Map<string, number>();
  const add = (figure: string, value: number) =>
    sums.set(figure, (sums.get(figure) ?? 0) + thousandths(value));
  const seizures: Record<string, { unit: string }> = {};
  for (const { body: e, retracted } of entries) {
    if (retracted) continue;
    add('entries', 1);
    const count = e.count ?? 1;
    if (e.kind === 'warrant') add('warrants', count);
    if (e.kind === 'arrest') add('arrests', count);
    if (e.kind === 'charge') add('charges', count);
    if (e.kind === 'county-line-closure') add('countyLinesClosed', 1);
    if (e.kind === 'welfare-visit') add('welfareVisits', count);
    if (e.kind === 'vehicle-stop') add('vehicleStops', count);
    if (e.kind === 'engagement') add('engagements', count);
    if (e.kind === 'safeguarding') add(e.ageGroup === 'child' ? 'children' : 'adults', count);
    if (e.kind === 'disruption') add(e.category, 1);
    if (e.kind === 'seizure') {
      const unit = DRUGS.includes(e.item) ? 'g' : e.item === 'cash' ? 'GBP' : 'item';
      seizures[e.item] = { unit };
      add(`${e.item}.seizures`, 1);
      // kg to g in whole thousandths: 1.234 kg is 1234000 thousandths of a gram.
      if (e.quantity !== undefined)
        sums.set(
          `${e.item}.quantity`,
          (sums.get(`${e.item}.quantity`) ?? 0) +
            thousandths(e.quantity) * (e.unit === 'kg' ? 1000 : 1),
        );
      add(`${e.item}.value`, e.estimatedValueGBP ?? 0);
      add('value', e.estimatedValueGBP ?? 0);
    }
  }
  const get = (figure: string) => (sums.get(figure) ?? 0) / 1000;
  return {
    entries: get('entries'),
    warrants: get('warrants'),
    arrests: get('arrests'),
    charges: get('charges'),
    countyLinesClosed: get('countyLinesClosed'),
    welfareVisits: get('welfareVisits'),
    vehicleStops: get('vehicleStops'),
    engagements: get('engagements'),
    safeguarded: { children: get('children'), adults: get('adults') },
    disruptions: {
      pursue: get('pursue'),
      protect: get('protect'),
      prevent: get('prevent'),
      prepare: get('prepare'),
    },
    seizures: Object.fromEntries(
      Object.entries(seizures).map(([item, { unit }]) => [
        item,
        {
          seizures: get(`${item}.seizures`),
          quantity: get(`${item}.quantity`),
          unit,
          estimatedValueGBP: get(`${item}.value`),
        },
      ]),
    ),
    estimatedValueGBP: get('value'),
  };
};

/** The last Sunday of a month, as a UTC date at 01:00 (when UK clocks change). */
const lastSundayAt1am = (year: number, month: number) => {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return new Date(lastDay.getTime() - lastDay.getUTCDay() * 86_400_000);
};

/** The UK calendar day of an instant: BST (UTC+1) from March's last Sunday to October's. */
export const ukDayOf = (instant: string): string => {
  const at = new Date(instant);
  const year = at.getUTCFullYear();
  const summer = at >= lastSundayAt1am(year, 2) && at < lastSundayAt1am(year, 9);
  return new Date(at.getTime() + (summer ? 3_600_000 : 0)).toISOString().slice(0, 10);
};

export const occurredOn = (entry: OracleEntry) => ukDayOf(entry.body.occurredAt);
