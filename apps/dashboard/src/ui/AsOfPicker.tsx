import { formatDay, ukToday } from './format';

/** "As known on": live, or the figures as they were known at the end of a chosen day. */
export const AsOfPicker = ({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (day: string | null) => void;
}) => (
  <div className="as-of">
    <label htmlFor="as-of">As known on</label>
    <input
      id="as-of"
      type="date"
      max={ukToday()}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      aria-describedby="as-of-state"
    />
    <span id="as-of-state" className="as-of-state">
      {value ? `Figures as known on ${formatDay(value)}` : 'Live figures'}
    </span>
    {value && (
      <button type="button" onClick={() => onChange(null)}>
        Back to live
      </button>
    )}
  </div>
);
