import { Inject, UnauthorizedException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@ros/platform';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SignInThrottle } from '../sign-in-protection/sign-in-throttle';
import type { TokenClaims } from '../tokens/token-claims';
import { UNMATCHABLE_HASH, verifyPassword } from '../users/passwords';
import { UsersRepository } from '../users/users.repository';
import { IssueTokenCommand, type IssuedToken } from './issue-token.command';

/** One answer for every refusal, so it never tells who has an account or who is disabled. */
export const SIGN_IN_REFUSED = 'Invalid username or password';

@CommandHandler(IssueTokenCommand)
export class IssueTokenHandler implements ICommandHandler<IssueTokenCommand> {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: SignInThrottle,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ input, address }: IssueTokenCommand): Promise<IssuedToken> {
    await this.throttle.refuseIfLocked(input.username, address);
    const user = await this.users.find(input.username);
    // Always one scrypt: an unknown user costs what a wrong password costs.
    const valid = await verifyPassword(input.password, user?.passwordHash ?? UNMATCHABLE_HASH);
    if (!user || !valid || user.disabledAt) {
      await this.throttle.failed(input.username, address);
      throw new UnauthorizedException(SIGN_IN_REFUSED);
    }
    await this.throttle.forget(user.username);
    const ttl = this.config.tokenTtlSeconds;
    const claims: TokenClaims = { sub: user.username, role: user.role, force: user.force };
    const session = await this.sessions.open(user.username, ttl);
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: ttl, jwtid: session }),
      tokenType: 'Bearer',
      expiresIn: ttl,
      user: { username: user.username, role: user.role, force: user.force },
    };
  }
}
