import type { components } from '../../api/schema';
import { COUNT_LIMITS } from '../entry-log/kind-names';
import {
  AGE_GROUPS,
  CATEGORIES,
  ITEMS,
  KINDS,
  OFFENCES,
  QUANTITY,
  SEVERITIES,
  TAGS,
  TEXT_MAX,
  unitsFor,
  VALUE_ALONE,
  VALUE_MAX,
  type Kind,
} from './entry-rules';
import { COLUMNS, kindHas, type Column } from './return-columns';
import { momentIn, numberIn, tagsIn } from './return-values';

/** An entry as the batch takes it, but for its entryId (given when the row is kept). */
export type NewEntry = components['schemas']['LogEntriesBatchInput']['entries'][number];
export type RowEntry = Omit<NewEntry, 'entryId'>;

const FUTURE_SLACK_MS = 5 * 60_000; // the server allows its clock 5 minutes' difference
const listed = (values: readonly string[]) => values.join(', ');

/**
 * A row of a return as the entry it would send, or what is wrong with it: each problem names
 * its column and says why, as the server would refuse it.
 */
export const rowToEntry = (
  cells: Partial<Record<Column, string>>,
  force: string,
  now: Date,
): { entry: RowEntry | null; problems: string[] } => {
  const problems: string[] = [];
  const entry: Record<string, unknown> = { force };
  const cell = (column: Column) => cells[column]?.trim() ?? '';

  const kind = cell('kind') as Kind;
  if (!KINDS.includes(kind)) {
    problems.push(
      cell('kind') ? `kind: "${cell('kind')}" is not one of ${listed(KINDS)}` : 'kind: required',
    );
    return { entry: null, problems };
  }
  entry.kind = kind;
  for (const column of COLUMNS)
    if (cell(column) && !kindHas(kind, column))
      problems.push(`${column}: not for a ${kind} row; leave it empty`);

  const moment = momentIn(cell('occurredAt'));
  if (!cell('occurredAt')) problems.push('occurredAt: required');
  else if (!moment)
    problems.push(
      'occurredAt: write it as 2023-06-28 07:30 (UK time) or ISO-8601 with Z or an offset',
    );
  else if (moment.getUTCFullYear() < 2000 || moment.getUTCFullYear() > 2099)
    problems.push('occurredAt: must be from 2000 to 2099');
  else if (moment.getTime() > now.getTime() + FUTURE_SLACK_MS)
    problems.push('occurredAt: is in the future');
  else entry.occurredAt = moment.toISOString();

  const most = COUNT_LIMITS[kind];
  if (most !== undefined && cell('count')) {
    const count = numberIn(cell('count'));
    if (!count || count.decimals > 0 || count.value < 1 || count.value > most)
      problems.push(`count: a whole number from 1 to ${most.toLocaleString('en-GB')}`);
    else entry.count = count.value;
  }
  choose(cells, 'offence', OFFENCES, entry, problems);
  choose(cells, 'ageGroup', AGE_GROUPS, entry, problems, kind === 'safeguarding');
  choose(cells, 'category', CATEGORIES, entry, problems, kind === 'disruption');
  choose(cells, 'severity', SEVERITIES, entry, problems, kind === 'disruption');
  if (kind === 'seizure') seizureFields(cell, entry, problems);
  for (const column of ['drug', 'lineName', 'description', 'location', 'notes'] as const) {
    const text = cells[column] ?? '';
    if (!text.trim()) continue;
    if (text.length > TEXT_MAX[column])
      problems.push(`${column}: at most ${TEXT_MAX[column]} characters`);
    else entry[column] = text;
  }
  tagsOf(cell('tags'), entry, problems);
  return { entry: problems.length ? null : (entry as RowEntry), problems };
};

const choose = (
  cells: Partial<Record<Column, string>>,
  column: Column,
  values: readonly string[],
  entry: Record<string, unknown>,
  problems: string[],
  required = false,
) => {
  const value = cells[column]?.trim() ?? '';
  if (!value) {
    if (required) problems.push(`${column}: required, one of ${listed(values)}`);
  } else if (!values.includes(value))
    problems.push(`${column}: "${value}" is not one of ${listed(values)}`);
  else entry[column] = value;
};

const seizureFields = (
  cell: (column: Column) => string,
  entry: Record<string, unknown>,
  problems: string[],
) => {
  const item = cell('item') as (typeof ITEMS)[number];
  if (!ITEMS.includes(item)) {
    problems.push(
      cell('item')
        ? `item: "${cell('item')}" is not one of ${listed(ITEMS)}`
        : `item: required, one of ${listed(ITEMS)}`,
    );
    return;
  }
  entry.item = item;
  const units = unitsFor(item);
  // One unit only (cash in GBP, things in items): the column may be left empty.
  const unit = cell('unit') || (units.length === 1 && cell('quantity') ? units[0] : '');
  if (unit && !units.includes(unit as (typeof units)[number]))
    problems.push(`unit: ${item} is measured in ${listed(units)}`);
  const value = cell('estimatedValueGBP');
  if (value) {
    const pounds = numberIn(value);
    if (!pounds || pounds.decimals > 2 || pounds.value > VALUE_MAX)
      problems.push(
        'estimatedValueGBP: pounds and pence (at most 2 decimals), up to 1,000,000,000',
      );
    else entry.estimatedValueGBP = pounds.value;
  }
  if (!cell('quantity')) {
    if (unit && cell('unit')) problems.push('quantity: required when unit is given');
    else if (!(VALUE_ALONE.includes(item) && value))
      problems.push(
        `quantity: required (with its unit)${VALUE_ALONE.includes(item) ? ', or give estimatedValueGBP alone' : ''}`,
      );
    return;
  }
  if (!unit) return void problems.push(`unit: required with quantity: ${listed(units)}`);
  const bounds = QUANTITY[unit as keyof typeof QUANTITY];
  const quantity = numberIn(cell('quantity'));
  if (!bounds) return;
  if (
    !quantity ||
    quantity.decimals > bounds.decimals ||
    quantity.value < bounds.min ||
    quantity.value > bounds.max
  )
    problems.push(
      `quantity: in ${unit}, from ${bounds.min.toLocaleString('en-GB')} to ${bounds.max.toLocaleString('en-GB')}` +
        (bounds.decimals ? `, at most ${bounds.decimals} decimals` : ', whole'),
    );
  else Object.assign(entry, { quantity: quantity.value, unit });
};

const tagsOf = (text: string, entry: Record<string, unknown>, problems: string[]) => {
  const tags = tagsIn(text);
  if (!tags.length) return;
  const wrong = tags.find((tag) => !TAGS.slug.test(tag) || tag.length > TAGS.length);
  if (wrong)
    problems.push(`tags: "${wrong}" is not a lowercase slug of at most ${TAGS.length} characters`);
  else if (new Set(tags).size !== tags.length) problems.push('tags: each tag once');
  else if (tags.length > TAGS.most) problems.push(`tags: at most ${TAGS.most}`);
  else entry.tags = tags;
};
