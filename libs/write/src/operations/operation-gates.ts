import { Injectable } from '@nestjs/common';
import { Semaphore } from 'async-mutex';

/** More entry writes of one operation at once than a process ever has. */
const EVERYONE = 10_000;

/**
 * Keeps the writing of an operation's entries apart from the decisions that rest on them.
 * Closing a phase, or amending its dates, judges the phase's entries; an entry is judged
 * against the phase's dates. Decided side by side, each would pass on what the other had
 * not yet written, and a closed phase would count entries after its end. So, in this
 * process, entries of an operation are written many at once (`entries`), and a decision on
 * its phases waits until none is under way and holds new ones back until it has landed
 * (`phases`). Other API processes are not held back: see docs/architecture.md.
 */
@Injectable()
export class OperationGates {
  private readonly gates = new Map<string, { semaphore: Semaphore; users: number }>();

  /** An entry of `operation` logged, or corrected (its date may move). */
  entries<T>(operation: string, write: () => Promise<T>): Promise<T> {
    return this.through(operation, 1, write);
  }

  /** A decision on `operation`'s phases that rests on their entries. */
  phases<T>(operation: string, decide: () => Promise<T>): Promise<T> {
    return this.through(operation, EVERYONE, decide);
  }

  private async through<T>(operation: string, weight: number, work: () => Promise<T>) {
    const gate = this.gates.get(operation) ?? { semaphore: new Semaphore(EVERYONE), users: 0 };
    this.gates.set(operation, gate);
    gate.users++;
    try {
      return await gate.semaphore.runExclusive(work, weight);
    } finally {
      if (--gate.users === 0) this.gates.delete(operation);
    }
  }
}
