import { IsString, Length } from 'class-validator';
import { IsStrongEnoughPassword } from '../users/password-rule';

export class ChangePasswordInput {
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @IsStrongEnoughPassword()
  newPassword!: string;
}
