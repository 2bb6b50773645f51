import { FORCE_IDS, ROLES, type ForceId, type Role } from '@ros/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsStrongEnoughPassword } from '../users/password-rule';

export class CreateUserInput {
  /** 3 to 64 letters, digits or . _ @ -; unique whatever its case. */
  @Matches(/^[a-zA-Z0-9._@-]{3,64}$/, {
    message: 'username must be 3 to 64 letters, digits or . _ @ -',
  })
  username!: string;

  /** 12 to 200 characters, not all of them spaces. */
  @IsStrongEnoughPassword()
  password!: string;

  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;

  /** Required for coordinator and pcc; forbidden for admin and analyst. */
  @IsOptional()
  @IsIn(FORCE_IDS, { message: `force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: ForceId;
}
