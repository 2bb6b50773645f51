import { KINDS, type Kind } from '../../entries/vocabulary';

/** Big buttons for what happened: the first of the three taps. */
export const KindButtons = ({
  kind,
  problem,
  onChoose,
}: {
  kind: Kind | '';
  problem?: string;
  onChoose: (kind: Kind) => void;
}) => (
  <fieldset className="kinds" aria-describedby={problem ? 'kind-problem' : undefined}>
    <legend>What happened</legend>
    {problem && (
      <p id="kind-problem" className="field-problem">
        {problem}
      </p>
    )}
    <div className="kind-buttons">
      {KINDS.map((k) => (
        <button
          key={k.kind}
          type="button"
          className="kind-button"
          aria-pressed={kind === k.kind}
          onClick={() => onChoose(k.kind)}
        >
          {k.label}
        </button>
      ))}
    </div>
  </fieldset>
);
