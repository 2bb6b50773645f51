import {
  FORCE_IDS,
  OPERATION_ID,
  OPERATION_SCOPES,
  type ForceId,
  type OperationScope,
} from '@ros/domain';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

export class RegisterOperationInput {
  /** A slug such as `scorpion`, `viper` or `ragwort`. */
  @Matches(OPERATION_ID, {
    message: 'id must be a lowercase slug of 2 to 40 characters, starting with a letter',
  })
  id!: string;

  @IsString()
  @Length(1, 100)
  name!: string;

  @IsIn(OPERATION_SCOPES, { message: `scope must be one of: ${OPERATION_SCOPES.join(', ')}` })
  scope!: OperationScope;

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(FORCE_IDS, {
    each: true,
    message: `each of forces must be one of: ${FORCE_IDS.join(', ')}`,
  })
  forces!: ForceId[];

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}
