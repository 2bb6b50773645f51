import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DemoSeeder } from './demo-seeder';

/** The demo region's seed; it needs the write, auth, projections and publications modules beside it. */
@Module({ imports: [CqrsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
