import { FORCE_IDS, ROLES, type ForceId, type Role } from '@ros/domain';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateUserInput {
  @Matches(/^[a-zA-Z0-9._@-]{3,64}$/, {
    message: 'username must be 3 to 64 letters, digits or . _ @ -',
  })
  username!: string;

  @IsString()
  @Length(12, 200, { message: 'password must be 12 to 200 characters long' })
  password!: string;

  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;

  /** Required for coordinator and pcc; forbidden for admin and analyst. */
  @IsOptional()
  @IsIn(FORCE_IDS, { message: `force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: ForceId;
}
