import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@ros/auth';
import { DemoModule } from '@ros/demo';
import { FeedsModule } from '@ros/feeds';
import { APP_CONFIG, DatabaseModule, LoggingModule, type AppConfig } from '@ros/platform';
import { ProjectionsModule } from '@ros/projections';
import { PublicationsModule } from '@ros/publications';
import { WriteModule } from '@ros/write';

/**
 * The application without its HTTP side, over a running PostgreSQL: the API serves it,
 * and the CLI uses it where a command runs the API's own commands (seed:demo).
 */
export const applicationModules = (config: AppConfig, databaseUrl: string) => [
  CqrsModule.forRoot(),
  LoggingModule.forRoot(config),
  DatabaseModule.forRoot(databaseUrl, config.eventStore),
  AuthModule.forRoot(config),
  WriteModule,
  ProjectionsModule.forRoot({
    runProjector: config.projections === 'in-process',
    batchSize: config.projectionBatchSize,
  }),
  PublicationsModule,
  DemoModule,
  FeedsModule.forRoot(config),
  ConfigHolder.forRoot(config),
];

@Module({})
class ConfigHolder {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigHolder,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
