import { isDateInRange, londonDateOf } from './dates';

describe('UK calendar days', () => {
  it.each([
    // Spring: clocks go forward at 01:00 UTC on the last Sunday of March.
    ['2024-03-30T23:30:00Z', '2024-03-30'], // GMT: still the 30th
    ['2024-03-31T00:30:00Z', '2024-03-31'], // GMT, just before the change
    ['2024-03-31T23:30:00Z', '2024-04-01'], // BST: already 00:30 on the 1st
    // Autumn: clocks go back at 01:00 UTC on the last Sunday of October.
    ['2024-10-26T23:30:00Z', '2024-10-27'], // BST: 00:30 on the 27th
    ['2024-10-27T00:59:59Z', '2024-10-27'], // 01:59:59 BST
    ['2024-10-27T23:30:00Z', '2024-10-27'], // GMT again: still the 27th
    ['2023-06-25T23:30:00Z', '2023-06-26'], // summer midnight is 23:00 UTC
    ['2023-12-31T23:59:59Z', '2023-12-31'], // winter midnight is UTC's
  ])('%s happened on %s in the UK', (instant, day) => {
    expect(londonDateOf(instant)).toBe(day);
  });

  it('accepts real dates from 2000 to 2099 only', () => {
    expect(['2000-01-01', '2099-12-31', '2024-02-29'].map(isDateInRange)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['1999-12-31', '2100-01-01', '2023-02-29', '0000-01-01'].map(isDateInRange)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
