import { createSecretKey } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@ros/platform';
import { CreateUserHandler } from './create-user/create-user.handler';
import { EnsureAdmin } from './ensure-admin';
import { AccessGuard } from './guards/access.guard';
import { IdpTokens, OIDC_SETTINGS } from './oidc/idp-tokens';
import { IssueTokenHandler } from './issue-token/issue-token.handler';
import { ListUsersHandler } from './list-users/list-users.handler';
import { ChangePasswordHandler } from './change-password/change-password.handler';
import { DisableUserHandler } from './disable-user/disable-user.handler';
import { EnableUserHandler } from './enable-user/enable-user.handler';
import { ResetPasswordHandler } from './reset-password/reset-password.handler';
import { SessionsRepository } from './sessions/sessions.repository';
import { SignInFailuresRepository } from './sign-in-protection/sign-in-failures.repository';
import { SignInThrottle } from './sign-in-protection/sign-in-throttle';
import { SignOutHandler } from './sign-out/sign-out.handler';
import { UserRecord } from './users/user.record';
import { keptTokenSecret } from './tokens/kept-token-secret';
import { TokenSubject } from './tokens/token-subject';
import { UsersRepository } from './users/users.repository';

@Module({})
export class AuthModule {
  static forRoot(config: Pick<AppConfig, 'tokenSecret' | 'dataDir' | 'oidc'>): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        CqrsModule,
        TypeOrmModule.forFeature([UserRecord]),
        JwtModule.register({
          // A key object, not the string: given a string, jsonwebtoken first tries to read
          // it as a public key and catches the failure, on every verification (about 2 ms).
          secret: createSecretKey(
            Buffer.from(config.tokenSecret ?? keptTokenSecret(config.dataDir)),
          ),
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      providers: [
        UsersRepository,
        IssueTokenHandler,
        CreateUserHandler,
        ListUsersHandler,
        SessionsRepository,
        SignInFailuresRepository,
        SignInThrottle,
        SignOutHandler,
        ChangePasswordHandler,
        ResetPasswordHandler,
        DisableUserHandler,
        EnableUserHandler,
        EnsureAdmin,
        TokenSubject,
        { provide: OIDC_SETTINGS, useValue: config.oidc },
        IdpTokens,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TokenSubject],
    };
  }
}
