/**
 * Which rollup buckets (see generation-tables.ts) add up to a filter's figures exactly:
 * whole buckets, coarsest first, and what is left at the edges, finer and finer. Pure
 * calendar arithmetic, in UTC for the recorded buckets (so no clock change splits or
 * doubles an hour) and on plain dates for the occurred ones.
 */

/** Whole buckets of one span whose start lies in [from, until); an open end is unbounded. */
export interface Buckets<T extends string = string> {
  span: 'month' | 'day' | 'hour';
  from?: T;
  until?: T;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Dates and instants run to the end of 9999 (the bounds at the edge): a bucket's edge past
 * it is PostgreSQL's 'infinity', which compares as later than every date and instant,
 * where an ISO string for the year 10000 (`+010000-…`) would not even parse.
 */
const END_OF_CALENDAR = Date.parse('+010000-01-01T00:00:00Z');
const isoDate = (ms: number) =>
  ms >= END_OF_CALENDAR ? 'infinity' : new Date(ms).toISOString().slice(0, 10);
const isoInstant = (ms: number) =>
  ms >= END_OF_CALENDAR ? 'infinity' : new Date(ms).toISOString();
const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** The first of a month, at midnight UTC; not Date.UTC, which reads years 0–99 as 1900–1999. */
const firstOfMonth = (year: number, month: number) => {
  const first = new Date(0);
  first.setUTCFullYear(year, month, 1);
  return first.getTime();
};
const monthStartOf = (ms: number) => {
  const d = new Date(ms);
  return firstOfMonth(d.getUTCFullYear(), d.getUTCMonth());
};
const nextMonthOf = (ms: number) => {
  const d = new Date(ms);
  return firstOfMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
};

/**
 * The occurred-day buckets of a window from `from` to `to` (UK calendar days, inclusive;
 * either may be open): the whole months in it, and the days before and after them.
 */
export const occurredCover = (from?: string, to?: string): Buckets[] => {
  const start = from === undefined ? undefined : dateMs(from);
  const end = to === undefined ? undefined : dateMs(to) + DAY_MS; // exclusive
  const firstMonth =
    start === undefined ? undefined : start === monthStartOf(start) ? start : nextMonthOf(start);
  const lastMonthEnd = end === undefined ? undefined : monthStartOf(end);
  const date = (ms?: number) => (ms === undefined ? undefined : isoDate(ms));
  if (firstMonth !== undefined && lastMonthEnd !== undefined && firstMonth >= lastMonthEnd)
    return [{ span: 'day', from: date(start), until: date(end) }];
  const cover: Buckets[] = [{ span: 'month', from: date(firstMonth), until: date(lastMonthEnd) }];
  if (start !== undefined && firstMonth! > start)
    cover.push({ span: 'day', from: date(start), until: date(firstMonth) });
  if (end !== undefined && end > lastMonthEnd!)
    cover.push({ span: 'day', from: date(lastMonthEnd), until: date(end) });
  return cover;
};

/** The recorded buckets wholly before or after `asOf`, and the ledger rows of its own hour. */
export interface RecordedCover {
  /** Whole buckets recorded before asOf's hour. */
  before: Buckets[];
  /** Whole buckets recorded after asOf's hour. */
  after: Buckets[];
  /** asOf's own hour: its ledger rows are read one by one. */
  hour: { from: string; until: string };
}

export const recordedCover = (asOf: Date): RecordedCover => {
  const at = asOf.getTime();
  const hour = Math.floor(at / HOUR_MS) * HOUR_MS;
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  const month = monthStartOf(at);
  const iso = isoInstant;
  return {
    before: [
      { span: 'month', until: iso(month) },
      { span: 'day', from: iso(month), until: iso(day) },
      { span: 'hour', from: iso(day), until: iso(hour) },
    ],
    after: [
      { span: 'hour', from: iso(hour + HOUR_MS), until: iso(day + DAY_MS) },
      { span: 'day', from: iso(day + DAY_MS), until: iso(nextMonthOf(at)) },
      { span: 'month', from: iso(nextMonthOf(at)) },
    ],
    hour: { from: iso(hour), until: iso(hour + HOUR_MS) },
  };
};
