import { fromUkInput } from '../../ui/uk-time';

/** A number as people type it in a return: "1,200", "£45.50"; null when it is not one. */
export const numberIn = (cell: string): { value: number; decimals: number } | null => {
  const plain = cell.replace(/[£,\s]/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  return match ? { value: Number(plain), decimals: match[2]?.length ?? 0 } : null;
};

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const UK_STYLE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})$/;

/**
 * When a row's entry happened: ISO-8601 with Z or an offset, or a UK wall-clock time as
 * `2023-06-28 07:30` or `28/06/2023 07:30`; null when it is none of these.
 */
export const momentIn = (cell: string): Date | null => {
  const text = cell.trim();
  if (ZONED.test(text)) {
    const moment = new Date(text);
    return Number.isNaN(moment.getTime()) ? null : moment;
  }
  const uk = UK_STYLE.exec(text);
  if (uk) {
    const [day, month, year, hour, minute] = uk.slice(1);
    return fromUkInput(
      `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T${hour.padStart(2, '0')}:${minute}`,
    );
  }
  return fromUkInput(text);
};

/** Tags as a cell holds them: separated by spaces or semicolons. */
export const tagsIn = (cell: string): string[] => cell.split(/[\s;]+/).filter(Boolean);
