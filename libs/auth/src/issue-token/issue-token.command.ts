import { Command } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { FORCE_IDS, ROLES, type ForceId, type Role } from '@ros/domain';
import { validated } from '@ros/platform';
import { IssueTokenInput } from './issue-token.input';

/** Who a user is: their role, and the force a coordinator or PCC belongs to. */
export class UserIdentity {
  @ApiProperty()
  username!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({
    type: 'string',
    enum: [...FORCE_IDS, null],
    nullable: true,
    description: 'A coordinator’s or PCC’s force; null for an admin or analyst.',
  })
  force!: ForceId | null;
}

export class IssuedToken {
  @ApiProperty({ description: 'Send it as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({
    type: 'integer',
    description: 'Seconds until it expires (TOKEN_TTL_SECONDS, 900 unless set).',
    example: 900,
  })
  expiresIn!: number;

  @ApiProperty({ type: () => UserIdentity })
  user!: UserIdentity;
}

export class IssueTokenCommand extends Command<IssuedToken> {
  private constructor(
    readonly input: IssueTokenInput,
    /** Where the request came from, for counting failures per address. */
    readonly address: string | null,
  ) {
    super();
  }

  static create(body: unknown, address?: string | null): IssueTokenCommand {
    return new IssueTokenCommand(validated(IssueTokenInput, body), address || null);
  }
}
