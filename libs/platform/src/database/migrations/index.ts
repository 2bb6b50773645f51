import { EventStore1763800000000 } from './1763800000000-event-store';
import { Users1763800000001 } from './1763800000001-users';
import { ReadSide1763800000002 } from './1763800000002-read-side';
import { PopulationAsEvents1763800000003 } from './1763800000003-population-as-events';
import { UsernamesIgnoreCase1763800000004 } from './1763800000004-usernames-ignore-case';
import { ReadModelLayout1763800000005 } from './1763800000005-read-model-layout';
import { AuditTrail1763800000006 } from './1763800000006-audit-trail';
import { SignInProtection1763800000007 } from './1763800000007-sign-in-protection';
import { AppendInOneStatement1763800000008 } from './1763800000008-append-in-one-statement';
import { RelayCheckpoints1763800000010 } from './1763800000010-relay-checkpoints';
import { AppendToStreams1763800000011 } from './1763800000011-append-to-streams';

/** Every migration, oldest first; they run on start. */
export const MIGRATIONS = [
  EventStore1763800000000,
  Users1763800000001,
  ReadSide1763800000002,
  PopulationAsEvents1763800000003,
  UsernamesIgnoreCase1763800000004,
  ReadModelLayout1763800000005,
  AuditTrail1763800000006,
  SignInProtection1763800000007,
  AppendInOneStatement1763800000008,
  RelayCheckpoints1763800000010,
  AppendToStreams1763800000011,
];
