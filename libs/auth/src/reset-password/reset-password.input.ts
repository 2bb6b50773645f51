import { IsStrongEnoughPassword } from '../users/password-rule';

export class ResetPasswordInput {
  @IsStrongEnoughPassword()
  password!: string;
}
