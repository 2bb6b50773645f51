import { labelOf } from '../../entries/vocabulary';

/** A select's options from slugs, with "not given" first when the field is optional. */
export const Options = ({ values, none }: { values: readonly string[]; none?: string }) => (
  <>
    {none !== undefined && <option value="">{none}</option>}
    {values.map((value) => (
      <option key={value} value={value}>
        {labelOf(value)}
      </option>
    ))}
  </>
);
