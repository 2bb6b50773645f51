import type { ForceId, Offence, OperationScope, Partner } from '@ros/domain';

/**
 * Figures one force released for one phase, each reproduced exactly by the demo's
 * entries. `source` names the release; approximate releases ("just under 6,000") are
 * given a value that keeps to them, said in `note`.
 */
export interface Released {
  source: string;
  note?: string;
  /** Every entry on this UK day (a single day of action); else spread over the phase. */
  day?: string;
  /** What the arrests were for; drug supply when not given. */
  offence?: Offence;
  location?: string;
  assistedBy?: Partner[];
  /** Not a released figure: demo data where no per-force figure was released. */
  illustrative?: true;
  warrants?: number;
  arrests?: number;
  countyLinesClosed?: number;
  welfareVisits?: number;
  vehicleStops?: number;
  childrenSafeguarded?: number;
  adultsSafeguarded?: number;
  cashGBP?: number;
  cannabisPlants?: number;
  firearms?: number;
  /** Drugs released only as a street value, without a weight or a class. */
  drugsValueGBP?: number;
  vehiclesSeized?: number;
  plantMachinerySeized?: number;
  stolenPropertyRecovered?: number;
}

export type ReleasedFigure = Exclude<
  keyof Released,
  'source' | 'note' | 'day' | 'offence' | 'location' | 'assistedBy' | 'illustrative'
>;

export interface DemoPhase {
  number: number;
  name: string;
  startsOn: string;
  /** Null: still running, left open. */
  endsOn: string | null;
  /** National weeks every entry of the phase also counts toward. */
  tags: string[];
  released: Partial<Record<ForceId, Released>>;
}

export interface DemoOperation {
  id: string;
  name: string;
  scope: OperationScope;
  forces: ForceId[];
  description: string;
  phases: DemoPhase[];
}
