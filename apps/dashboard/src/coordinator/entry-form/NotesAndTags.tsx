import { TAG_LIMITS, TEXT_LIMITS } from '../../entries/rules';
import { Field } from '../../ui/Field';
import type { DraftProps } from './KindFields';

/** The optional notes (never personal data: the analysts read them) and national-week tags. */
export const NotesAndTags = ({ draft, problems, set }: DraftProps) => (
  <>
    <Field
      id="tags"
      label="Tags (optional)"
      hint={`Up to ${TAG_LIMITS.perEntry} national weeks it also counts toward, such as mille-2024, separated by commas.`}
      problem={problems.tags}
    >
      {(props) => (
        <input
          {...props}
          autoComplete="off"
          autoCapitalize="none"
          value={draft.tags}
          onChange={(e) => set({ tags: e.target.value })}
        />
      )}
    </Field>
    <Field
      id="notes"
      label="Notes (optional)"
      hint={
        <>
          <strong>Do not write personal data</strong>: no names, addresses, dates of birth or
          anything else that identifies a person. At most{' '}
          {TEXT_LIMITS.notes.toLocaleString('en-GB')} characters.
        </>
      }
      problem={problems.notes}
    >
      {(props) => (
        <textarea
          {...props}
          rows={3}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
      )}
    </Field>
  </>
);
