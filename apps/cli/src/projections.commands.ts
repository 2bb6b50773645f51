import { loadConfig } from '@ros/platform';
import { openReadSide, rebuildReadModels } from '@ros/projections';
import { Command, CommandRunner, Option } from 'nest-commander';
import { withDatabase } from './database';

const say = (message: string) => process.stdout.write(`${message}\n`);

@Command({
  name: 'projections:status',
  description: 'Each projection’s checkpoint, lag behind the event store, and parked events',
})
export class ProjectionsStatusCommand extends CommandRunner {
  async run(): Promise<void> {
    const config = loadConfig();
    await withDatabase(config, say, async (url) => {
      const readSide = await openReadSide(url, { eventStore: config.eventStore });
      try {
        const states = await readSide.status.read();
        const head = await readSide.store.headPosition();
        say(`event store head position: ${head ?? 'empty'}`);
        say(`active generation: ${states[0]?.generation}`);
        for (const s of states)
          say(
            `${s.projection.padEnd(10)} position ${s.position.padStart(20)}  lag ${s.lagSeconds.toFixed(1)} s  parked ${s.parked}`,
          );
      } finally {
        await readSide.close();
      }
    });
  }
}

@Command({
  name: 'projections:rebuild',
  description:
    'Rebuild every read model from the event store into fresh tables, then switch readers over',
})
export class ProjectionsRebuildCommand extends CommandRunner {
  private keepPrevious = false;

  async run(): Promise<void> {
    const config = loadConfig();
    await withDatabase(config, say, async (url) => {
      const readSide = await openReadSide(url, {
        batchSize: config.projectionBatchSize,
        log: say,
        eventStore: config.eventStore,
      });
      try {
        const { generation } = await rebuildReadModels(readSide.generations, readSide.projector, {
          log: say,
          keepPrevious: this.keepPrevious,
        });
        say(`Done: readers now use ${generation}`);
      } finally {
        await readSide.close();
      }
    });
  }

  @Option({
    flags: '--keep-previous',
    description: 'keep the previous generation instead of dropping it',
  })
  parseKeepPrevious(): boolean {
    this.keepPrevious = true;
    return true;
  }
}
