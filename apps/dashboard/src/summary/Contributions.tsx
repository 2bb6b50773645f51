import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { ForceSummary } from '../api/client';
import { colourOf } from '../ui/forces';
import { ForceCell } from '../ui/ForceCell';
import { TableScroll } from '../ui/TableScroll';
import { MEASURES } from './measures';

// Chart.js is loaded when the chart is first shown, to keep the first view small.
const ForceBarChart = lazy(() => import('./ForceBarChart'));

/** Each force's part of one measure: a bar chart, or every measure as a table. */
export const Contributions = ({ forces }: { forces: ForceSummary[] }) => {
  const [measureId, setMeasureId] = useState(MEASURES[0].id);
  const [asTable, setAsTable] = useState(false);
  const selectId = useId();
  const measure = MEASURES.find((m) => m.id === measureId) ?? MEASURES[0];
  // The same bars until the figures or the measure change: the chart is redrawn only then.
  const bars = useMemo(
    () =>
      forces.map((f) => ({
        label: f.name,
        value: measure.value(f.totals),
        colour: colourOf(f.force),
      })),
    [forces, measure],
  );

  return (
    <section aria-labelledby="contributions-title" className="contributions">
      <h2 id="contributions-title">Each force’s contribution</h2>
      <div className="controls">
        {!asTable && (
          <>
            <label htmlFor={selectId}>Measure</label>
            <select id={selectId} value={measureId} onChange={(e) => setMeasureId(e.target.value)}>
              {MEASURES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        <ContributionTable forces={forces} />
      ) : (
        <Suspense fallback={<p role="status">Loading the chart…</p>}>
          <ForceBarChart bars={bars} format={measure.format} title={`${measure.label} by force`} />
        </Suspense>
      )}
      {/* The printed page has the table, whatever the screen shows. */}
      {!asTable && (
        <div className="print-only">
          <ContributionTable forces={forces} />
        </div>
      )}
    </section>
  );
};

const ContributionTable = ({ forces }: { forces: ForceSummary[] }) => (
  <TableScroll label="Each force’s figures">
    <table>
      <caption>Each force’s figures</caption>
      <thead>
        <tr>
          <th scope="col">Force</th>
          {MEASURES.map((m) => (
            <th key={m.id} scope="col" className="number">
              {m.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {forces.map((f) => (
          <tr key={f.force} data-force={f.force}>
            <ForceCell force={f.force} name={f.name} />
            {MEASURES.map((m) => (
              <td key={m.id} className="number" data-measure={m.id}>
                {m.format(m.value(f.totals))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </TableScroll>
);
