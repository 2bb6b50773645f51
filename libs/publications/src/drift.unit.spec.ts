import { driftBetween } from './drift';

describe('drift of published figures', () => {
  it('lists each figure that changed since, with both values', () => {
    const published = {
      totals: { arrests: 14, seizures: {} },
      byForce: { dorset: { arrests: 14 } },
    };
    const current = {
      totals: { arrests: 15, seizures: { cash: { quantity: 100 } } },
      byForce: { dorset: { arrests: 15 } },
    };
    expect(driftBetween(published, current)).toEqual([
      { figure: 'byForce.dorset.arrests', published: 14, current: 15 },
      { figure: 'totals.arrests', published: 14, current: 15 },
      { figure: 'totals.seizures.cash.quantity', published: 0, current: 100 },
    ]);
  });

  it('finds none when nothing changed', () => {
    expect(driftBetween({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});
