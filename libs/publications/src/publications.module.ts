import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GetPublicationsHandler } from './get-publications/get-publications.handler';
import { ListPublicationsHandler } from './list-publications/list-publications.handler';
import { PublicationRecord } from './publication.record';
import { PublicationsRepository } from './publications.repository';
import { PublishFiguresHandler } from './publish-figures/publish-figures.handler';

/**
 * Publications: a PCC's record of figures as published. Not a read model (nothing rebuilds
 * it from events); it reads today's figures through the read side's TotalsRepository.
 */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([PublicationRecord])],
  providers: [
    PublicationsRepository,
    PublishFiguresHandler,
    GetPublicationsHandler,
    ListPublicationsHandler,
  ],
})
export class PublicationsModule {}
