import type { Operation, Phase } from '../../operations/use-operations';

export interface PhaseChoice {
  operation: Operation;
  phase: Phase;
}

/** Every phase of the operations a force takes part in, open ones first, latest first. */
export const phasesFor = (operations: Operation[], force: string): PhaseChoice[] =>
  operations
    .filter((operation) => operation.forces.includes(force as Operation['forces'][number]))
    .flatMap((operation) => operation.phases.map((phase) => ({ operation, phase })))
    .sort(
      (a, b) =>
        Number(b.phase.status === 'open') - Number(a.phase.status === 'open') ||
        b.phase.startsOn.localeCompare(a.phase.startsOn),
    );

/** The phase named in the address if the force has it; else its latest open phase. */
export const choosePhase = (
  choices: PhaseChoice[],
  wanted: { operation: string | null; phase: string | null },
): PhaseChoice | undefined =>
  choices.find(
    (c) => c.operation.id === wanted.operation && String(c.phase.number) === wanted.phase,
  ) ?? choices[0];
