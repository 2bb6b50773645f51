import { Field } from '../../ui/Field';

/** How many, 1 unless changed: type it, or step it with the buttons. */
export const CountStepper = ({
  value,
  max,
  problem,
  onChange,
}: {
  value: string;
  max: number;
  problem?: string;
  onChange: (value: string) => void;
}) => {
  const step = (by: number) => {
    const now = Number(value);
    const next = Number.isInteger(now) ? now + by : 1;
    onChange(String(Math.min(max, Math.max(1, next))));
  };
  return (
    <Field id="count" label="How many" problem={problem} className="count">
      {(props) => (
        <div className="stepper">
          <button type="button" onClick={() => step(-1)} aria-label="One fewer">
            −
          </button>
          <input
            {...props}
            inputMode="numeric"
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <button type="button" onClick={() => step(1)} aria-label="One more">
            +
          </button>
        </div>
      )}
    </Field>
  );
};
