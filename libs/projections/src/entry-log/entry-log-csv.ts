import { londonDateOf } from '@ros/domain';
import { csvText } from '../csv/csv-text';
import type { EntryLogItem } from './entry-log.answers';

/** The entry's own fields, one column each, in the order a briefing reads them. */
const FIELDS = [
  'count',
  'offence',
  'ageGroup',
  'item',
  'quantity',
  'unit',
  'estimatedValueGBP',
  'drug',
  'category',
  'severity',
  'lineName',
  'description',
  'location',
  'notes',
] as const;

const HEADER = [
  'entryId',
  'force',
  'kind',
  'status',
  'occurredAt',
  'occurredOn',
  ...FIELDS,
  'tags',
  'assistedBy',
  'recordedBy',
  'recordedAt',
  'lastChange',
  'lastReason',
];

/** The entry log as CSV: one row per entry as it stands now, with its last change and why. */
export const entryLogCsv = (items: EntryLogItem[]): string =>
  csvText(
    HEADER,
    items.map(({ entryId, force, kind, status, current, history, recordedBy, recordedAt }) => {
      const last = history[history.length - 1] ?? {};
      const occurredAt = String(current.occurredAt);
      return [
        entryId,
        force,
        kind,
        status,
        occurredAt,
        londonDateOf(occurredAt),
        ...FIELDS.map((field) => (current[field] as string | number | undefined) ?? ''),
        ((current.tags as string[] | undefined) ?? []).join(' '),
        ((current.assistedBy as string[] | undefined) ?? []).join(' '),
        recordedBy,
        recordedAt,
        history.length > 1 ? String(last.change) : '',
        history.length > 1 ? String(last.reason ?? '') : '',
      ];
    }),
  );
