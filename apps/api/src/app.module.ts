import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApiErrorFilter, type AppConfig } from '@ros/platform';
import { applicationModules } from '@ros/application';
import { AuditModule } from '@ros/audit';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { EntriesController } from './entries/entries.controller';
import { HealthController } from './health/health.controller';
import { RateLimitGuard, rateLimits } from './http/rate-limits';
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
      imports: [...applicationModules(config, databaseUrl), AuditModule, rateLimits(config)],
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
      providers: [
        { provide: APP_FILTER, useClass: ApiErrorFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
