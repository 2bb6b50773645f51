import { colourOf } from './forces';

/** A force's row header: its colour on every chart, and always its name beside it. */
export const ForceCell = ({ force, name }: { force: string; name: string }) => (
  <th scope="row">
    <span className="swatch" style={{ background: colourOf(force) }} aria-hidden />
    {name}
  </th>
);
