import type { Projector } from './projector/projector';
import { RETIRED_GRACE_MS, type ReadModelGenerations } from './read-models/generations';

export interface RebuildOptions {
  log: (message: string) => void;
  /** Keep the previous generation instead of dropping it after the switch. */
  keepPrevious?: boolean;
  graceMs?: number;
}

/**
 * Rebuilds every read model from the event store into a fresh generation while the API
 * goes on reading the current one, then switches readers over in one transaction. The
 * live projector follows the switch and goes on from the new generation's checkpoints.
 */
export const rebuildReadModels = async (
  generations: ReadModelGenerations,
  projector: Projector,
  { log, keepPrevious = false, graceMs = RETIRED_GRACE_MS }: RebuildOptions,
): Promise<{ generation: string; previous: string | null }> => {
  const generation = await generations.create();
  log(`Rebuilding the read models into ${generation}`);
  const started = Date.now();
  try {
    // Nobody reads the new generation before the switch: its sums are made once, at the end.
    await projector.catchUp(generation, { deferred: true });
  } catch (error) {
    await abandon(generations, generation, log);
    throw error;
  }
  log(
    `Caught up in ${((Date.now() - started) / 1000).toFixed(1)} s; switching readers to ${generation}`,
  );
  const previous = await generations.activate(generation);
  await projector.catchUp(generation);
  if (previous && !keepPrevious) {
    // Queries that started on the old generation a moment ago finish first.
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    await generations.drop(previous);
    log(`Dropped the previous generation ${previous}`);
  }
  return { generation, previous };
};

/**
 * A rebuild that failed before the switch leaves nothing behind: the next attempt (the
 * projector retries an upgrade's rebuild) starts a generation of its own.
 */
const abandon = async (
  generations: ReadModelGenerations,
  generation: string,
  log: (message: string) => void,
): Promise<void> => {
  try {
    await generations.drop(generation);
    log(`The rebuild failed; dropped the unfinished generation ${generation}`);
  } catch {
    log(`The rebuild failed; drop the unfinished generation ${generation} (see the runbook)`);
  }
};
