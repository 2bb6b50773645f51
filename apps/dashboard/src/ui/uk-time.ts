// Wall-clock time in the UK (Europe/London, BST or GMT), to and from instants, with the
// platform's Intl: what a coordinator types is UK time, whatever the device's own zone.
// (ui/format.ts writes instants for reading; this is for inputs and for UK days.)
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const wallClock = (instant: Date) => {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    text: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`,
    asUtc: Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute),
  };
};

/** The UK calendar day of an instant, `YYYY-MM-DD`: the day every phase rule uses. */
export const ukDayOf = (instant: Date): string => wallClock(instant).day;

/** An instant as a `datetime-local` value in UK time (to the minute). */
export const toUkInput = (instant: string | Date): string => wallClock(new Date(instant)).text;

/** `YYYY-MM-DDTHH:mm` read as UK time; null when it is no such moment. */
export const fromUkInput = (local: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // London is UTC or one hour ahead: try the offset the wall clock shows at the guess, twice
  // (once more across a change of the clocks).
  let instant = asUtc;
  for (let i = 0; i < 2; i++) instant = asUtc - (wallClock(new Date(instant)).asUtc - instant);
  return new Date(instant);
};
