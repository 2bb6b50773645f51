import { IsString, Length } from 'class-validator';

export class IssueTokenInput {
  @IsString()
  @Length(1, 64)
  username!: string;

  @IsString()
  @Length(1, 200)
  password!: string;
}
