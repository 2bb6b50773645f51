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
