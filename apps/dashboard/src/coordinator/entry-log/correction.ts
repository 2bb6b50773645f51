import { countMostOf, isCountFor, personalDataProblem, TEXT_LIMITS } from '../../entries/rules';
import { fromUkInput, toUkInput } from '../../ui/uk-time';
import type { Entry } from './entry-types';

/** What the correction form edits; every other field of the entry stays as it was. */
export interface CorrectionFields {
  count: string;
  quantity: string;
  estimatedValueGBP: string;
  occurredAt: string;
  notes: string;
  reason: string;
}

export const REASON_MAX = TEXT_LIMITS.reason;
const NOTES_MAX = TEXT_LIMITS.notes;

export const fieldsOf = (entry: Entry): CorrectionFields => ({
  count: 'count' in entry ? String(entry.count) : '',
  quantity: entry.kind === 'seizure' && entry.quantity !== undefined ? String(entry.quantity) : '',
  estimatedValueGBP:
    entry.kind === 'seizure' && entry.estimatedValueGBP !== undefined
      ? String(entry.estimatedValueGBP)
      : '',
  occurredAt: toUkInput(entry.occurredAt),
  notes: entry.notes ?? '',
  reason: '',
});

/** The problems the form can see before asking the server, by field. */
export const problemsOf = (
  entry: Entry,
  fields: CorrectionFields,
): Partial<Record<keyof CorrectionFields, string>> => {
  const problems: Partial<Record<keyof CorrectionFields, string>> = {};
  const reason = fields.reason.trim();
  if (!reason || reason.length > REASON_MAX)
    problems.reason = `Say why, in 1 to ${REASON_MAX} characters: it stays in the entry's history.`;
  const most = countMostOf(entry.kind);
  if (most !== undefined) {
    if (!/^\d+$/.test(fields.count.trim()) || !isCountFor(entry.kind, Number(fields.count)))
      problems.count = `A whole number from 1 to ${most.toLocaleString('en-GB')}.`;
  }
  if (entry.kind === 'seizure') {
    if (fields.quantity.trim() && !(Number(fields.quantity) > 0))
      problems.quantity = 'A number above 0, or leave it empty.';
    if (fields.estimatedValueGBP.trim() && !(Number(fields.estimatedValueGBP) >= 0))
      problems.estimatedValueGBP = 'Pounds and pence, 0 or more, or leave it empty.';
  }
  if (!fromUkInput(fields.occurredAt)) problems.occurredAt = 'A day and a time, in UK time.';
  if (fields.notes.length > NOTES_MAX) problems.notes = `At most ${NOTES_MAX} characters.`;
  else if (personalDataProblem(fields.notes)) problems.notes = personalDataProblem(fields.notes);
  return problems;
};

/** The full entry the server needs: the current one with the form's fields in place. */
export const correctedEntry = (entry: Entry, fields: CorrectionFields): Entry => {
  const corrected: Record<string, unknown> = { ...entry };
  // Untouched, the time keeps its seconds; edited, it is the minute typed, in UK time.
  if (fields.occurredAt !== toUkInput(entry.occurredAt))
    corrected.occurredAt = fromUkInput(fields.occurredAt)!.toISOString();
  if ('count' in entry) corrected.count = Number(fields.count);
  if (entry.kind === 'seizure') {
    setOrDrop(corrected, 'quantity', fields.quantity);
    if (!fields.quantity.trim()) delete corrected.unit; // the server takes both or neither
    setOrDrop(corrected, 'estimatedValueGBP', fields.estimatedValueGBP);
  }
  if (fields.notes.trim()) corrected.notes = fields.notes;
  else delete corrected.notes;
  return corrected as Entry;
};

const setOrDrop = (entry: Record<string, unknown>, field: string, value: string) => {
  if (value.trim()) entry[field] = Number(value);
  else delete entry[field];
};
