import { NotFound, type Operation } from '@ros/domain';
import { GetOperationQuery } from '@ros/projections';
import { ClosePhaseCommand, OpenPhaseCommand, RegisterOperationCommand } from '@ros/write';
import type { DemoOperation, DemoPhase } from '../region/demo-region.types';
import { entriesOf } from '../region/entries-of';
import { DEMO_CORRECTIONS, DEMO_RETRACTIONS } from '../region/region';
import type { SeedRun } from './seed-run';

/**
 * Registers the operation unless it is, then each phase: opened unless it exists, its
 * entries logged (with the corrections and retractions that do not wait for the
 * publication), then closed on its real last day when it has one.
 */
export const seedOperation = async (run: SeedRun, operation: DemoOperation): Promise<void> => {
  let current = await registered(run, operation);
  for (const phase of operation.phases) {
    if (!current.phases.some((p) => p.number === phase.number)) {
      current = await run.writes.commands.execute(
        OpenPhaseCommand.create(
          operation.id,
          { number: phase.number, startsOn: phase.startsOn, name: phase.name },
          run.provenance(),
        ),
      );
      run.tally.phasesOpened++;
    }
    await seedEntries(run, operation, phase);
    const status = current.phases.find((p) => p.number === phase.number)!.status;
    if (phase.endsOn && status === 'open') {
      current = await run.writes.commands.execute(
        ClosePhaseCommand.create(
          operation.id,
          phase.number,
          { endsOn: phase.endsOn },
          run.provenance(),
        ),
      );
      run.tally.phasesClosed++;
    }
  }
};

const registered = async (run: SeedRun, operation: DemoOperation): Promise<Operation> => {
  try {
    // Read from its stream, not from a read model: what is there is known at once.
    return await run.writes.queries.execute(GetOperationQuery.create(operation.id));
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
  const { id, name, scope, forces, description } = operation;
  const registeredNow = await run.writes.commands.execute(
    RegisterOperationCommand.create({ id, name, scope, forces, description }, run.provenance()),
  );
  run.tally.operations++;
  return registeredNow;
};

const seedEntries = async (run: SeedRun, operation: DemoOperation, phase: DemoPhase) => {
  for (const entry of entriesOf(operation, phase)) {
    const correction = DEMO_CORRECTIONS.find((c) => c.entry === entry.key);
    await run.log(entry, correction);
    const retraction = DEMO_RETRACTIONS.find((r) => r.duplicateOf === entry.key);
    if (retraction) await run.duplicateThenRetract(entry, retraction);
    if (correction && !correction.afterPublication) await run.correct(entry, correction);
  }
};
