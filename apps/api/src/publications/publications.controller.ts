import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@ros/auth';
import type { Actor } from '@ros/domain';
import {
  GetPublicationsQuery,
  PublishFiguresCommand,
  PublishInput,
  type PublicationView,
} from '@ros/projections';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('publications')
@ApiBearerAuth()
@Controller('api/publications')
export class PublicationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin', 'pcc')
  @ApiOperation({ summary: 'Freeze the figures of a scope as known now, to publish them' })
  @ApiBody({ type: PublishInput })
  @ApiRefusals(400, 401, 403, 404)
  publish(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<PublicationView> {
    return this.commands.execute(PublishFiguresCommand.create(body, actor));
  }

  @Get()
  @ApiOperation({ summary: 'Every publication, newest first, with its drift from today’s figures' })
  @ApiRefusals(401)
  list(): Promise<PublicationView[]> {
    return this.queries.execute(new GetPublicationsQuery());
  }

  @Get(':id')
  @ApiOperation({ summary: 'One publication: its frozen figures and their drift' })
  @ApiRefusals(401, 404)
  async get(@Param('id') id: string): Promise<PublicationView> {
    const [publication] = await this.queries.execute(new GetPublicationsQuery(id));
    return publication;
  }
}
