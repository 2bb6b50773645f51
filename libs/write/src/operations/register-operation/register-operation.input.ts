import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DESCRIPTION_LENGTH,
  FORCE_IDS,
  NAME_LENGTH,
  OPERATION_ID,
  OPERATION_SCOPES,
  type ForceId,
  type OperationScope,
} from '@ros/domain';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { HoldsNoPersonalData, IsNotBlank } from '@ros/platform';

export class RegisterOperationInput {
  @ApiProperty({
    description: 'A lowercase slug starting with a letter, such as `scorpion`; 409 if taken.',
    example: 'scorpion',
  })
  @Matches(OPERATION_ID, {
    message: 'id must be a lowercase slug of 2 to 40 characters, starting with a letter',
  })
  id!: string;

  @ApiProperty({ example: 'Operation Scorpion' })
  @IsString()
  @Length(1, NAME_LENGTH)
  @IsNotBlank()
  @HoldsNoPersonalData()
  name!: string;

  @ApiProperty({
    description: '`regional`: two forces or more; `force`: exactly one.',
  })
  @IsIn(OPERATION_SCOPES, { message: `scope must be one of: ${OPERATION_SCOPES.join(', ')}` })
  scope!: OperationScope;

  @ApiProperty({
    description: 'The forces taking part, each once: two or more for `regional`, one for `force`.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'forces must not repeat a force' })
  @IsIn(FORCE_IDS, {
    each: true,
    message: `each of forces must be one of: ${FORCE_IDS.join(', ')}`,
  })
  forces!: ForceId[];

  @ApiPropertyOptional({ description: 'Empty when not given.' })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_LENGTH)
  @HoldsNoPersonalData()
  description?: string;
}
