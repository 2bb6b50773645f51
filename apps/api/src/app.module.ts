import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApiErrorFilter, type AppConfig } from '@ros/platform';
import { applicationModules } from '@ros/application';
import { AuditModule } from '@ros/audit';
import { AuditController } from './audit/audit.controller';
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
      imports: [...applicationModules(config, databaseUrl), AuditModule],
      controllers: [
        AuthController,
        OperationsController,
        EntriesController,
        TotalsController,
        ForcesController,
        PublicationsController,
        HealthController,
        MetricsController,
        AuditController,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiErrorFilter }],
    };
  }
}
