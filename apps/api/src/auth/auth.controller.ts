import { Body, Controller, Get, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ChangePasswordCommand,
  ChangePasswordInput,
  CurrentSession,
  DisableUserCommand,
  EnableUserCommand,
  ResetPasswordCommand,
  ResetPasswordInput,
  SignOutCommand,
  CreatedUser,
  CreateUserCommand,
  CreateUserInput,
  CurrentActor,
  IssuedToken,
  IssueTokenCommand,
  IssueTokenInput,
  ListedUser,
  ListUsersQuery,
  AnyRole,
  Public,
  Roles,
} from '@ros/auth';
import type { Actor } from '@ros/domain';
import { ApiAnswer, ApiJsonBody } from '../openapi/documented';
import { ApiUsernameParam } from '../openapi/params';
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
  token(@Body() body: unknown, @Ip() address: string): Promise<IssuedToken> {
    return this.commands.execute(IssueTokenCommand.create(body, address));
  }

  @Post('auth/logout')
  @AnyRole()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the token sent: it is refused (401) from then on' })
  @ApiResponse({ status: 204, description: 'Signed out' })
  @ApiRefusals(401, 403)
  logout(@CurrentSession() session: string): Promise<void> {
    return this.commands.execute(SignOutCommand.create(session));
  }

  @Post('auth/password')
  @AnyRole()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Change one’s own password, giving the current one; every other token of one’s own is revoked',
  })
  @ApiJsonBody(ChangePasswordInput)
  @ApiResponse({ status: 204, description: 'Changed; the token sent stays valid' })
  @ApiRefusals(401, 403)
  changePassword(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @CurrentSession() session: string,
  ): Promise<void> {
    return this.commands.execute(ChangePasswordCommand.create(body, actor, session));
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

  @Post('users/:username/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Disable a user: sign-in refused, every token of theirs refused from the next request',
  })
  @ApiUsernameParam()
  @ApiAnswer(200, ListedUser, 'The user, disabled')
  @ApiRefusals(400, 401, 403, 404, 422)
  disableUser(@Param('username') username: string, @CurrentActor() actor: Actor) {
    return this.commands.execute(DisableUserCommand.create(username, actor));
  }

  @Post('users/:username/enable')
  @HttpCode(200)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Re-enable a disabled user: they can sign in again' })
  @ApiUsernameParam()
  @ApiAnswer(200, ListedUser, 'The user, enabled')
  @ApiRefusals(400, 401, 403, 404)
  enableUser(@Param('username') username: string, @CurrentActor() actor: Actor) {
    return this.commands.execute(EnableUserCommand.create(username, actor));
  }

  @Post('users/:username/password')
  @HttpCode(204)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Set a user’s password; every token of theirs is revoked and their lockout lifted',
  })
  @ApiUsernameParam()
  @ApiJsonBody(ResetPasswordInput)
  @ApiResponse({ status: 204, description: 'Set' })
  @ApiRefusals(401, 403, 404)
  resetPassword(
    @Param('username') username: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.commands.execute(ResetPasswordCommand.create(username, body, actor));
  }
}
