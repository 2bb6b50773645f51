import { EventStore1763800000000 } from './1763800000000-event-store';
import { Users1763800000001 } from './1763800000001-users';
import { ReadSide1763800000002 } from './1763800000002-read-side';

/** Every migration, oldest first; they run on start. */
export const MIGRATIONS = [EventStore1763800000000, Users1763800000001, ReadSide1763800000002];
