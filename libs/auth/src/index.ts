export * from './auth.module';
export * from './guards/access.decorators';
export * from './issue-token/issue-token.command';
export * from './issue-token/issue-token.input';
export * from './create-user/create-user.command';
export * from './create-user/create-user.input';
export * from './list-users/list-users.query';
export * from './users/passwords';
