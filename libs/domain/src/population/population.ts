import type { ForceId } from '../forces';

/** People living in a force's area, as a published estimate says, for rates per 1,000. */
export interface PopulationEstimate {
  force: ForceId;
  population: number;
  /** Where the figure comes from, e.g. "ONS mid-2024 estimates, sum of local authorities". */
  source: string;
  /** The first UK calendar day the estimate is used for; earlier days keep the one before. */
  appliesFrom: string;
}

export const POPULATION_LIMITS = { min: 1, max: 100_000_000 } as const;
export const SOURCE_LENGTH = { min: 3, max: 300 } as const;

/** PopulationEstimated: a force's estimate as recorded; a later one for the same day replaces it. */
export interface PopulationEstimated {
  type: 'PopulationEstimated';
  data: PopulationEstimate;
}

export interface EstimatePopulation {
  type: 'EstimatePopulation';
  data: PopulationEstimate;
}

/** A force's estimates as its stream tells them, by the day they apply from. */
export type PopulationState = ReadonlyMap<string, PopulationEstimate>;

export const initialPopulationState = (): PopulationState => new Map();

export const evolvePopulation = (
  state: PopulationState,
  event: PopulationEstimated,
): PopulationState => new Map(state).set(event.data.appliesFrom, event.data);

/** Recording the estimate already recorded for that day again is a retry: nothing new. */
export const decidePopulation = (
  { data }: EstimatePopulation,
  state: PopulationState,
): PopulationEstimated[] => {
  const known = state.get(data.appliesFrom);
  if (known && known.population === data.population && known.source === data.source) return [];
  return [{ type: 'PopulationEstimated', data }];
};

export const populationStream = (force: ForceId): string => `force-${force}`;
