import { IsString, Length } from 'class-validator';

export class RetractEntryInput {
  /** Why the entry no longer counts: kept in its history for good. */
  @IsString()
  @Length(1, 500)
  reason!: string;
}
