import { ukDayOf } from './uk-time';

// UK conventions, from the platform's Intl rather than by hand: "4 Mar 2024", £1,234.
const LONDON = 'Europe/London';

const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: LONDON,
});
const dayTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: LONDON,
});
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const rate = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

/** A `YYYY-MM-DD` day, as it reads in the UK (the day itself, not a moment in it). */
export const formatDay = (isoDay: string): string => day.format(new Date(`${isoDay}T12:00:00Z`));
export const formatMoment = (moment: Date | string): string => dayTime.format(new Date(moment));
export const formatCount = (n: number): string => whole.format(n);
export const formatRate = (n: number): string => rate.format(n);
export const formatPounds = (n: number): string => pounds.format(n);

/** Today's UK calendar day as `YYYY-MM-DD`, for the date input's upper bound. */
export const ukToday = (): string => ukDayOf(new Date());
