import { Command } from '@nestjs/cqrs';
import type { Role, ForceId } from '@ros/domain';
import { validated } from '@ros/platform';
import { IssueTokenInput } from './issue-token.input';

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: { username: string; role: Role; force: ForceId | null };
}

export class IssueTokenCommand extends Command<IssuedToken> {
  private constructor(readonly input: IssueTokenInput) {
    super();
  }

  static create(body: unknown): IssueTokenCommand {
    return new IssueTokenCommand(validated(IssueTokenInput, body));
  }
}
