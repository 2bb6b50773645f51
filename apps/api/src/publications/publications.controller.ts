import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@ros/auth';
import type { Actor } from '@ros/domain';
import { CollaborationFigures } from '@ros/projections';
import {
  GetPublicationsQuery,
  PUBLICATION_READERS,
  PublicationView,
  PublishFiguresCommand,
  PublishInput,
  ScopeFigures,
} from '@ros/publications';
import { ApiAnswer, ApiJsonBody } from '../openapi/documented';
import { ApiPublicationIdParam } from '../openapi/params';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('publications')
@ApiBearerAuth()
@ApiExtraModels(CollaborationFigures, ScopeFigures)
@Controller('api/publications')
export class PublicationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin', 'pcc')
  @ApiOperation({
    summary: 'Freeze the figures of a scope as known now, to publish them',
    description:
      'A PCC publishes regional figures and their own force’s, not another force’s alone (403).',
  })
  @ApiJsonBody(PublishInput)
  @ApiAnswer(201, PublicationView, 'Published: the figures as frozen (no drift yet)')
  @ApiRefusals(401, 403, 404)
  publish(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<PublicationView> {
    return this.commands.execute(PublishFiguresCommand.create(body, actor));
  }

  @Get()
  @Roles(...PUBLICATION_READERS)
  @ApiOperation({
    summary: 'Every publication, newest first, with its drift from today’s figures',
    description: 'For PCCs, analysts and admins (403 for a coordinator).',
  })
  @ApiAnswer(200, [PublicationView], 'Every publication, newest first, each with its drift')
  @ApiRefusals(401, 403)
  list(@CurrentActor() actor: Actor): Promise<PublicationView[]> {
    return this.queries.execute(GetPublicationsQuery.create(actor));
  }

  @Get(':id')
  @Roles(...PUBLICATION_READERS)
  @ApiOperation({
    summary: 'One publication: its frozen figures and their drift',
    description: 'For PCCs, analysts and admins (403 for a coordinator).',
  })
  @ApiPublicationIdParam()
  @ApiAnswer(200, PublicationView, 'The publication, with its drift')
  @ApiRefusals(401, 403, 404)
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<PublicationView> {
    const [publication] = await this.queries.execute(GetPublicationsQuery.create(actor, id));
    return publication;
  }
}
