import { existsSync, readFileSync } from 'node:fs';

/** Linux reports process and machine times in USER_HZ ticks, which is 100 on every arch. */
const TICK_MS = 10;

/**
 * Where the CPU went while a load ran: the API process's own time per answered request, and
 * how busy the whole machine was. It says what limits a figure: an API at one core is bound
 * by its one JavaScript thread; a machine near 100 % is bound by the cores it shares with
 * PostgreSQL and the load generator.
 */
export interface CpuSpent {
  /** The API's user + system CPU per 2xx answer, in ms. */
  apiMsPerAnswer: number;
  /** The API's CPU over the wall time: 1 is one core. */
  apiCores: number;
  /** The machine's busy share of all its cores, 0–1. */
  machineBusy: number;
}

export const spendingCpu = async <T extends { ok: number }>(
  pid: number,
  run: () => Promise<T>,
): Promise<T & { cpu?: CpuSpent }> => {
  if (!existsSync(`/proc/${pid}/stat`)) return run();
  const [process0, machine0, started] = [processTicks(pid), machineTicks(), Date.now()];
  const result = await run();
  const [process1, machine1, wallMs] = [processTicks(pid), machineTicks(), Date.now() - started];
  const apiMs = (process1 - process0) * TICK_MS;
  const total = machine1.total - machine0.total;
  return {
    ...result,
    cpu: {
      apiMsPerAnswer: result.ok ? apiMs / result.ok : 0,
      apiCores: apiMs / wallMs,
      machineBusy: total ? 1 - (machine1.idle - machine0.idle) / total : 0,
    },
  };
};

export const describeCpu = (cpu: CpuSpent | undefined): string =>
  cpu
    ? `; API ${cpu.apiMsPerAnswer.toFixed(2)} ms CPU per answer (${cpu.apiCores.toFixed(2)} of a core), ` +
      `machine ${Math.round(cpu.machineBusy * 100)} % busy`
    : '';

/** utime + stime: fields 14 and 15 of /proc/<pid>/stat, counted after the command's ")". */
const processTicks = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/** The first line of /proc/stat: every core's ticks by state; idle and iowait are not busy. */
const machineTicks = (): { total: number; idle: number } => {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
  const numbers = ticks.map(Number);
  return {
    total: numbers.slice(0, 8).reduce((sum, value) => sum + value, 0),
    idle: numbers[3] + numbers[4],
  };
};
