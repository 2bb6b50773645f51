import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { builtMain } from '../../../libs/testing/src/child-process';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The built CLI as an operator runs it, with exactly the environment given: nothing of
 * this test run's own (its DATABASE_URL, say) leaks in and points it at the wrong server.
 */
export const runCli = (
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<CliRun> => {
  const main = builtMain('cli');
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [main, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Error(`cli ${args.join(' ')} did not finish in ${timeoutMs} ms:\n${stdout}${stderr}`),
      );
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
};

/** How many times `text` occurs in `output`. */
export const occurrences = (output: string, text: string): number => output.split(text).length - 1;
