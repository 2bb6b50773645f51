import type { FormEvent, ReactNode } from 'react';
import { Field } from '../../ui/Field';
import { REASON_MAX } from './correction';
import type { EntryLogItem } from './entry-types';
import { RefusalMessage } from './RefusalMessage';
import { useFocusFirstField } from './use-focus-first-field';

/** What a form that changes a logged entry (a correction, a retraction) is given. */
export interface ChangeProps {
  operation: string;
  phase: number;
  item: EntryLogItem;
  onDone: (said: string) => void;
  onCancel: () => void;
}

/** Why an entry is changed: required, and kept in its history. */
export const ReasonField = ({
  label,
  hint,
  problem,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  problem?: string;
  value: string;
  onChange: (reason: string) => void;
}) => (
  <Field label={label} hint={hint} problem={problem}>
    {(props) => (
      <textarea
        {...props}
        rows={2}
        maxLength={REASON_MAX}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    )}
  </Field>
);

/**
 * The frame of a change to an entry: its fields, the server's refusal if any, then the button
 * that sends it and Cancel. The keyboard starts in the first field.
 */
export const ChangeForm = ({
  label,
  what,
  error,
  pending,
  send,
  sending,
  danger = false,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  /** The change as the refusal names it: "The correction". */
  what: string;
  error: unknown;
  pending: boolean;
  send: string;
  sending: string;
  danger?: boolean;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) => {
  const formRef = useFocusFirstField();
  return (
    <form ref={formRef} className="entry-form" onSubmit={onSubmit} noValidate aria-label={label}>
      {children}
      {error != null && <RefusalMessage what={what} error={error} />}
      <div className="form-actions">
        <button type="submit" className={danger ? 'danger' : undefined} disabled={pending}>
          {pending ? sending : send}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
