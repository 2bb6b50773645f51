import { useSearchParams } from 'react-router';
import { useSessionUser } from '../auth/use-session';
import { RecentPublications } from '../publications/RecentPublications';
import { QueryProblem } from '../ui/QueryProblem';
import { isRealDay } from '../ui/as-of';
import { AsOfPicker } from '../ui/AsOfPicker';
import { Contributions } from './Contributions';
import { Freshness } from './Freshness';
import { PhasesOverTime } from './phases/PhasesOverTime';
import { RatesTable } from './RatesTable';
import { Tiles } from './Tiles';
import { useProjectionLag } from './use-projection-lag';
import { useSummary } from './use-summary';

/** The PCC summary: the region's headline figures, each force's part, rates per 1,000. */
export const SummaryPage = () => {
  const user = useSessionUser();
  // In the URL, so a reload, a shared link or a sign-in after expiry keeps the same figures.
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  // A link with a day that does not exist shows the live figures, as the picker then says.
  const asOfDay = asOf && isRealDay(asOf) ? asOf : null;
  const summary = useSummary(asOfDay);
  const lag = useProjectionLag();

  return (
    <article className="summary" aria-labelledby="summary-title" aria-busy={summary.isPending}>
      <header className="summary-head">
        <h1 id="summary-title">South West collaboration summary</h1>
        <AsOfPicker
          value={asOfDay}
          onChange={(day) => setParams(day ? { asOf: day } : {}, { replace: false })}
        />
        <button type="button" className="print" onClick={() => window.print()}>
          Print
        </button>
      </header>
      {summary.isPending && <p role="status">Loading the figures…</p>}
      {summary.isError && (
        <QueryProblem what="the summary" error={summary.error} retry={() => summary.refetch()} />
      )}
      {summary.data && (
        <>
          <Freshness
            summary={summary.data}
            asOfDay={asOfDay}
            fetchedAt={summary.dataUpdatedAt}
            lagSeconds={lag.data}
          />
          <Tiles summary={summary.data} force={user?.force ?? null} />
          <Contributions forces={summary.data.forces} />
          <RatesTable forces={summary.data.forces} />
          <PhasesOverTime asOfDay={asOfDay} />
          <RecentPublications />
        </>
      )}
    </article>
  );
};
