import type { components } from '../../api/schema';
import {
  countMostOf,
  ESTIMATED_VALUE_LIMITS,
  inYearRange,
  isCountFor,
  isInFuture,
  isTag,
  QUANTITY_LIMITS,
  TAG_LIMITS,
  personalDataIn,
  TEXT_LIMITS,
  unitsFor,
  VALUE_ALONE_ENOUGH,
} from '../../entries/rules';
import {
  AGE_GROUPS,
  DISRUPTION_CATEGORIES,
  DISRUPTION_SEVERITIES,
  KIND_SLUGS,
  OFFENCES,
  SEIZURE_ITEMS,
  type Kind,
  type SeizureItem,
} from '../../entries/vocabulary';
import { COLUMNS, kindHas, type Column } from './return-columns';
import { momentIn, numberIn, tagsIn } from './return-values';

/** An entry as the batch takes it, but for its entryId (given when the row is kept). */
export type NewEntry = components['schemas']['LogEntriesBatchInput']['entries'][number];
export type RowEntry = Omit<NewEntry, 'entryId'>;

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
  if (!KIND_SLUGS.includes(kind)) {
    problems.push(
      cell('kind')
        ? `kind: "${cell('kind')}" is not one of ${listed(KIND_SLUGS)}`
        : 'kind: required',
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
  else if (!inYearRange(moment)) problems.push('occurredAt: must be from 2000 to 2099');
  else if (isInFuture(moment, now)) problems.push('occurredAt: is in the future');
  else entry.occurredAt = moment.toISOString();

  const most = countMostOf(kind);
  if (most !== undefined && cell('count')) {
    const count = numberIn(cell('count'));
    if (!count || count.decimals > 0 || !isCountFor(kind, count.value))
      problems.push(`count: a whole number from 1 to ${most.toLocaleString('en-GB')}`);
    else entry.count = count.value;
  }
  choose(cells, 'offence', OFFENCES, entry, problems);
  choose(cells, 'ageGroup', AGE_GROUPS, entry, problems, kind === 'safeguarding');
  choose(cells, 'category', DISRUPTION_CATEGORIES, entry, problems, kind === 'disruption');
  choose(cells, 'severity', DISRUPTION_SEVERITIES, entry, problems, kind === 'disruption');
  if (kind === 'seizure') seizureFields(cell, entry, problems);
  for (const column of ['drug', 'lineName', 'description', 'location', 'notes'] as const) {
    const text = cells[column] ?? '';
    if (!text.trim()) continue;
    const person = personalDataIn(text);
    if (text.length > TEXT_LIMITS[column])
      problems.push(`${column}: at most ${TEXT_LIMITS[column]} characters`);
    else if (person) problems.push(`${column}: looks like ${person}; keep counts, not people`);
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
  const item = cell('item') as SeizureItem;
  if (!SEIZURE_ITEMS.includes(item)) {
    problems.push(
      cell('item')
        ? `item: "${cell('item')}" is not one of ${listed(SEIZURE_ITEMS)}`
        : `item: required, one of ${listed(SEIZURE_ITEMS)}`,
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
    if (
      !pounds ||
      pounds.decimals > ESTIMATED_VALUE_LIMITS.decimals ||
      pounds.value > ESTIMATED_VALUE_LIMITS.max
    )
      problems.push(
        'estimatedValueGBP: pounds and pence (at most 2 decimals), up to 1,000,000,000',
      );
    else entry.estimatedValueGBP = pounds.value;
  }
  if (!cell('quantity')) {
    if (unit && cell('unit')) problems.push('quantity: required when unit is given');
    else if (!(VALUE_ALONE_ENOUGH.includes(item) && value))
      problems.push(
        `quantity: required (with its unit)${VALUE_ALONE_ENOUGH.includes(item) ? ', or give estimatedValueGBP alone' : ''}`,
      );
    return;
  }
  if (!unit) return void problems.push(`unit: required with quantity: ${listed(units)}`);
  const bounds = QUANTITY_LIMITS[unit as keyof typeof QUANTITY_LIMITS];
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
  const wrong = tags.find((tag) => !isTag(tag));
  if (wrong)
    problems.push(
      `tags: "${wrong}" is not a lowercase slug of at most ${TAG_LIMITS.length} characters`,
    );
  else if (new Set(tags).size !== tags.length) problems.push('tags: each tag once');
  else if (tags.length > TAG_LIMITS.perEntry) problems.push(`tags: at most ${TAG_LIMITS.perEntry}`);
  else entry.tags = tags;
};
