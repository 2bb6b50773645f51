import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@ros/platform';
import { CreateUserHandler } from './create-user/create-user.handler';
import { EnsureAdmin } from './ensure-admin';
import { AccessGuard } from './guards/access.guard';
import { IssueTokenHandler } from './issue-token/issue-token.handler';
import { ListUsersHandler } from './list-users/list-users.handler';
import { UserRecord } from './users/user.record';
import { keptTokenSecret } from './tokens/kept-token-secret';
import { UsersRepository } from './users/users.repository';

@Module({})
export class AuthModule {
  static forRoot(config: Pick<AppConfig, 'tokenSecret' | 'dataDir'>): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        CqrsModule,
        TypeOrmModule.forFeature([UserRecord]),
        JwtModule.register({
          secret: config.tokenSecret ?? keptTokenSecret(config.dataDir),
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      providers: [
        UsersRepository,
        IssueTokenHandler,
        CreateUserHandler,
        ListUsersHandler,
        EnsureAdmin,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
