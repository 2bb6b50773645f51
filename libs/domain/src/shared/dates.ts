/** How every calendar date is written: `YYYY-MM-DD`. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The span of calendar dates the tracker accepts anywhere (phases, occurrences, estimates). */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2099-12-31';

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const isCalendarDate = (value: string): boolean => {
  if (!CALENDAR_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

/** A real calendar date within the span the tracker accepts. */
export const isDateInRange = (value: string): boolean =>
  isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;

// The forces, their releases and their phases all speak in UK local dates: an arrest at
// 00:30 BST on the day a phase starts happened on that day, not on the day before.
const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR_MS = 3_600_000;
// UK time is UTC or UTC+1, so the UK day only changes on the UTC hour: one answer per hour
// serves every instant in it (a projector asks this for every entry it counts).
const dayOfHour = new Map<number, string>();

/** The Europe/London calendar date (BST or GMT) of an instant, `YYYY-MM-DD`. */
export const londonDateOf = (instant: string | Date): string => {
  const time = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  const hour = Math.floor(time / HOUR_MS);
  const known = dayOfHour.get(hour);
  if (known) return known;
  const parts = LONDON.formatToParts(hour * HOUR_MS);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  if (dayOfHour.size >= 50_000) dayOfHour.clear();
  dayOfHour.set(hour, day);
  return day;
};
