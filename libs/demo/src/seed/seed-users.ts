import { randomBytes } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import { CreateUserCommand } from '@ros/auth';
import { Conflict } from '@ros/domain';
import { DEMO_USERS } from '../region/region';
import { DEMO_ACTOR, type SeedTally } from './demo-writes';

/**
 * Creates the demo users that do not exist yet, each with a random password that is said
 * once, here, and kept nowhere else; an existing user is left as it is.
 */
export const seedUsers = async (
  commands: CommandBus,
  tally: SeedTally,
  say: (line: string) => void,
): Promise<void> => {
  for (const { username, role, force } of DEMO_USERS) {
    const password = randomBytes(18).toString('base64url');
    try {
      await commands.execute(
        CreateUserCommand.create({ username, password, role, force }, DEMO_ACTOR),
      );
    } catch (error) {
      if (error instanceof Conflict) continue;
      throw error;
    }
    if (tally.users++ === 0) say('Demo users (their passwords are shown this once only):');
    say(`  ${username} (${force ? `${role}, ${force}` : role}): ${password}`);
  }
};
