const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const isCalendarDate = (value: string): boolean => {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export const utcDateOf = (instant: string): string => new Date(instant).toISOString().slice(0, 10);
