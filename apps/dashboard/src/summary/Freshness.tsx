import type { Summary } from '../api/client';
import { formatDay, formatMoment } from '../ui/format';

/** How far the figures go, and how to reproduce them (the footnote of a printed page). */
export const Freshness = ({
  summary,
  asOfDay,
  fetchedAt,
  lagSeconds,
}: {
  summary: Summary;
  asOfDay: string | null;
  fetchedAt: number;
  /** Unknown while health has not answered (or cannot): then nothing is said about it. */
  lagSeconds: number | undefined;
}) => (
  <p className="freshness">
    {summary.since ? `Since ${formatDay(summary.since)}. ` : 'Nothing has been logged yet. '}
    {asOfDay
      ? `As known at the end of ${formatDay(asOfDay)}. `
      : `Live, read at ${formatMoment(new Date(fetchedAt))}. ${lagSentence(lagSeconds)}`}
    Includes every recorded event up to position{' '}
    <span className="position">{summary.projectedPosition}</span>
    {asOfDay ? '; reproduce with the same “as known on” date.' : '.'}
  </p>
);

/** Said in words: a PCC reads "up to date", not a number of seconds of zero. */
const lagSentence = (lagSeconds: number | undefined): string => {
  if (lagSeconds === undefined) return '';
  if (lagSeconds < 1) return 'Up to date with everything recorded. ';
  const behind =
    lagSeconds < 90
      ? `${Math.round(lagSeconds)} seconds`
      : `${Math.round(lagSeconds / 60)} minutes`;
  return `The latest ${behind} of entries are still being counted. `;
};
