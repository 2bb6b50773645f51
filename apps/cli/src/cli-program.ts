import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectCommander, type CommandRunner } from 'nest-commander';

/** nest-commander's own commander (v11), not the one at the top of node_modules. */
type CommanderCommand = Parameters<CommandRunner['setCommand']>[0];

/** How operators are told to run it (README, runbook), so usage lines read the same way. */
export const CLI_NAME = 'npm run cli --';

/**
 * Settles the commander program once nest-commander has put every command on it.
 * Commander stops the process by itself on `--help` and on a usage mistake, and a
 * command added with `addCommand` inherits none of its parent's settings: so every
 * command, not only the root, throws instead, and `exitOnFailure` alone picks the exit
 * code and prints nothing commander has already printed.
 */
@Injectable()
export class CliProgram implements OnApplicationBootstrap {
  constructor(@InjectCommander() private readonly program: CommanderCommand) {}

  onApplicationBootstrap(): void {
    this.program.name(CLI_NAME);
    this.program.exitOverride().showHelpAfterError(`(${CLI_NAME} --help lists the commands)`);
    for (const command of this.program.commands)
      command
        .exitOverride()
        .allowExcessArguments(false)
        .showHelpAfterError(`(${CLI_NAME} ${command.name()} --help shows its options)`);
  }
}
