import { IsObject, IsString, Length } from 'class-validator';

export class CorrectEntryInput {
  /** Why the entry is corrected: kept in its history for good. */
  @IsString()
  @Length(1, 500)
  reason!: string;

  /** The full replacement entry, without its entryId. */
  @IsObject()
  entry!: Record<string, unknown>;
}
