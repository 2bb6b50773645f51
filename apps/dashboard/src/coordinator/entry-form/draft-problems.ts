import {
  countLimitOf,
  ESTIMATED_VALUE_LIMITS,
  inYearRange,
  isCountFor,
  isInFuture,
  isTag,
  personalDataProblem,
  QUANTITY_LIMITS,
  TAG_LIMITS,
  TEXT_LIMITS,
  unitsFor,
  VALUE_ALONE_ENOUGH,
} from '../../entries/rules';
import { COUNTED, type Kind, type SeizureItem, type Unit } from '../../entries/vocabulary';
import { ukDayOf } from '../../ui/uk-time';

/**
 * What the server would refuse in the entry form's draft, with a message beside the field,
 * before anything is queued. The bounds themselves are in src/entries/rules.ts. Pure: no
 * browser, no clock but the one given.
 */

/** The form as typed: every field a string, as inputs hold them. */
export interface Draft {
  kind: Kind | '';
  count: string;
  /** The instant it happened (ISO-8601); '' when not given. */
  occurredAt: string;
  offence: string;
  ageGroup: string;
  category: string;
  severity: string;
  item: SeizureItem | '';
  quantity: string;
  unit: Unit | '';
  estimatedValueGBP: string;
  drug: string;
  description: string;
  lineName: string;
  notes: string;
  tags: string;
}
export type Problems = Partial<Record<keyof Draft, string>>;

export interface PhaseRules {
  number: number;
  status: 'open' | 'closed';
  startsOn: string;
  endsOn: string | null;
}

const en = (n: number) => n.toLocaleString('en-GB');
const hasAtMostDecimals = (value: number, places: number): boolean =>
  Number.isFinite(value) && Number(value.toFixed(places)) === value;
/** A number as typed, or NaN; '' is undefined (not given). */
const numberOf = (text: string): number | undefined =>
  text.trim() === '' ? undefined : /^\s*[0-9.]+\s*$/.test(text) ? Number(text) : NaN;

/** The tags as typed (commas or spaces between), as the set the server keeps: sorted. */
export const tagsOf = (text: string): string[] =>
  [...new Set(text.split(/[\s,]+/).filter(Boolean))].sort();

const countProblem = (kind: Kind, text: string): string | undefined => {
  const count = numberOf(text);
  const limit = countLimitOf(kind);
  if (count === undefined) return 'Give how many';
  if (!isCountFor(kind, count)) return `How many must be a whole number from 1 to ${en(limit)}`;
};

const whenProblem = (iso: string, phase: PhaseRules, now: Date): string | undefined => {
  const when = new Date(iso);
  if (!iso || Number.isNaN(when.getTime())) return 'Give the date and time it happened';
  const day = ukDayOf(when);
  if (!inYearRange(when)) return 'Give a date from 2000 to 2099';
  if (day < phase.startsOn)
    return `Phase ${phase.number} started on ${phase.startsOn}: give a time on or after that day`;
  if (phase.endsOn && day > phase.endsOn)
    return `Phase ${phase.number} ended on ${phase.endsOn}: give a time on or before that day`;
  if (isInFuture(when, now)) return 'That time is in the future: give when it happened';
};

const quantityProblem = (d: Draft): string | undefined => {
  const quantity = numberOf(d.quantity);
  const item = d.item as SeizureItem;
  if (quantity === undefined) {
    if (VALUE_ALONE_ENOUGH.includes(item))
      return numberOf(d.estimatedValueGBP) === undefined
        ? 'Give the quantity, or the estimated value'
        : undefined;
    return 'Give the quantity';
  }
  const unit = d.unit as Unit;
  if (!unitsFor(item).includes(unit))
    return `For ${item}, the unit must be ${unitsFor(item).join(' or ')}`;
  const { min, max, decimals } = QUANTITY_LIMITS[unit];
  if (Number.isNaN(quantity)) return 'Give the quantity as a number, such as 12.5';
  if (!hasAtMostDecimals(quantity, decimals))
    return decimals === 0
      ? 'Give a whole number of items'
      : `Give at most ${decimals} decimal places in ${unit === 'GBP' ? 'pounds (pence)' : unit}`;
  if (quantity < min || quantity > max) return `Give from ${en(min)} to ${en(max)} ${unit}`;
};

const valueProblem = (text: string): string | undefined => {
  const value = numberOf(text);
  if (value === undefined) return;
  if (Number.isNaN(value) || !hasAtMostDecimals(value, ESTIMATED_VALUE_LIMITS.decimals))
    return 'Give the value in pounds and pence, such as 1250.50';
  if (value > ESTIMATED_VALUE_LIMITS.max)
    return `Give a value up to £${en(ESTIMATED_VALUE_LIMITS.max)}`;
};

const tooLong = (text: string, limit: number): string | undefined =>
  text.length > limit ? `At most ${en(limit)} characters (${en(text.length)} now)` : undefined;

const tagsProblem = (text: string): string | undefined => {
  const tags = tagsOf(text);
  if (tags.length > TAG_LIMITS.perEntry) return `At most ${TAG_LIMITS.perEntry} tags`;
  const bad = tags.find((tag) => !isTag(tag));
  if (bad) return `“${bad}” is not a tag: lowercase letters, digits and dashes, such as mille-2024`;
};

/** What is wrong with the draft, field by field; empty when the server would take it. */
export const problemsOf = (d: Draft, phase: PhaseRules, now: Date): Problems => {
  const problems: Problems = {};
  const put = (field: keyof Draft, problem: string | undefined) => {
    if (problem) problems[field] = problem;
  };
  if (!d.kind) return { kind: 'Choose what happened' };
  if (COUNTED.includes(d.kind)) put('count', countProblem(d.kind, d.count));
  put('occurredAt', whenProblem(d.occurredAt, phase, now));
  if (d.kind === 'safeguarding' && !d.ageGroup) put('ageGroup', 'Choose children or adults');
  if (d.kind === 'disruption') {
    if (!d.category) put('category', 'Choose the strand of the plan');
    if (!d.severity) put('severity', 'Choose how much it disrupted');
    put('description', tooLong(d.description, TEXT_LIMITS.description));
  }
  if (d.kind === 'seizure') {
    if (!d.item) put('item', 'Choose what was seized');
    else put('quantity', quantityProblem(d));
    put('estimatedValueGBP', valueProblem(d.estimatedValueGBP));
    put('drug', tooLong(d.drug, TEXT_LIMITS.drug));
    put('description', tooLong(d.description, TEXT_LIMITS.description));
  }
  if (d.kind === 'county-line-closure') put('lineName', tooLong(d.lineName, TEXT_LIMITS.lineName));
  put('notes', tooLong(d.notes, TEXT_LIMITS.notes));
  // The server refuses free text that holds a person (an email, a phone number, a postcode…).
  for (const field of ['description', 'drug', 'lineName', 'notes'] as const)
    if (!problems[field]) put(field, personalDataProblem(d[field]));
  put('tags', tagsProblem(d.tags));
  return problems;
};

/** Whether a phase takes new entries at all: a closed one refuses every one (422 phase-closed). */
export const phaseProblem = (phase: PhaseRules): string | undefined =>
  phase.status === 'closed'
    ? `Phase ${phase.number} is closed: it takes no new entries.`
    : undefined;
