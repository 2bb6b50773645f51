import { Inject, UnauthorizedException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@ros/platform';
import type { TokenClaims } from '../tokens/token-claims';
import { verifyPassword } from '../users/passwords';
import { UsersRepository } from '../users/users.repository';
import { IssueTokenCommand, type IssuedToken } from './issue-token.command';

// Checked when the user is unknown, so a wrong username costs as long as a wrong password.
const NO_SUCH_USER =
  'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

@CommandHandler(IssueTokenCommand)
export class IssueTokenHandler implements ICommandHandler<IssueTokenCommand> {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ input }: IssueTokenCommand): Promise<IssuedToken> {
    const user = await this.users.find(input.username);
    const valid = await verifyPassword(input.password, user?.passwordHash ?? NO_SUCH_USER);
    if (!user || !valid) throw new UnauthorizedException('Invalid username or password');
    const claims: TokenClaims = { sub: user.username, role: user.role, force: user.force };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.tokenTtlSeconds }),
      tokenType: 'Bearer',
      expiresIn: this.config.tokenTtlSeconds,
      user: { username: user.username, role: user.role, force: user.force },
    };
  }
}
