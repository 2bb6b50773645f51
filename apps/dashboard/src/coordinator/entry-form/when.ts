// A datetime-local input speaks the browser's local time (the UK's, for these users) without
// a zone; the API wants an instant. These turn one into the other.
const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local input shows it: `YYYY-MM-DDTHH:mm`, local time. */
export const localInputOf = (instant: Date): string =>
  `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
  `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;

/** A datetime-local input's value as an ISO instant; '' when it holds no real time. */
export const instantOf = (local: string): string => {
  const instant = new Date(local); // no zone: the browser reads it as local time
  return local && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '';
};
