import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { REASON_MAX } from './correction';
import { ChangeForm, ReasonField, type ChangeProps } from './ChangeForm';
import { useRefreshAfterWrite } from './use-entry-log';

/** Retract an entry: it stops counting, and its history keeps it with the reason. */
export const RetractForm = ({ operation, phase, item, onDone, onCancel }: ChangeProps) => {
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const refresh = useRefreshAfterWrite();
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
    <ChangeForm
      label="Retract this entry"
      what="The retraction"
      error={retract.isError ? retract.error : null}
      pending={retract.isPending}
      send="Retract entry"
      sending="Retracting…"
      danger
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ReasonField
        label="Reason for retracting"
        hint="Required; kept in the entry's history. The entry will no longer count."
        problem={checked && !valid ? `Say why, in 1 to ${REASON_MAX} characters.` : undefined}
        value={reason}
        onChange={setReason}
      />
    </ChangeForm>
  );
};
