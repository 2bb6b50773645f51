import { useEffect, useMemo, useRef } from 'react';
import { endOfUkDay } from '../ui/as-of';
import { formatDay } from '../ui/format';
import { QueryProblem } from '../ui/QueryProblem';
import { useEntries } from './entries';
import { exactSum, formatFigure } from './figures';
import type { ExplorerFilters } from './filters';
import { knownAt, ukDayOf, type KnownEntry } from './known-then';
import type { ExplorerMeasure } from './measures';
import { EntryRows } from './EntryRows';
import type { Figure } from './table-model';

interface Props {
  operation: string;
  figure: Figure;
  measure: ExplorerMeasure;
  filters: ExplorerFilters;
  onClose: () => void;
}

/** The entries behind one figure: a side panel (a full-screen dialog on a phone). */
export const DrillDown = ({ operation, figure, measure, filters, onClose }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const asOf = filters.asOf ? endOfUkDay(filters.asOf) : null;
  const entries = useEntries({
    operation,
    phases: figure.phases,
    force: figure.force,
    // As known on a day, an entry may have been of another kind then: every kind is read.
    kind: asOf ? null : (measure.kind ?? null),
  });
  const behind = useMemo(
    () => (entries.data ? entriesBehind(entries.data, measure, filters, figure, asOf) : null),
    [entries.data, measure, filters, figure, asOf],
  );
  const counted = behind?.filter((e) => e.counted) ?? [];
  const sum = exactSum(counted.map((e) => measure.contribution(e.details) ?? 0));

  return (
    <dialog
      ref={dialog}
      className="drill-down"
      aria-labelledby="drill-down-title"
      onClose={onClose}
    >
      <header>
        <h2 id="drill-down-title">
          {measure.label}: {figure.rowLabel}, {figure.columnLabel}
        </h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <p className="scope">
        The figure: <strong>{formatFigure(measure, figure.value)}</strong>
        {scopeWords(filters)}
      </p>
      {entries.isPending && <p role="status">Loading the entries…</p>}
      {entries.isError && (
        <QueryProblem what="the entries" error={entries.error} retry={() => entries.refetch()} />
      )}
      {behind && (
        <>
          <EntryRows entries={behind} measure={measure} />
          <p className="adds-up" role="status">
            These {counted.length} {counted.length === 1 ? 'entry adds' : 'entries add'} up to{' '}
            <strong data-sum={sum}>{formatFigure(measure, sum)}</strong>
            {behind.length > counted.length &&
              ` (${behind.length - counted.length} retracted, listed but not counted)`}
            .
          </p>
          {sum !== figure.value && (
            <p className="problem">
              That is not the figure clicked: entries have been recorded since the table was read.
              Close this panel and reload the page to see both as they are now.
            </p>
          )}
        </>
      )}
    </dialog>
  );
};

const entriesBehind = (
  items: NonNullable<ReturnType<typeof useEntries>['data']>,
  measure: ExplorerMeasure,
  f: ExplorerFilters,
  figure: Figure,
  asOf: string | null,
): KnownEntry[] =>
  items
    .map((item) => knownAt(item, asOf))
    .filter((e): e is KnownEntry => {
      if (!e || measure.contribution(e.details) === null) return false;
      if (figure.force && e.details.force !== figure.force) return false;
      const day = ukDayOf(e.details.occurredAt);
      if ((f.from && day < f.from) || (f.to && day > f.to)) return false;
      return !f.tag || (e.details.tags ?? []).includes(f.tag);
    });

const scopeWords = (f: ExplorerFilters): string =>
  [
    f.tag && `, tagged “${f.tag}”`,
    f.from && `, occurred from ${formatDay(f.from)}`,
    f.to && `, occurred to ${formatDay(f.to)}`,
    f.asOf ? `, as known at the end of ${formatDay(f.asOf)}` : ', live',
  ]
    .filter(Boolean)
    .join('') + '.';
