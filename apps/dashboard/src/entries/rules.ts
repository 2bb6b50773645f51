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
