import type { ForceId, Role } from '@ros/domain';
import type { DemoOperation } from './demo-region.types';
import { RAGWORT } from './ragwort';
import { SCORPION } from './scorpion';
import { VIPER } from './viper';

/** The demo region: the three operations, in the order they are seeded. */
export const DEMO_OPERATIONS: DemoOperation[] = [SCORPION, VIPER, RAGWORT];

/**
 * An entry first logged with a wrong figure, then corrected to the released one, so
 * that the released figure is what the totals show and the first one stays in history.
 * `entry` is a key made by entriesOf (operation/phase/force/figure/part).
 */
export interface DemoCorrection {
  entry: string;
  firstLogged: Record<string, number>;
  reason: string;
  /** Corrected after the demo publication, which therefore shows drift. */
  afterPublication?: true;
}

export const DEMO_CORRECTIONS: DemoCorrection[] = [
  {
    entry: 'scorpion/1/avon-and-somerset/warrants/1',
    firstLogged: { count: 5 },
    reason: 'final collated results',
  },
  {
    entry: 'scorpion/2/devon-and-cornwall/cashGBP/1',
    firstLogged: { quantity: 117_290 },
    reason: 'amount mistyped: £117,290 for £117,920',
  },
  {
    entry: 'scorpion/7/wiltshire/welfareVisits/1',
    firstLogged: { count: 20 },
    reason: 'final collated results: the visits of the whole first day',
  },
  {
    entry: 'scorpion/5/dorset/arrests/3',
    firstLogged: { count: 3 },
    reason: 'final collated results: one more arrest on the last day',
    afterPublication: true,
  },
];

/** An entry logged twice (a second id for the same thing), the copy then retracted. */
export interface DemoRetraction {
  duplicateOf: string;
  reason: string;
}

export const DEMO_RETRACTIONS: DemoRetraction[] = [
  {
    duplicateOf: 'scorpion/2/dorset/arrests/2',
    reason: 'logged twice over a bad connection: a duplicate of the entry before',
  },
  {
    duplicateOf: 'scorpion/7/avon-and-somerset/cashGBP/1',
    reason: 'the same cash seizure logged by two officers',
  },
];

/** Published before the correction marked afterPublication: its figures drift. */
export const DEMO_PUBLICATION = {
  title: 'Operation Scorpion phase 5: results so far (demo)',
  scope: { operation: 'scorpion', phase: 5 },
};

/** One demo user per role beside the admin the server ensures; passwords are generated. */
export const DEMO_USERS: { username: string; role: Role; force?: ForceId }[] = [
  {
    username: 'demo-avon-and-somerset-coordinator',
    role: 'coordinator',
    force: 'avon-and-somerset',
  },
  {
    username: 'demo-devon-and-cornwall-coordinator',
    role: 'coordinator',
    force: 'devon-and-cornwall',
  },
  { username: 'demo-dorset-coordinator', role: 'coordinator', force: 'dorset' },
  { username: 'demo-gloucestershire-coordinator', role: 'coordinator', force: 'gloucestershire' },
  { username: 'demo-wiltshire-coordinator', role: 'coordinator', force: 'wiltshire' },
  { username: 'demo-analyst', role: 'analyst' },
  { username: 'demo-dorset-pcc', role: 'pcc', force: 'dorset' },
];
