import { deciderSpec } from '../../../testing/src/decider-spec';
import {
  decidePopulation,
  evolvePopulation,
  initialPopulationState,
  type PopulationEstimated,
} from './population';

const spec = deciderSpec({
  decide: decidePopulation,
  evolve: evolvePopulation,
  initialState: initialPopulationState,
});

const dorset2022: PopulationEstimated = {
  type: 'PopulationEstimated',
  data: {
    force: 'dorset',
    population: 779770,
    source: 'Dorset Council + BCP Council',
    appliesFrom: '2000-01-01',
  },
};

describe('a force’s population estimates', () => {
  it('records a new estimate', () =>
    spec
      .given([dorset2022])
      .when({
        type: 'EstimatePopulation',
        data: { ...dorset2022.data, population: 800000, appliesFrom: '2024-06-30' },
      })
      .then([
        {
          type: 'PopulationEstimated',
          data: { ...dorset2022.data, population: 800000, appliesFrom: '2024-06-30' },
        },
      ]));

  it('treats the same estimate for the same day as a retry', () =>
    spec
      .given([dorset2022])
      .when({ type: 'EstimatePopulation', data: dorset2022.data })
      .thenNothingHappens());

  it('replaces the estimate for a day with a corrected one', () =>
    spec
      .given([dorset2022])
      .when({ type: 'EstimatePopulation', data: { ...dorset2022.data, population: 779771 } })
      .then([{ type: 'PopulationEstimated', data: { ...dorset2022.data, population: 779771 } }]));
});
