import { Matches } from 'class-validator';

export class ClosePhaseInput {
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn!: string;
}
