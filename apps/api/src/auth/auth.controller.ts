import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateUserCommand,
  CreateUserInput,
  CurrentActor,
  IssueTokenCommand,
  IssueTokenInput,
  Public,
  Roles,
  type CreatedUser,
  type IssuedToken,
} from '@ros/auth';
import type { Actor } from '@ros/domain';
import { ApiRefusals } from '../openapi/refusals';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  @Post('auth/token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for a short-lived bearer token' })
  @ApiBody({ type: IssueTokenInput })
  @ApiRefusals(400, 401)
  token(@Body() body: unknown): Promise<IssuedToken> {
    return this.commands.execute(IssueTokenCommand.create(body));
  }

  @Post('users')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Create a user; force is required for coordinator and pcc, forbidden otherwise',
  })
  @ApiBody({ type: CreateUserInput })
  @ApiRefusals(400, 401, 403, 409)
  createUser(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<CreatedUser> {
    return this.commands.execute(CreateUserCommand.create(body, actor));
  }
}
