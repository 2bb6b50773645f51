import { useEffect, useState } from 'react';
import { Field } from '../../ui/Field';
import { toUkInput } from '../../ui/uk-time';

/**
 * When it happened: now, unless changed. While it is "now" the field follows the clock, and
 * the entry takes the moment Submit is pressed.
 */
export const WhenField = ({
  value,
  isNow,
  min,
  problem,
  onChange,
}: {
  value: string;
  isNow: boolean;
  min: string;
  problem?: string;
  onChange: (local: string | null) => void;
}) => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 20_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Field
      id="when"
      label="When"
      hint={isNow ? 'Now, unless you change it.' : undefined}
      problem={problem}
      className="when"
    >
      {(props) => (
        <div className="when-row">
          <input
            {...props}
            type="datetime-local"
            min={`${min}T00:00`}
            max={toUkInput(now)}
            value={isNow ? toUkInput(now) : value}
            onChange={(event) => onChange(event.target.value)}
          />
          {!isNow && (
            <button type="button" className="secondary" onClick={() => onChange(null)}>
              Now
            </button>
          )}
        </div>
      )}
    </Field>
  );
};
