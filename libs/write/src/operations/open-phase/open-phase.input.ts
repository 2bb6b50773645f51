import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

export class OpenPhaseInput {
  @IsInt()
  @Min(1)
  number!: number;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn!: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;
}
