import { ukDayOf } from '../ui/uk-time';
import { COUNTED, type Kind, type SeizureItem, type Unit } from './vocabulary';

// The server's bounds for an entry (docs/api.md, "Entries"), mirrored so that the entry form
// and a pasted return refuse what the server would refuse, before anything is sent. Each caller
// words its own messages; the numbers and the checks live here only.
// test/entry-rules-mirror.unit.spec.ts checks them against the domain's.

export const TEXT_LIMITS = {
  notes: 1000,
  location: 100,
  drug: 40,
  description: 500,
  lineName: 100,
  reason: 500,
} as const;
export const TAG_LIMITS = { perEntry: 5, length: 64 } as const;
export const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
export const QUANTITY_LIMITS: Record<Unit, { min: number; max: number; decimals: number }> = {
  item: { min: 1, max: 1_000_000, decimals: 0 },
  g: { min: 0.001, max: 10_000_000, decimals: 3 },
  kg: { min: 0.001, max: 10_000, decimals: 3 },
  GBP: { min: 0.01, max: 100_000_000, decimals: 2 },
};
export const ESTIMATED_VALUE_LIMITS = { min: 0, max: 1_000_000_000, decimals: 2 } as const;
/** What a return may hold in one batch (`POST …/entries/batch`). */
export const BATCH_MAX = 1000;

const DRUGS: readonly SeizureItem[] = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];
/** A street value alone is enough for these (releases often give nothing else). */
export const VALUE_ALONE_ENOUGH: readonly SeizureItem[] = [...DRUGS, 'stolen-property'];

export const countLimitOf = (kind: Kind): number => (kind === 'vehicle-stop' ? 10_000 : 1000);
/** The most `count` one entry of a kind may record; undefined for kinds that record no count. */
export const countMostOf = (kind: Kind): number | undefined =>
  COUNTED.includes(kind) ? countLimitOf(kind) : undefined;
export const unitsFor = (item: SeizureItem): Unit[] =>
  item === 'cash' ? ['GBP'] : DRUGS.includes(item) ? ['g', 'kg'] : ['item'];
export const isDrug = (item: string): boolean => DRUGS.includes(item as SeizureItem);

/** Whether a tag is one the server keeps: a lowercase slug, not too long. */
export const isTag = (tag: string): boolean => TAG.test(tag) && tag.length <= TAG_LIMITS.length;

/** Whether an instant is one the server takes as `occurredAt`: UK day 2000–2099, not ahead. */
export const inYearRange = (moment: Date): boolean => {
  const day = ukDayOf(moment);
  return day >= '2000-01-01' && day <= '2099-12-31';
};
export const isInFuture = (moment: Date, now: Date): boolean =>
  moment.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;

/** Whether `count` is one a kind that counts may record: a whole number from 1 to its limit. */
export const isCountFor = (kind: Kind, count: number): boolean =>
  Number.isInteger(count) && count >= 1 && count <= countLimitOf(kind);

// Free text holds counts and categories, not people: the server's rule
// (libs/domain/src/entries/personal-data.ts), with the same patterns. The server finds phone
// numbers with libphonenumber-js; the form, to stay small, with a plain pattern for UK numbers
// (0 or +44, then 9 or 10 digits) and + international ones. The server has the last word.
export type PersonalData =
  | 'an email address'
  | 'a phone number'
  | 'a full postcode'
  | 'a date of birth'
  | 'a National Insurance number';
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
const POSTCODE =
  /\b(GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?([0-9][A-Z]{2}))\b/gi;
const ORDINAL = /^[0-9](st|nd|rd|th)$/;
const NI_NUMBER =
  /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b/i;
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const DAY_MONTH_YEAR = `[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})[a-z]*\\.?\\s+[0-9]{2,4}`;
const DATE_OF_BIRTH = new RegExp(
  `\\b(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|born(?:\\s+on)?)[\\s:.,-]*(?:${DAY_MONTH_YEAR})`,
  'i',
);
const PHONE =
  /(?:^|[^\d+])(?:(?:\+44\s?|0)(?:\d[\s-]?){8,9}\d|\+(?:[1-9]\d{0,2})(?:[\s-]?\d){7,12})(?!\d)/;

/**
 * Free text as a reader sees it, as the server judges it (libs/domain/src/shared/text.ts):
 * NFKC folds full-width `＠` and digits, and format characters (zero-width space, joiners,
 * soft hyphen) are left out.
 */
export const asSeen = (text: string): string => text.normalize('NFKC').replace(/\p{Cf}/gu, '');

/** The personal data a text plainly holds, or null: as the server decides it. */
export const personalDataIn = (raw: string): PersonalData | null => {
  const text = asSeen(raw);
  if (EMAIL.test(text)) return 'an email address';
  if (NI_NUMBER.test(text)) return 'a National Insurance number';
  if (DATE_OF_BIRTH.test(text)) return 'a date of birth';
  if ([...text.matchAll(POSTCODE)].some(([, , inward]) => !ORDINAL.test(inward)))
    return 'a full postcode';
  if (PHONE.test(text)) return 'a phone number';
  return null;
};

/** The form's words for it, beside the field; undefined when the text holds no one. */
export const personalDataProblem = (text: string): string | undefined => {
  const found = personalDataIn(text);
  return found ? `This looks like ${found}: the tracker keeps counts, not people.` : undefined;
};
