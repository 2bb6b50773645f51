/** Exit codes the CLI promises (README, "Operating"). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What commander throws once told not to exit by itself (see CliProgram). */
interface CommanderStop extends Error {
  code: string;
  exitCode: number;
}

const isCommanderStop = (error: unknown): error is CommanderStop =>
  error instanceof Error &&
  typeof (error as Partial<CommanderStop>).code === 'string' &&
  (error as CommanderStop).code.startsWith('commander.') &&
  typeof (error as Partial<CommanderStop>).exitCode === 'number';

/**
 * Help asked for ends with 0; a mistake in how the CLI was called (unknown command or
 * option, no command at all) with 2, as shells and scripts expect, and without repeating
 * the message commander has already printed; a command that failed with 1 and its reason.
 */
export const exitOnFailure = (error: unknown): never => {
  if (isCommanderStop(error)) process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT.failed);
};
