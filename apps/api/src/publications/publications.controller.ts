import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@ros/auth';
import type { Actor } from '@ros/domain';
import { CollaborationFigures } from '@ros/projections';
import {
  GetPublicationsQuery,
  ListPublicationsInput,
  ListPublicationsQuery,
  PUBLICATIONS_PAGE,
  PUBLICATION_READERS,
  PublicationView,
  PublishFiguresCommand,
  PublishInput,
  ScopeFigures,
} from '@ros/publications';
import { NEXT_CURSOR } from '../entries/entries.controller';
import { ApiAnswer, ApiJsonBody, ApiQueryInput } from '../openapi/documented';
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
      'A PCC publishes regional figures and their own force’s, not another force’s alone (403). A scope naming a force that is not one of its operation’s is refused (422 force-not-in-operation).',
  })
  @ApiJsonBody(PublishInput)
  @ApiAnswer(201, PublicationView, 'Published: the figures as frozen (no drift yet)')
  @ApiRefusals(401, 403, 404, 422)
  publish(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<PublicationView> {
    return this.commands.execute(PublishFiguresCommand.create(body, actor));
  }

  @Get()
  @Roles(...PUBLICATION_READERS)
  @ApiOperation({
    summary: 'The publications, newest first, a page at a time, each with its drift',
    description:
      'For PCCs, analysts and admins (403 for a coordinator). ' +
      `Pages of \`limit\` (1 to ${PUBLICATIONS_PAGE.max}, ${PUBLICATIONS_PAGE.default} by default); ` +
      `when there are more, the next page's cursor is in the \`${NEXT_CURSOR}\` header.`,
  })
  @ApiQueryInput(ListPublicationsInput)
  @ApiAnswer(200, [PublicationView], 'A page of publications, newest first, each with its drift', {
    headers: {
      [NEXT_CURSOR]: {
        description: 'When there is a next page: give it as `cursor` for that page.',
        schema: { type: 'string' },
      },
    },
  })
  @ApiRefusals(400, 401, 403)
  async list(
    @Query() query: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<PublicationView[]> {
    const page = await this.queries.execute(ListPublicationsQuery.create(actor, query));
    if (page.nextCursor) response.header(NEXT_CURSOR, page.nextCursor);
    return page.items;
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
