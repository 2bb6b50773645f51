import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isRealDay } from '../ui/as-of';

/** What the explorer shows, all of it in the address: a reload or a shared link shows the same. */
export interface ExplorerFilters {
  op: string | null;
  phase: number | null;
  force: string | null;
  tag: string | null;
  from: string | null;
  to: string | null;
  asOf: string | null;
  measure: string | null;
  /** The column the phases are ordered by: `phase`, a force's id, or `total`. */
  sort: string;
  dir: 'ascending' | 'descending';
}

const KEYS = ['op', 'phase', 'force', 'tag', 'from', 'to', 'asOf', 'measure', 'sort', 'dir'];

const read = (params: URLSearchParams): ExplorerFilters => {
  const phase = Number(params.get('phase'));
  return {
    op: params.get('op'),
    phase: Number.isInteger(phase) && phase > 0 ? phase : null,
    force: params.get('force'),
    tag: params.get('tag'),
    from: params.get('from'),
    to: params.get('to'),
    asOf: params.get('asOf'),
    measure: params.get('measure'),
    sort: params.get('sort') ?? 'phase',
    dir: params.get('dir') === 'descending' ? 'descending' : 'ascending',
  };
};

export const useExplorerFilters = () => {
  const [params, setParams] = useSearchParams();
  const filters = read(params);
  const change = useCallback(
    (patch: Partial<ExplorerFilters>, options: { replace?: boolean } = {}) =>
      setParams(
        (current) => {
          const next = { ...read(current), ...patch };
          const out = new URLSearchParams();
          for (const key of KEYS) {
            const value = next[key as keyof ExplorerFilters];
            // The defaults stay out of the address, so that links stay short.
            if (value === null || value === '' || (key === 'sort' && value === 'phase')) continue;
            if (key === 'dir' && value === 'ascending') continue;
            out.set(key, String(value));
          }
          return out;
        },
        { replace: options.replace ?? false },
      ),
    [setParams],
  );
  return [filters, change] as const;
};

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/; // the API's rule for tags

/** What is wrong with the filters as typed or linked, in words; null when nothing is. */
export const filterProblem = (f: ExplorerFilters): string | null => {
  if (f.tag !== null && (!TAG.test(f.tag) || f.tag.length > 64))
    return `“${f.tag}” is not a tag: tags are lowercase letters, digits and single hyphens, up to 64 characters.`;
  for (const [name, day] of [
    ['“Occurred from”', f.from],
    ['“Occurred to”', f.to],
    ['“As known on”', f.asOf],
  ] as const)
    if (day !== null && !isRealDay(day)) return `${name} is not a real day (${day}).`;
  if (f.from && f.to && f.from > f.to)
    return '“Occurred from” is after “Occurred to”: choose a from day on or before the to day.';
  return null;
};
