import type { Summary } from '../api/client';
import { formatDay, formatMoment } from '../ui/format';

/** How current the figures are, and how to quote them again (the printed page's footnote). */
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
  <div className="freshness">
    <p>
      {summary.since ? `Since ${formatDay(summary.since)}. ` : 'Nothing has been logged yet. '}
      {asOfDay
        ? `As known at the end of ${formatDay(asOfDay)}: anyone who picks the same “as known on” date sees these same figures.`
        : `Live, read at ${formatMoment(new Date(fetchedAt))}. ${lagSentence(lagSeconds)}` +
          'Live figures change as entries are logged and corrected: to quote them, publish them, which keeps them as they are now.'}
    </p>
    {/* For an analyst checking two readings against each other: the same reference, the same figures. */}
    <p className="freshness-reference">
      Record reference <span className="position">{summary.projectedPosition}</span> (every event up
      to it is counted).
    </p>
  </div>
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
