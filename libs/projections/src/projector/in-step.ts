import type { Projection } from './projection';

/** Projections whose checkpoints stand at one position, and so move together. */
export interface Step {
  from: bigint;
  projections: Projection[];
  /** The next step's position: this one stops there, so that the two meet and go on as one. */
  until?: bigint;
}

/**
 * The projections grouped by checkpoint, the furthest behind first. Normally there is one
 * step; a projection added later catches up in its own steps until it reaches the others.
 */
export const inStep = (projections: Projection[], checkpoints: Map<string, bigint>): Step[] => {
  const steps = new Map<bigint, Projection[]>();
  for (const projection of projections) {
    const from = checkpoints.get(projection.name)!;
    steps.set(from, [...(steps.get(from) ?? []), projection]);
  }
  const positions = [...steps.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return positions.map((from, i) => ({
    from,
    projections: steps.get(from)!,
    until: positions[i + 1],
  }));
};
