import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { correctedEntry, fieldsOf, problemsOf, type CorrectionFields } from './correction';
import { ChangeForm, ReasonField, type ChangeProps } from './ChangeForm';
import { countMostOf } from '../../entries/rules';
import { Field } from '../../ui/Field';
import { useRefreshAfterWrite } from './use-entry-log';

/** Correct an entry: its figures, when, notes, and why (kept in its history). */
export const CorrectForm = ({ operation, phase, item, onDone, onCancel }: ChangeProps) => {
  const entry = item.current;
  const [fields, setFields] = useState<CorrectionFields>(() => fieldsOf(entry));
  const [checked, setChecked] = useState(false);
  const refresh = useRefreshAfterWrite();
  const correct = useMutation({
    mutationFn: async () => {
      const receipt = unwrap(
        await api.POST('/api/operations/{op}/phases/{n}/entries/{entryId}/correction', {
          params: { path: { op: operation, n: phase, entryId: item.entryId } },
          body: { reason: fields.reason.trim(), entry: correctedEntry(entry, fields) },
        }),
      );
      await refresh(receipt.position);
    },
    onSuccess: () => onDone('Corrected: the list and the totals now count the new figures.'),
  });
  const problems = checked ? problemsOf(entry, fields) : {};
  const set = (name: keyof CorrectionFields) => (value: string) =>
    setFields((now) => ({ ...now, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problemsOf(entry, fields)).length === 0) correct.mutate();
  };

  const most = countMostOf(entry.kind);
  return (
    <ChangeForm
      label="Correct this entry"
      what="The correction"
      error={correct.isError ? correct.error : null}
      pending={correct.isPending}
      send="Save correction"
      sending="Saving…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      {most !== undefined && (
        <Field label="Count" problem={problems.count}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={most}
              value={fields.count}
              onChange={(e) => set('count')(e.target.value)}
            />
          )}
        </Field>
      )}
      {entry.kind === 'seizure' && (
        <>
          <Field
            label={`Quantity${entry.unit ? ` (${entry.unit})` : ''}`}
            problem={problems.quantity}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="decimal"
                step="any"
                min={0}
                value={fields.quantity}
                onChange={(e) => set('quantity')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Estimated value (£)" problem={problems.estimatedValueGBP}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="decimal"
                step="0.01"
                min={0}
                value={fields.estimatedValueGBP}
                onChange={(e) => set('estimatedValueGBP')(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <Field label="When (UK time)" problem={problems.occurredAt}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={fields.occurredAt}
            onChange={(e) => set('occurredAt')(e.target.value)}
          />
        )}
      </Field>
      <Field label="Notes" hint="No names or other personal data." problem={problems.notes}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={fields.notes}
            onChange={(e) => set('notes')(e.target.value)}
          />
        )}
      </Field>
      <ReasonField
        label="Reason for the correction"
        hint="Required; kept in the entry's history."
        problem={problems.reason}
        value={fields.reason}
        onChange={set('reason')}
      />
    </ChangeForm>
  );
};
