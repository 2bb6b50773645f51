import { Forbidden, NotFound, type Actor } from '@ros/domain';
import type { TotalsRepository } from '../totals/totals.repository';

/**
 * Which force's entries a person may see: analysts and admins every force (or the one they
 * ask for), a coordinator only their own, a PCC none. Decided here for every caller.
 */
export const visibleForce = (actor: Actor, asked?: string): string | undefined => {
  if (actor.role === 'admin' || actor.role === 'analyst') return asked;
  if (actor.role === 'coordinator') {
    if (asked && asked !== actor.force)
      throw new Forbidden(`A coordinator sees the entries of ${actor.force} only`);
    return actor.force!;
  }
  throw new Forbidden('The entry log is for analysts, coordinators and admins');
};

/** 404 unless the phase is in the catalogue. */
export const assertPhaseKnown = async (
  totals: TotalsRepository,
  operation: string,
  phase: number,
): Promise<void> => {
  const known = await totals.read(async (reader) =>
    (await reader.operations())
      .find((o) => o.id === operation)
      ?.phases.some((p) => p.number === phase),
  );
  if (!known) throw new NotFound(`Phase ${phase} of operation '${operation}' does not exist`);
};
