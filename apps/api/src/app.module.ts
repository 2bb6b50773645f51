import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@ros/auth';
import {
  ApiErrorFilter,
  APP_CONFIG,
  DatabaseModule,
  LoggingModule,
  type AppConfig,
} from '@ros/platform';
import { ProjectionsModule } from '@ros/projections';
import { PublicationsModule } from '@ros/publications';
import { WriteModule } from '@ros/write';
import { AuthController } from './auth/auth.controller';
import { EntriesController } from './entries/entries.controller';
import { HealthController } from './health/health.controller';
import { ForcesController } from './forces/forces.controller';
import { MetricsController } from './metrics/metrics.controller';
import { OperationsController } from './operations/operations.controller';
import { PublicationsController } from './publications/publications.controller';
import { TotalsController } from './totals/totals.controller';

@Module({})
export class AppModule {
  /** The API over an already running PostgreSQL (embedded or DATABASE_URL's). */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        AuthModule.forRoot(config),
        WriteModule,
        ProjectionsModule.forRoot({
          runProjector: config.projections === 'in-process',
          batchSize: config.projectionBatchSize,
        }),
        PublicationsModule,
        ConfigHolder.forRoot(config),
      ],
      controllers: [
        AuthController,
        OperationsController,
        EntriesController,
        TotalsController,
        ForcesController,
        PublicationsController,
        HealthController,
        MetricsController,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiErrorFilter }],
    };
  }
}

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
