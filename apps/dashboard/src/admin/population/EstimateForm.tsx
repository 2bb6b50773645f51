import type { FormEvent } from 'react';
import { FORCE_COLOURS, forceName } from '../../ui/forces';
import { formatCount, formatDay } from '../../ui/format';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { estimatePopulation, type Estimate } from './estimate-population';

const FORCES = Object.keys(FORCE_COLOURS) as Estimate['force'][];

/** Records a force's new population estimate (when the ONS publishes one), with its source. */
export const EstimateForm = () => {
  // The summary's rates use it too.
  const record = useAdminWrite(estimatePopulation, [['forces'], ['summary']]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const appliesFrom = String(form.get('appliesFrom'));
    record.mutate({
      force: String(form.get('force')) as Estimate['force'],
      population: Number(form.get('population')),
      source: String(form.get('source')).trim(),
      ...(appliesFrom && { appliesFrom }),
    });
  };
  const done = record.data;
  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="estimate-title">
      <h3 id="estimate-title">Record a new estimate</h3>
      <label>
        Force
        <select name="force" required>
          {FORCES.map((f) => (
            <option key={f} value={f}>
              {forceName(f)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Population
        <input
          name="population"
          type="number"
          required
          min={1}
          max={100_000_000}
          step={1}
          inputMode="numeric"
        />
      </label>
      <label>
        Source
        <input
          name="source"
          required
          minLength={3}
          maxLength={300}
          aria-describedby="source-hint"
        />
      </label>
      <span className="hint" id="source-hint">
        Where the figure comes from, such as “ONS mid-2024 estimates”.
      </span>
      <label>
        Applies from (optional: today when blank)
        <input name="appliesFrom" type="date" min="2000-01-01" max="2099-12-31" />
      </label>
      <Refusal error={record.error} what="The estimate was not recorded" />
      {done && (
        <p role="status" className="notice">
          Recorded: {done.name}, {formatCount(done.population)} people from{' '}
          {formatDay(done.populationAppliesFrom)} ({done.populationSource}).
        </p>
      )}
      <button type="submit" disabled={record.isPending}>
        Record the estimate
      </button>
    </form>
  );
};
