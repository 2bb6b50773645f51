import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { REASON_MAX } from './correction';
import type { EntryLogItem } from './entry-types';
import { Field } from '../../ui/Field';
import { RefusalMessage } from './RefusalMessage';
import { useRefreshAfterWrite } from './use-entry-log';
import { useFocusFirstField } from './use-focus-first-field';

interface Props {
  operation: string;
  phase: number;
  item: EntryLogItem;
  onDone: (said: string) => void;
  onCancel: () => void;
}

/** Retract an entry: it stops counting, and its history keeps it with the reason. */
export const RetractForm = ({ operation, phase, item, onDone, onCancel }: Props) => {
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const refresh = useRefreshAfterWrite();
  const formRef = useFocusFirstField();
  const retract = useMutation({
    mutationFn: async () => {
      const receipt = unwrap(
        await api.POST('/api/operations/{op}/phases/{n}/entries/{entryId}/retraction', {
          params: { path: { op: operation, n: phase, entryId: item.entryId } },
          body: { reason: reason.trim() },
        }),
      );
      await refresh(receipt.position);
    },
    onSuccess: () => onDone('Retracted: the entry no longer counts.'),
  });
  const valid = reason.trim().length > 0 && reason.length <= REASON_MAX;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (valid) retract.mutate();
  };

  return (
    <form
      ref={formRef}
      className="entry-form"
      onSubmit={submit}
      noValidate
      aria-label="Retract this entry"
    >
      <Field
        label="Reason for retracting"
        hint="Required; kept in the entry's history. The entry will no longer count."
        problem={checked && !valid ? `Say why, in 1 to ${REASON_MAX} characters.` : undefined}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={REASON_MAX}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      {retract.isError && <RefusalMessage what="The retraction" error={retract.error} />}
      <div className="form-actions">
        <button type="submit" className="danger" disabled={retract.isPending}>
          {retract.isPending ? 'Retracting…' : 'Retract entry'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
