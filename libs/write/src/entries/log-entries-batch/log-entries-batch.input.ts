import { ArrayMaxSize, IsArray } from 'class-validator';

export class LogEntriesBatchInput {
  /** Up to 1,000 entries, each judged on its own exactly as if posted alone. */
  @IsArray()
  @ArrayMaxSize(1000)
  entries!: unknown[];
}
