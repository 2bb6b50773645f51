import { figureInWords, valueInWords } from '../src/publications/figure-words';
import { scopeInWords } from '../src/publications/scope-words';

/** A drifted figure's path, and a publication's scope, as a PCC reads them. */
describe('publications in words', () => {
  const collaboration = {
    forces: [{ force: 'dorset', name: 'Dorset Police' }],
    operations: [
      {
        operation: 'scorpion',
        name: 'Operation Scorpion',
        totals: { seizures: { 'class-a-drugs': { unit: 'g' } } },
      },
    ],
    regional: { seizures: { 'class-a-drugs': { unit: 'g' } } },
  };

  it.each([
    ['regional.arrests', 'Region: arrests'],
    ['totals.safeguarded.children', 'Region: children safeguarded'],
    ['byForce.wiltshire.disruptions.pursue', 'Wiltshire: disruptions (pursue)'],
    ['per1000.dorset.arrests', 'Dorset: arrests per 1,000 population'],
    ['per1000.dorset.population', 'Dorset: population'],
    ['forces.dorset.totals.countyLinesClosed', 'Dorset Police: county lines closed'],
    ['forces.dorset.per1000.warrants', 'Dorset Police: warrants per 1,000 population'],
    ['forces.dorset.population', 'Dorset Police: population'],
    ['operations.scorpion.totals.arrests', 'Operation Scorpion: arrests'],
    ['regional.seizures.class-a-drugs.quantity', 'Region: class a drugs: quantity'],
    ['forces.wiltshire.totals.arrests', 'Wiltshire: arrests'],
    ['operations.aardvark.totals.warrants', 'aardvark: warrants'],
  ])('%s reads “%s”', (figure, words) => {
    expect(figureInWords(figure, collaboration)).toBe(words);
  });

  it.each([
    ['regional.arrests', 1234, '1,234'],
    ['regional.seizures.cash.quantity', 12500.5, '£12,500.50'],
    ['byForce.dorset.estimatedValueGBP', 20000, '£20,000.00'],
    ['forces.dorset.per1000.arrests', 0.0175, '0.018'],
    ['forces.dorset.population', 790123, '790,123'],
    ['regional.seizures.class-a-drugs.quantity', 250.5, '250.5 g'],
    ['operations.scorpion.totals.seizures.class-a-drugs.quantity', 250.5, '250.5 g'],
  ])('%s of %d reads %s', (figure, value, words) => {
    expect(valueInWords(figure, value, collaboration)).toBe(words);
  });

  it('says what a scope covers', () => {
    const operations = [{ id: 'scorpion', name: 'Operation Scorpion' }];
    expect(scopeInWords({})).toBe('The whole collaboration summary');
    expect(
      scopeInWords(
        { operation: 'scorpion', phase: 5, force: 'dorset', from: '2023-06-26', to: '2023-07-02' },
        operations,
      ),
    ).toBe('Operation Scorpion, phase 5; Dorset only; 26 Jun 2023 to 2 Jul 2023');
    expect(scopeInWords({ operation: 'viper', from: '2024-03-04' })).toBe('viper; from 4 Mar 2024');
  });
});
