import { useId } from 'react';
import { useOperations } from '../operations/use-operations';
import { FORCE_COLOURS, forceName } from '../ui/forces';
import type { PublicationScope } from './use-publications';

const FORCES = Object.keys(FORCE_COLOURS);

/** What to publish: nothing chosen is the whole collaboration summary. */
export const ScopeFields = ({
  scope,
  onChange,
  ownForce,
}: {
  scope: PublicationScope;
  onChange: (scope: PublicationScope) => void;
  ownForce: string | null;
}) => {
  const operations = useOperations().data ?? [];
  const operation = operations.find((o) => o.id === scope.operation);
  const id = useId();
  const set = (change: Partial<PublicationScope>) => onChange(clean({ ...scope, ...change }));
  return (
    <fieldset className="scope">
      <legend>Limit it to (optional: leave all blank for the whole collaboration)</legend>
      {ownForce && (
        <p className="hint" id="scope-hint">
          As a PCC you may publish the region’s figures and {forceName(ownForce)}’s own, not another
          force’s alone.
        </p>
      )}
      <label htmlFor={`${id}-operation`}>Operation</label>
      <select
        id={`${id}-operation`}
        value={scope.operation ?? ''}
        onChange={(e) => set({ operation: e.target.value || undefined, phase: undefined })}
      >
        <option value="">Every operation</option>
        {operations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-phase`}>Phase</label>
      <select
        id={`${id}-phase`}
        value={scope.phase ?? ''}
        disabled={!operation}
        onChange={(e) => set({ phase: e.target.value ? Number(e.target.value) : undefined })}
      >
        <option value="">{operation ? 'Every phase' : 'Choose an operation first'}</option>
        {operation?.phases.map((p) => (
          <option key={p.number} value={p.number}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-force`}>Force</label>
      <select
        id={`${id}-force`}
        value={scope.force ?? ''}
        aria-describedby={ownForce ? 'scope-hint' : undefined}
        onChange={(e) => set({ force: (e.target.value || undefined) as PublicationScope['force'] })}
      >
        <option value="">Every force</option>
        {FORCES.map((f) => (
          <option key={f} value={f}>
            {forceName(f)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>Occurred from</label>
      <input
        id={`${id}-from`}
        type="date"
        value={scope.from ?? ''}
        onChange={(e) => set({ from: e.target.value || undefined })}
      />
      <label htmlFor={`${id}-to`}>Occurred to</label>
      <input
        id={`${id}-to`}
        type="date"
        value={scope.to ?? ''}
        onChange={(e) => set({ to: e.target.value || undefined })}
      />
    </fieldset>
  );
};

/** Only what was chosen: the server reads an empty scope as the whole collaboration. */
const clean = (scope: PublicationScope): PublicationScope =>
  Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined));
