import type { Summary } from '../api/client';
import { formatDay, formatMoment } from '../ui/format';

/** How far the figures go, and how to reproduce them (the footnote of a printed page). */
export const Freshness = ({
  summary,
  asOfDay,
  fetchedAt,
}: {
  summary: Summary;
  asOfDay: string | null;
  fetchedAt: number;
}) => (
  <p className="freshness">
    {summary.since ? `Since ${formatDay(summary.since)}. ` : 'Nothing has been logged yet. '}
    {asOfDay
      ? `As known at the end of ${formatDay(asOfDay)}. `
      : `Live, read at ${formatMoment(new Date(fetchedAt))}. `}
    Includes every recorded event up to position{' '}
    <span className="position">{summary.projectedPosition}</span>
    {asOfDay ? '; reproduce with the same “as known on” date.' : '.'}
  </p>
);
