import { NestFactory } from '@nestjs/core';
import { Module, type DynamicModule } from '@nestjs/common';
import { DemoSeeder } from '@ros/demo';
import { loadConfig, type AppConfig } from '@ros/platform';
import { Command, CommandRunner } from 'nest-commander';
import { applicationModules } from '@ros/application';
import { withDatabase } from './database';

const say = (message: string) => process.stdout.write(`${message}\n`);

/** The API's application without HTTP: the seed runs the API's own command handlers. */
@Module({})
class SeedDemoApplication {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return { module: SeedDemoApplication, imports: applicationModules(config, databaseUrl) };
  }
}

@Command({
  name: 'seed:demo',
  description:
    'Seed the demo region (Scorpion, Viper, Ragwort, demo users): demo data, never for a real database; a second run changes nothing',
})
export class SeedDemoCommand extends CommandRunner {
  async run(): Promise<void> {
    const config = loadConfig();
    await withDatabase(config, say, async (url) => {
      const app = await NestFactory.createApplicationContext(
        SeedDemoApplication.forRoot(config, url),
        { logger: ['error', 'warn'] },
      );
      try {
        await app.get(DemoSeeder).seed(say);
      } finally {
        await app.close(); // the projector stops before the pools close (InProcessProjector)
      }
    });
  }
}
