import { COLUMNS } from './return-columns';

const EXAMPLE = `kind,count,occurredAt,offence,item,quantity,unit,estimatedValueGBP,notes,tags
arrest,14,2023-06-28 07:30,drug-supply,,,,,,mille
warrant,3,28/06/2023 09:00,,,,,,,
seizure,,2023-06-28 10:15,,cash,12500.50,GBP,,,
seizure,,2023-06-28 11:00,,class-a-drugs,250,g,20000,,`;

/** The columns a return takes, and an example to copy. */
export const ReturnHelp = () => (
  <details className="return-help">
    <summary>What a return looks like</summary>
    <p>
      A header row, then one row per entry, separated by commas (as a spreadsheet saves CSV).
      Columns, in any order (only <code>kind</code> and <code>occurredAt</code> are required):{' '}
      {COLUMNS.map((column, i) => (
        <span key={column}>
          {i > 0 && ', '}
          <code>{column}</code>
        </span>
      ))}
      .
    </p>
    <ul>
      <li>
        <code>occurredAt</code>: UK time as <code>2023-06-28 07:30</code> or{' '}
        <code>28/06/2023 07:30</code>, or ISO-8601 with <code>Z</code> or an offset.
      </li>
      <li>
        <code>count</code>: 1 when empty. Seizures: <code>item</code>, and <code>quantity</code>{' '}
        with its <code>unit</code> (<code>GBP</code> for cash, <code>g</code> or <code>kg</code> for
        drugs, <code>item</code> for the rest; cash and items may leave it empty), or for drugs and
        stolen property <code>estimatedValueGBP</code> alone.
      </li>
      <li>
        <code>tags</code>: separated by spaces or semicolons. Leave empty the columns that are not
        for a row&apos;s kind. No names or other personal data in <code>notes</code>.
      </li>
    </ul>
    <pre>{EXAMPLE}</pre>
  </details>
);
