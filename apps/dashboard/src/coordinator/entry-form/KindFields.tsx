import type { Draft, Problems } from './draft-problems';
import {
  AGE_GROUPS,
  DISRUPTION_CATEGORIES,
  DISRUPTION_SEVERITIES,
  OFFENCES,
} from '../../entries/vocabulary';
import { Field } from '../../ui/Field';
import { Options } from './Options';
import { SeizureFields } from './SeizureFields';

export interface DraftProps {
  draft: Draft;
  problems: Problems;
  set: (fields: Partial<Draft>) => void;
}

/** The fields a kind has beyond how many and when. */
export const KindFields = ({ draft, problems, set }: DraftProps) => {
  const select = (name: keyof Draft, label: string, values: readonly string[], none?: string) => (
    <Field id={name} label={label} problem={problems[name]}>
      {(props) => (
        <select {...props} value={draft[name]} onChange={(e) => set({ [name]: e.target.value })}>
          <Options values={values} none={none ?? (draft[name] ? undefined : 'Choose…')} />
        </select>
      )}
    </Field>
  );
  const text = (name: keyof Draft, label: string) => (
    <Field id={name} label={label} problem={problems[name]}>
      {(props) => (
        <input {...props} value={draft[name]} onChange={(e) => set({ [name]: e.target.value })} />
      )}
    </Field>
  );
  switch (draft.kind) {
    case 'arrest':
      return select('offence', 'Offence (optional)', OFFENCES, 'Not given');
    case 'safeguarding':
      return select('ageGroup', 'Children or adults', AGE_GROUPS);
    case 'disruption':
      return (
        <>
          {select('category', 'Strand of the plan', DISRUPTION_CATEGORIES)}
          {select('severity', 'How much it disrupted', DISRUPTION_SEVERITIES)}
          {text('description', 'What was disrupted (optional)')}
        </>
      );
    case 'county-line-closure':
      return text('lineName', 'Line name (optional)');
    case 'seizure':
      return <SeizureFields draft={draft} problems={problems} set={set} text={text} />;
    default:
      return null;
  }
};
