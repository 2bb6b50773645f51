import type { ReactNode } from 'react';
import { isDrug, unitsFor } from '../../entries/rules';
import type { Draft } from './draft-problems';
import { SEIZURE_ITEMS, type SeizureItem } from '../../entries/vocabulary';
import { Field } from '../../ui/Field';
import { Options } from './Options';
import type { DraftProps } from './KindFields';

/** What was seized, how much in the unit its item is counted in, and what it was worth. */
export const SeizureFields = ({
  draft,
  problems,
  set,
  text,
}: DraftProps & { text: (name: keyof Draft, label: string) => ReactNode }) => {
  const units = draft.item ? unitsFor(draft.item) : [];
  return (
    <>
      <Field id="item" label="What was seized" problem={problems.item}>
        {(props) => (
          <select
            {...props}
            value={draft.item}
            // Each item has its own units: cash in £, drugs by weight, the rest in items.
            onChange={(e) => {
              const item = e.target.value as SeizureItem;
              set({ item, unit: item ? unitsFor(item)[0] : '' });
            }}
          >
            <Options values={SEIZURE_ITEMS} none={draft.item ? undefined : 'Choose…'} />
          </select>
        )}
      </Field>
      {draft.item && (
        <div className="quantity">
          <Field id="quantity" label="Quantity" problem={problems.quantity}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                value={draft.quantity}
                onChange={(e) => set({ quantity: e.target.value })}
              />
            )}
          </Field>
          <Field id="unit" label="Unit">
            {(props) => (
              <select
                {...props}
                value={draft.unit}
                onChange={(e) => set({ unit: e.target.value as Draft['unit'] })}
              >
                <Options values={units} />
              </select>
            )}
          </Field>
        </div>
      )}
      <Field
        id="estimatedValueGBP"
        label="Estimated value in £ (optional)"
        problem={problems.estimatedValueGBP}
      >
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            autoComplete="off"
            value={draft.estimatedValueGBP}
            onChange={(e) => set({ estimatedValueGBP: e.target.value })}
          />
        )}
      </Field>
      {isDrug(draft.item) && text('drug', 'Drug (optional), such as cocaine')}
      {text('description', 'Description (optional)')}
    </>
  );
};
