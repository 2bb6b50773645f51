import {
  CorrectEntryCommand,
  LogEntryCommand,
  RetractEntryCommand,
  type EntryReceipt,
} from '@ros/write';
import { demoEntryId } from '../demo-ids';
import type { DemoEntry } from '../region/entries-of';
import type { DemoCorrection, DemoRetraction } from '../region/region';
import { demoProvenance, type DemoWrites, type SeedTally } from './demo-writes';

/** One run of the seed: what it writes through, and what it has done so far. */
export class SeedRun {
  /** The furthest position any entry write of this run answered, repeats included. */
  lastPosition = -1n;

  constructor(
    readonly writes: DemoWrites,
    readonly correlationId: string,
    /** The store's head when the run began: a change answered beyond it is this run's. */
    private readonly headBefore: bigint,
    readonly tally: SeedTally,
  ) {}

  provenance() {
    return demoProvenance(this.correlationId);
  }

  /** Logs an entry, as first logged when a correction follows; a repeat adds nothing. */
  async log(entry: DemoEntry, correction?: DemoCorrection): Promise<void> {
    const body = { ...entry.body, ...correction?.firstLogged };
    const { outcome, receipt } = await this.writes.commands.execute(
      LogEntryCommand.create(entry.operation, entry.phase, body, this.provenance()),
    );
    this.reached(receipt.position);
    if (outcome === 'created') this.tally.entries++;
  }

  /** Replaces what was first logged with the released figure, giving the reason. */
  async correct(entry: DemoEntry, { reason }: DemoCorrection): Promise<void> {
    const { entryId, ...replacement } = entry.body;
    const receipt = await this.writes.commands.execute(
      CorrectEntryCommand.create(
        entry.operation,
        entry.phase,
        entryId,
        { reason, entry: replacement },
        this.provenance(),
      ),
    );
    if (this.changed(receipt)) this.tally.corrections++;
  }

  /** Logs the entry a second time under another id, as a flaky client does, and retracts the copy. */
  async duplicateThenRetract(entry: DemoEntry, { reason }: DemoRetraction): Promise<void> {
    const copy = { ...entry, key: `${entry.key}/duplicate` };
    copy.body = { ...entry.body, entryId: demoEntryId(copy.key) };
    await this.log(copy);
    const receipt = await this.writes.commands.execute(
      RetractEntryCommand.create(
        entry.operation,
        entry.phase,
        copy.body.entryId,
        { reason },
        this.provenance(),
      ),
    );
    if (this.changed(receipt)) this.tally.retractions++;
  }

  private changed(receipt: EntryReceipt): boolean {
    this.reached(receipt.position);
    return BigInt(receipt.position) > this.headBefore;
  }

  private reached(position: string): void {
    if (BigInt(position) > this.lastPosition) this.lastPosition = BigInt(position);
  }
}
