import { Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DATABASE_URL } from '@ros/platform';
import { Pool } from 'pg';
import { AuditTrail } from './audit-trail';
import { AuditRepository } from './audit.repository';
import { ListAuditRecordsHandler } from './list-audit-records/list-audit-records.handler';

const AUDIT_POOL = Symbol('AuditPool');

@Injectable()
class AuditShutdown implements OnApplicationShutdown {
  constructor(
    private readonly trail: AuditTrail,
    @Inject(AUDIT_POOL) private readonly pool: Pool,
  ) {}

  /** Records still queued are written before the pool closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.trail.flush();
    await this.pool.end();
  }
}

/**
 * The audit trail, with a small pool of its own: its single writer never waits behind
 * the requests' connections, and they never wait behind it.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    {
      provide: AUDIT_POOL,
      inject: [DATABASE_URL],
      useFactory: (url: string) => {
        const pool = new Pool({ connectionString: url, max: 3 });
        pool.on('error', (error) =>
          new Logger('audit').error(`Audit pool connection failed: ${error.message}`),
        );
        return pool;
      },
    },
    {
      provide: AuditRepository,
      inject: [AUDIT_POOL],
      useFactory: (pool: Pool) => new AuditRepository(pool),
    },
    {
      provide: AuditTrail,
      inject: [AuditRepository],
      useFactory: (repository: AuditRepository) => new AuditTrail(repository),
    },
    ListAuditRecordsHandler,
    AuditShutdown,
  ],
  exports: [AuditTrail],
})
export class AuditModule {}
