import { ukDayOf as ukDayOfInstant } from '../ui/uk-time';
import type { EntryDetails, EntryLogItem } from './entries';

/** The UK calendar day something occurred on, as `from`/`to` select by. */
export const ukDayOf = (moment: string): string => ukDayOfInstant(new Date(moment));

export interface KnownEntry {
  item: EntryLogItem;
  details: EntryDetails;
  counted: boolean;
  /** The changes known by then, the last of which says what the entry was. */
  history: EntryLogItem['history'];
}

/**
 * An entry as it was known at `asOf` (an instant; null for now), or null when it was not
 * yet recorded. Each change in `history` carries the moment it was recorded and the entry
 * it left, the same moments the totals' `asOf` compares with, so this is exact.
 */
export const knownAt = (item: EntryLogItem, asOf: string | null): KnownEntry | null => {
  if (asOf === null)
    return {
      item,
      details: item.current,
      counted: item.status !== 'retracted',
      history: item.history,
    };
  const limit = Date.parse(asOf);
  const history = item.history.filter((change) => Date.parse(change.recordedAt) <= limit);
  const last = history[history.length - 1];
  if (!last) return null;
  // A retraction leaves the entry as it last was, not counted.
  const version = [...history].reverse().find((change) => change.entry !== undefined);
  return {
    item,
    details: version?.entry ?? item.current,
    counted: last.change !== 'retracted',
    history,
  };
};
