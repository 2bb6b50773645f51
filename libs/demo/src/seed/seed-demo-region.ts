import { randomUUID } from 'node:crypto';
import { DEMO_OPERATIONS } from '../region/region';
import { emptyTally, type DemoWrites, type SeedTally } from './demo-writes';
import { publishThenCorrect } from './publish-with-drift';
import { seedOperation } from './seed-operation';
import { SeedRun } from './seed-run';
import { seedUsers } from './seed-users';

/**
 * Seeds the demo region through the same commands as the API: operations, phases,
 * entries, corrections, retractions, a publication with drift and the demo users. What
 * is there already is left as it is, so running it again changes nothing.
 */
export const seedDemoRegion = async (
  writes: DemoWrites,
  say: (line: string) => void,
): Promise<SeedTally> => {
  const tally = emptyTally();
  const run = new SeedRun(writes, randomUUID(), (await writes.headPosition()) ?? -1n, tally);
  for (const operation of DEMO_OPERATIONS) await seedOperation(run, operation);
  await publishThenCorrect(run);
  await seedUsers(writes.commands, tally, say);
  say(summaryOf(tally));
  return tally;
};

const summaryOf = (tally: SeedTally): string => {
  const done = Object.entries(tally).filter(([, count]) => count > 0);
  if (!done.length) return 'Demo region: already there, nothing changed';
  const words: Record<keyof SeedTally, string> = {
    operations: 'operations registered',
    phasesOpened: 'phases opened',
    phasesClosed: 'phases closed',
    entries: 'entries recorded',
    corrections: 'corrections',
    retractions: 'retractions',
    publications: 'publication',
    users: 'users created',
  };
  return `Demo region: ${done.map(([key, count]) => `${count} ${words[key as keyof SeedTally]}`).join(', ')}`;
};
