import { lazy, Suspense } from 'react';
import { useChosenPhase } from '../entry-log/use-chosen-phase';

// The CSV parser and the return's checks load only when the section is shown: the first view
// stays small.
const BatchReturn = lazy(() => import('./BatchReturn'));

/** "Paste or upload a return" for the phase chosen on the page (`?operation=&phase=`). */
export const LazyBatchReturn = ({ force }: { force: string | null }) => {
  const chosen = useChosenPhase();
  if (!chosen || !force) return null;
  return (
    <Suspense fallback={<p>Loading the return form…</p>}>
      <BatchReturn {...chosen} force={force} />
    </Suspense>
  );
};
