import { driftBetween, figuresByPath } from './drift';

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

describe('drift of a whole-summary publication', () => {
  const operation = (id: string, warrants: number) => ({
    operation: id,
    name: `Operation ${id}`,
    totals: { warrants },
  });

  it('names list items by id, so an operation registered since is new figures and shifts none', () => {
    const published = {
      forces: [{ force: 'dorset', population: 779770, totals: { warrants: 10 } }],
      operations: [operation('scorpion', 10), operation('viper', 4)],
    };
    const current = {
      forces: [{ force: 'dorset', population: 779770, totals: { warrants: 20 } }],
      operations: [operation('aardvark', 7), operation('scorpion', 13), operation('viper', 4)],
    };
    expect(driftBetween(published, current)).toEqual([
      { figure: 'forces.dorset.totals.warrants', published: 10, current: 20 },
      { figure: 'operations.aardvark.totals.warrants', published: 0, current: 7 },
      { figure: 'operations.scorpion.totals.warrants', published: 10, current: 13 },
    ]);
  });

  it('keys items without an id by their index', () => {
    expect(figuresByPath({ list: [{ a: 1 }, 2] })).toEqual(
      new Map([
        ['list.0.a', 1],
        ['list.1', 2],
      ]),
    );
  });
});
