import type { Summary } from '../api/client';
import { forceName } from '../ui/forces';
import { MEASURES } from './measures';

const share = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** The region's headline figures, with the signed-in PCC's force's share of each. */
export const Tiles = ({ summary, force }: { summary: Summary; force: string | null }) => {
  const mine = force ? summary.forces.find((f) => f.force === force) : undefined;
  return (
    <section aria-labelledby="tiles-title">
      <h2 id="tiles-title" className="visually-hidden">
        Headline figures for the region
      </h2>
      <ul className="tiles">
        {MEASURES.map((measure) => {
          const total = measure.value(summary.regional);
          const own = mine ? measure.value(mine.totals) : null;
          return (
            <li key={measure.id} className="tile" data-measure={measure.id}>
              <span className="tile-label">{measure.label}</span>
              <span className="tile-value">{measure.format(total)}</span>
              {own !== null && (
                <span className="tile-share">
                  {forceName(force!)}: {measure.format(own)}
                  {total > 0 && ` (${share.format(own / total)})`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
