/**
 * "As known on" a UK day means as known at the end of that day in London: the API's `asOf`
 * is an instant, inclusive to the millisecond. Clocks change at 01:00/02:00, so the offset
 * at noon is the offset at the day's end too.
 */
export const endOfUkDay = (isoDay: string): string => {
  const zone = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(`${isoDay}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = !zone || zone === 'GMT' ? 'Z' : zone.slice(3); // "GMT+01:00" → "+01:00"
  return `${isoDay}T23:59:59.999${offset}`;
};

/** A `YYYY-MM-DD` that names a real day: a hand-edited link's "2023-13-45" does not. */
export const isRealDay = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const noon = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(noon.getTime()) && noon.toISOString().slice(0, 10) === text;
};
