import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Totals } from '../api/client';
import type { components } from '../api/schema';
import { phaseTotalsQuery, windowQuery } from '../totals/phase-totals-query';
import { formatDay } from '../ui/format';
import type { ExplorerFilters } from './filters';
import type { Operation, Phase } from '../operations/use-operations';

type ByForce = components['schemas']['TotalsByForce'];

/** One row of the table: a phase (or, for a tag, all phases together), by force. */
export interface MatrixRow {
  key: string;
  /** The phases whose entries make it up: the drill-down reads their entry logs. */
  phases: number[];
  label: string;
  dates: string;
  byForce: Record<string, Totals>;
  total: Totals;
}

export interface Matrix {
  rows: MatrixRow[];
  /** The force columns; none when the API cannot tell the figures apart by force. */
  forces: string[];
  /** What the API cannot answer for these filters, said on screen. */
  limits: string[];
  positions: string[];
}

export const datesOf = (phase: Phase): string =>
  `${formatDay(phase.startsOn)} – ${phase.endsOn ? formatDay(phase.endsOn) : 'open'}`;

const json = <T>(answer: T | string, what: string): T => {
  if (typeof answer === 'string') throw new Error(`${what} came back as CSV, not JSON.`);
  return answer;
};

const forcesOf = (byForce: ByForce): Record<string, Totals> => byForce as Record<string, Totals>;

/**
 * The phase × force figures. No route answers the matrix at once: each phase's totals
 * (GET …/phases/:n/totals, by force) are asked for in parallel. A tag is totalled by
 * GET /api/tags/:tag/totals, which has no phases: then one row for all of them.
 */
export const useMatrix = (operation: Operation | undefined, f: ExplorerFilters) => {
  const tagged = f.tag !== null;
  const phases = (operation?.phases ?? []).filter((p) => f.phase === null || p.number === f.phase);
  const perPhase = useQueries({
    queries: (tagged ? [] : phases).map((phase) =>
      phaseTotalsQuery(operation!.id, phase.number, f),
    ),
  });
  const tag = useQuery({
    queryKey: ['tag-totals', f.tag, f.from, f.to, f.asOf],
    enabled: tagged && operation !== undefined,
    queryFn: async ({ signal }) =>
      json(
        unwrap(
          await api.GET('/api/tags/{tag}/totals', {
            params: { path: { tag: f.tag! }, query: windowQuery(f) },
            headers: { accept: 'application/json' },
            signal,
          }),
        ),
        `The totals of tag ${f.tag}`,
      ),
  });
  const queries = tagged ? [tag] : perPhase;
  const error = queries.find((q) => q.isError)?.error ?? null;
  const pending = operation !== undefined && queries.some((q) => q.isPending);
  const refetch = () => queries.forEach((q) => void q.refetch());
  if (!operation || pending || error) return { matrix: null, pending, error, refetch };

  const columns = f.force ? [f.force] : operation.forces;
  const pick = (byForce: Record<string, Totals>, total: Totals) =>
    f.force
      ? { byForce: { [f.force]: byForce[f.force] }, total: byForce[f.force] }
      : { byForce, total };

  if (!tagged) {
    const rows = perPhase.map((q, i): MatrixRow => {
      const phase = phases[i];
      return {
        key: String(phase.number),
        phases: [phase.number],
        label: phase.name,
        dates: datesOf(phase),
        ...pick(forcesOf(q.data!.byForce), q.data!.totals),
      };
    });
    const matrix: Matrix = {
      rows,
      forces: columns,
      limits: [],
      positions: perPhase.map((q) => q.data!.projectedPosition),
    };
    return { matrix, pending, error, refetch };
  }
  return { matrix: tagMatrix(operation, f, tag.data!, columns), pending, error, refetch };
};

const tagMatrix = (
  operation: Operation,
  f: ExplorerFilters,
  answer: components['schemas']['TagTotals'],
  columns: string[],
): Matrix => {
  const limits = [
    `The API totals a tag for an operation and by force, not by phase: “${f.tag}” is shown for all of ${operation.name}’s phases together.`,
  ];
  const others = answer.byOperation.filter(
    (o) => o.operation !== operation.id && o.totals.entries > 0,
  );
  // byForce is over every operation: it is this operation's only when no other has the tag.
  const byForce = others.length === 0 ? forcesOf(answer.byForce) : {};
  if (others.length > 0)
    limits.push(
      `“${f.tag}” is also used in ${others.map((o) => o.operation).join(', ')}: the API totals it by force across every operation, so only ${operation.name}’s total can be shown, not each force’s part of it.`,
    );
  const cannot = (why: string): Matrix => ({
    rows: [],
    forces: [],
    limits: [...limits, why],
    positions: [answer.projectedPosition],
  });
  if (f.phase !== null)
    return cannot(
      `No route totals a tag for one phase: clear the phase, or the tag, to see figures.`,
    );
  if (f.force && others.length > 0)
    return cannot(`So one force’s part of “${f.tag}” in ${operation.name} cannot be shown.`);
  const opTotal = answer.byOperation.find((o) => o.operation === operation.id)?.totals;
  const row: MatrixRow = {
    key: 'all',
    phases: operation.phases.map((p) => p.number),
    label: 'All phases',
    dates: datesOfAll(operation),
    byForce: others.length ? {} : Object.fromEntries(columns.map((c) => [c, byForce[c] ?? EMPTY])),
    total: (f.force ? byForce[f.force] : opTotal) ?? EMPTY,
  };
  return {
    rows: [row],
    forces: others.length ? [] : columns,
    limits,
    positions: [answer.projectedPosition],
  };
};

const datesOfAll = (operation: Operation): string => {
  const [first] = operation.phases;
  const last = operation.phases[operation.phases.length - 1];
  if (!first) return 'no phases';
  return `${formatDay(first.startsOn)} – ${last.endsOn ? formatDay(last.endsOn) : 'open'}`;
};

/** Totals of nothing: an operation the tag was never used in. */
export const EMPTY: Totals = {
  entries: 0,
  warrants: 0,
  arrests: 0,
  charges: 0,
  countyLinesClosed: 0,
  welfareVisits: 0,
  vehicleStops: 0,
  engagements: 0,
  safeguarded: { children: 0, adults: 0 },
  disruptions: { pursue: 0, protect: 0, prevent: 0, prepare: 0 },
  seizures: {},
  estimatedValueGBP: 0,
};
