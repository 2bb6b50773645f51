/** A summary-shaped answer (five forces, each with its figures and rates): about 4 KB of JSON. */
export const cachedAnswer = {
  asOf: '2026-11-23T00:00:00.000Z',
  position: '1000000',
  regional: figures(100),
  forces: ['avon-and-somerset', 'devon-and-cornwall', 'dorset', 'gloucestershire', 'wiltshire'].map(
    (force, index) => ({
      force,
      name: force.replace(/-/g, ' '),
      population: 500_000 + index * 100_000,
      populationSource: 'ONS mid-2022 estimates',
      totals: figures(20 + index),
      per100k: figures(3 + index),
    }),
  ),
};

function figures(scale: number) {
  return {
    entries: scale * 9,
    warrants: scale,
    arrests: scale * 2,
    seizures: scale,
    countyLinesClosed: Math.round(scale / 10),
    peopleSafeguarded: scale * 3,
    disruptions: scale,
    drugsSeizedGrams: scale * 123.4,
    cashSeizedPence: scale * 10_000,
    weaponsSeized: Math.round(scale / 5),
    vehiclesRecovered: Math.round(scale / 7),
  };
}
