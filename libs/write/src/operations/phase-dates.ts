import { EARLIEST_DATE, InvalidInput, isDateInRange, LATEST_DATE } from '@ros/domain';

/** Refuses any of the named dates that is not a real date from 2000 to 2099 (400). */
export const assertDatesInRange = (dates: Record<string, string | undefined>): void => {
  const problems = Object.entries(dates)
    .filter(([, date]) => date !== undefined && !isDateInRange(date))
    .map(([field]) => `${field} must be a real date from ${EARLIEST_DATE} to ${LATEST_DATE}`);
  if (problems.length) throw new InvalidInput(problems);
};
