import { DriftTable } from './DriftTable';
import type { Publication } from './use-publications';

/**
 * "Changed since": a badge that opens, in place, the before and after of every figure that
 * corrections or later entries have changed since the publication. Nothing when none has.
 */
export const DriftBadge = ({ publication }: { publication: Publication }) => {
  const count = publication.drift?.length ?? 0;
  if (count === 0) return <span className="no-drift">Figures unchanged since</span>;
  return (
    <details className="drift-details">
      <summary>
        <span className="drift-badge">
          {count === 1 ? '1 figure has' : `${count} figures have`} changed since
        </span>
      </summary>
      <DriftTable publication={publication} />
    </details>
  );
};
