import { isEntryLogged, kindOfEventType } from '@ros/domain';
import type { RecordedEvent } from '@ros/event-store';
import { cloudEventOf, type CloudEvent } from '../envelope/cloud-event';

/** Operations whose entries are shared with the National Rural Crime Unit. */
export const NRCU_OPERATIONS: readonly string[] = ['ragwort'];

/**
 * The fields agreed for sharing an entry with the NRCU (docs/feeds.md): what happened,
 * where in the operation, when, how much, and who helped. Never free text (notes, a
 * location, a description, a reason, a county line's name, a drug's name), which may name
 * people, and never who recorded it.
 */
export const NRCU_ENTRY_FIELDS = [
  'entryId',
  'operation',
  'phase',
  'force',
  'kind',
  'occurredAt',
  'count',
  'offence',
  'ageGroup',
  'item',
  'quantity',
  'unit',
  'estimatedValueGBP',
  'category',
  'severity',
  'tags',
  'assistedBy',
] as const;

const agreedFieldsOf = (source: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    NRCU_ENTRY_FIELDS.filter((field) => source[field] !== undefined).map((field) => [
      field,
      source[field],
    ]),
  );

const isEntryEvent = (event: RecordedEvent): boolean =>
  typeof event.data.entryId === 'string' && typeof event.data.operation === 'string';

/**
 * What the NRCU feed carries of an event, or null when it carries nothing of it: only
 * entries of the shared operations, reduced to the agreed fields. A correction carries
 * the entry as corrected; a retraction says only which entry no longer counts.
 */
export const nrcuShareOf = (event: RecordedEvent): CloudEvent | null => {
  if (!isEntryEvent(event) || !NRCU_OPERATIONS.includes(event.data.operation as string))
    return null;
  const { data } = event;
  const ref = { entryId: data.entryId, operation: data.operation, phase: data.phase };
  const shared =
    event.type === 'EntryRetracted'
      ? { ...ref, force: data.force }
      : event.type === 'EntryCorrected'
        ? { ...agreedFieldsOf(data.replacement as Record<string, unknown>), ...ref }
        : isEntryLogged(event)
          ? { ...agreedFieldsOf(data), kind: kindOfEventType(event.type) }
          : null;
  if (!shared) return null;
  return { ...cloudEventOf(event), data: shared };
};
