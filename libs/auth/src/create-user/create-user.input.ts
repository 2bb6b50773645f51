import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FORCE_IDS, ROLES, type ForceId, type Role } from '@ros/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsStrongEnoughPassword } from '../users/password-rule';

export class CreateUserInput {
  @ApiProperty({
    description: 'Letters, digits or . _ @ -; unique whatever its case (409).',
    example: 'dorset-coordinator',
  })
  @Matches(/^[a-zA-Z0-9._@-]{3,64}$/, {
    message: 'username must be 3 to 64 letters, digits or . _ @ -',
  })
  username!: string;

  @ApiProperty({
    description: 'Counted in characters as people count them (an emoji is one); not only spaces.',
  })
  @IsStrongEnoughPassword()
  password!: string;

  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({
    description: 'Required for a coordinator and a pcc; must not be given for an admin or analyst.',
  })
  @IsOptional()
  @IsIn(FORCE_IDS, { message: `force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: ForceId;
}
