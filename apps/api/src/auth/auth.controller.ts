import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreatedUser,
  CreateUserCommand,
  CreateUserInput,
  CurrentActor,
  IssuedToken,
  IssueTokenCommand,
  IssueTokenInput,
  ListedUser,
  ListUsersQuery,
  Public,
  Roles,
} from '@ros/auth';
import type { Actor } from '@ros/domain';
import { ApiAnswer, ApiJsonBody } from '../openapi/documented';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('auth/token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for a short-lived bearer token' })
  @ApiJsonBody(IssueTokenInput)
  @ApiAnswer(200, IssuedToken, 'The token, and who it is for')
  @ApiRefusals(401)
  token(@Body() body: unknown): Promise<IssuedToken> {
    return this.commands.execute(IssueTokenCommand.create(body));
  }

  @Post('users')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Create a user; force is required for coordinator and pcc, forbidden otherwise',
  })
  @ApiJsonBody(CreateUserInput)
  @ApiAnswer(201, CreatedUser, 'Created')
  @ApiRefusals(401, 403, 409)
  createUser(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<CreatedUser> {
    return this.commands.execute(CreateUserCommand.create(body, actor));
  }

  @Get('users')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Every user: username, role, force and when created (never a password)',
  })
  @ApiAnswer(200, [ListedUser], 'Every user, by username')
  @ApiRefusals(401, 403)
  listUsers(): Promise<ListedUser[]> {
    return this.queries.execute(ListUsersQuery.create());
  }
}
