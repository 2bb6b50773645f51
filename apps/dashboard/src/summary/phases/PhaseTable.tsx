import { ForceCell } from '../../ui/ForceCell';
import { forceName } from '../../ui/forces';
import { TableScroll } from '../../ui/TableScroll';
import type { Measure } from '../measures';
import type { PhaseColumn } from './phase-columns';

/** The chart's figures: a row per force, a column per phase, and the phase's total. */
export const PhaseTable = ({
  columns,
  forces,
  measure,
}: {
  columns: PhaseColumn[];
  forces: string[];
  measure: Measure;
}) => (
  <TableScroll label={`${measure.label} by phase`}>
    <table className="phases-table">
      <caption>{measure.label} by phase</caption>
      <thead>
        <tr>
          <th scope="col">Force</th>
          {columns.map((column) => (
            <th key={column.phase} scope="col" className="number" title={column.name}>
              {column.label.join(' ')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {forces.map((force) => (
          <tr key={force} data-force={force}>
            <ForceCell force={force} name={forceName(force)} />
            {columns.map((column) => (
              <td key={column.phase} className="number" data-phase={column.phase}>
                {measure.format(column.values[force] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="total">
          <th scope="row">All forces</th>
          {columns.map((column) => (
            <td key={column.phase} className="number" data-phase={column.phase}>
              {measure.format(column.total)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  </TableScroll>
);
