import { formatDay } from '../../ui/format';
import type { PhaseChoice } from './choose-phase';

const keyOf = (c: PhaseChoice) => `${c.operation.id}/${c.phase.number}`;
const labelOf = ({ operation, phase }: PhaseChoice) =>
  `${operation.name} — ${phase.name} (` +
  (phase.status === 'open'
    ? `open since ${formatDay(phase.startsOn)}`
    : `closed, ${formatDay(phase.startsOn)} to ${formatDay(phase.endsOn!)}`) +
  ')';

/** Which phase the entries are for: the operations the coordinator's force takes part in. */
export const PhasePicker = ({
  choices,
  chosen,
  onChoose,
}: {
  choices: PhaseChoice[];
  chosen: PhaseChoice;
  onChoose: (choice: PhaseChoice) => void;
}) => (
  <div className="phase-picker">
    <label htmlFor="phase-choice">Operation and phase</label>
    <select
      id="phase-choice"
      value={keyOf(chosen)}
      onChange={(event) => onChoose(choices.find((c) => keyOf(c) === event.target.value)!)}
    >
      {choices.map((choice) => (
        <option key={keyOf(choice)} value={keyOf(choice)}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  </div>
);
