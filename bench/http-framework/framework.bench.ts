import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../libs/testing/src/child-process';
import { describeCpu, spendingCpu, type CpuSpent } from '../api-server/cpu-spent';
import { runLoad } from '../load/load';
import type { LoadResult } from '../load/load-spec';
import type { Rows } from '../report/row';
import type { BenchSettings } from '../settings';
import { median, ratio, whole } from '../stats';

const FRAMEWORKS = ['express', 'fastify'] as const;
type Framework = (typeof FRAMEWORKS)[number];
type Measured = LoadResult & { cpu?: CpuSpent };

/**
 * Express or Fastify under the API: the same Nest module (framework-server.ts) on each
 * adapter, 32 clients, taking turns (Express, Fastify, Express, …), each turn a fresh
 * server. Answers per second and the server's CPU per answer; their ratio is the most a
 * move to Fastify could buy, to be set against what a real answer costs the API.
 */
export const frameworkBench = async (settings: BenchSettings, rows: Rows): Promise<void> => {
  const runs = new Map<Framework, Measured[]>(FRAMEWORKS.map((name) => [name, []]));
  for (let round = 0; round < settings.storeRounds; round++)
    for (const framework of FRAMEWORKS)
      runs.get(framework)!.push(await measure(framework, settings));

  const middle = (framework: Framework) => {
    const measured = runs.get(framework)!;
    const cpu = measured.map((run) => run.cpu).filter((spent) => spent !== undefined);
    return {
      perSecond: median(measured.map((run) => run.perSecond)),
      p99: median(measured.map((run) => run.p99)),
      cpu: cpu.length
        ? {
            apiMsPerAnswer: median(cpu.map((spent) => spent.apiMsPerAnswer)),
            apiCores: median(cpu.map((spent) => spent.apiCores)),
            machineBusy: median(cpu.map((spent) => spent.machineBusy)),
          }
        : undefined,
    };
  };
  const [express, fastify] = [middle('express'), middle('fastify')];
  for (const [name, figures] of [
    ['Express', express],
    ['Fastify', fastify],
  ] as const)
    rows.add({
      area: 'HTTP framework',
      measure: `Nest on ${name}, 32 clients, one ready answer behind helmet, logging, a guard and validation`,
      result: `${whole(figures.perSecond)} req/s, p99 ${figures.p99} ms${describeCpu(figures.cpu)}`,
    });
  rows.add({
    area: 'HTTP framework',
    measure: 'Fastify / Express',
    result:
      `${ratio(fastify.perSecond / express.perSecond)} the answers per second` +
      (express.cpu && fastify.cpu
        ? `, ${ratio(fastify.cpu.apiMsPerAnswer / express.cpu.apiMsPerAnswer)} the CPU per answer ` +
          `(${(express.cpu.apiMsPerAnswer - fastify.cpu.apiMsPerAnswer).toFixed(3)} ms less)`
        : ''),
  });
};

const measure = async (framework: Framework, settings: BenchSettings): Promise<Measured> => {
  const port = await freePort();
  const server = fork(join(__dirname, 'framework-server.js'), [framework, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    await listening(server, framework);
    return await spendingCpu(server.pid!, () =>
      runLoad({
        url: `http://127.0.0.1:${port}`,
        mode: 'autocannon',
        connections: 32,
        seconds: settings.loadSeconds,
        requests: 0,
        request: { kind: 'get', path: '/api/answer', token: 'framework-floor' },
      }),
    );
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
};

const listening = (server: ChildProcess, framework: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`The ${framework} server exited (${code})`)));
  });
