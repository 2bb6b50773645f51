import { londonDateOf } from '@ros/domain';
import { Readable } from 'node:stream';
import { csvRowsText, csvText } from '../csv/csv-text';
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
export const entryLogCsv = (items: EntryLogItem[]): string => csvText(HEADER, items.map(rowOf));

/**
 * The same CSV, written page by page as the pages are read: a phase's whole log is never
 * held in memory at once, however many entries it has. Should a read fail half way, the
 * stream fails and the download is cut short, never quietly complete.
 */
export const entryLogCsvStream = (pages: AsyncIterable<EntryLogItem[]>): Readable =>
  Readable.from(csvOf(pages), { objectMode: false });

async function* csvOf(pages: AsyncIterable<EntryLogItem[]>): AsyncGenerator<string> {
  yield csvText(HEADER, []);
  for await (const page of pages) yield csvRowsText(page.map(rowOf));
}

const rowOf = ({
  entryId,
  force,
  kind,
  status,
  current,
  history,
  recordedBy,
  recordedAt,
}: EntryLogItem): (string | number)[] => {
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
};
