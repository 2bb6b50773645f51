import { Matches } from 'class-validator';
import { CALENDAR_DATE } from '../phase-dates';

export class ClosePhaseInput {
  /** The phase's last day (UK calendar day): today or earlier, not before its latest entry. */
  @Matches(CALENDAR_DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn!: string;
}
