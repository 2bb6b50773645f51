import { AsOfPicker } from '../ui/AsOfPicker';
import { forceName } from '../ui/forces';
import type { ExplorerFilters } from './filters';
import type { Operation } from '../operations/use-operations';

interface Props {
  operations: Operation[];
  operation: Operation | undefined;
  filters: ExplorerFilters;
  onChange: (patch: Partial<ExplorerFilters>) => void;
}

/** Which figures: every choice goes into the address at once. */
export const Filters = ({ operations, operation, filters, onChange }: Props) => {
  // A tag is taken when typing is done (Enter or leaving the field), not at each letter.
  const commitTag = (text: string) => {
    const tag = text.trim().toLowerCase() || null;
    if (tag !== filters.tag) onChange({ tag });
  };
  return (
    <form
      className="filters"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        commitTag(String(new FormData(event.currentTarget).get('tag') ?? ''));
      }}
    >
      <label htmlFor="filter-op">Operation</label>
      <select
        id="filter-op"
        value={operation?.id ?? ''}
        // Another operation has other phases and forces: those choices start again.
        onChange={(e) => onChange({ op: e.target.value, phase: null, force: null })}
      >
        {operations.map((op) => (
          <option key={op.id} value={op.id}>
            {op.name}
          </option>
        ))}
      </select>
      <label htmlFor="filter-phase">Phase</label>
      <select
        id="filter-phase"
        value={filters.phase ?? ''}
        onChange={(e) => onChange({ phase: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">All phases</option>
        {operation?.phases.map((p) => (
          <option key={p.number} value={p.number}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor="filter-force">Force</label>
      <select
        id="filter-force"
        value={filters.force ?? ''}
        onChange={(e) => onChange({ force: e.target.value || null })}
      >
        <option value="">All forces</option>
        {operation?.forces.map((f) => (
          <option key={f} value={f}>
            {forceName(f)}
          </option>
        ))}
      </select>
      <label htmlFor="filter-tag">Tag</label>
      <input
        id="filter-tag"
        name="tag"
        key={filters.tag ?? ''}
        defaultValue={filters.tag ?? ''}
        placeholder="e.g. mille"
        aria-describedby="filter-tag-hint"
        onBlur={(e) => commitTag(e.target.value)}
      />
      <span id="filter-tag-hint" className="hint">
        Press Enter to apply; empty for every entry.
      </span>
      <label htmlFor="filter-from">Occurred from</label>
      <input
        id="filter-from"
        type="date"
        value={filters.from ?? ''}
        onChange={(e) => onChange({ from: e.target.value || null })}
      />
      <label htmlFor="filter-to">Occurred to</label>
      <input
        id="filter-to"
        type="date"
        value={filters.to ?? ''}
        onChange={(e) => onChange({ to: e.target.value || null })}
      />
      <AsOfPicker value={filters.asOf} onChange={(asOf) => onChange({ asOf })} />
    </form>
  );
};
