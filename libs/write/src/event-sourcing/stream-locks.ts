import { Injectable } from '@nestjs/common';

/**
 * Runs one read-decide-append cycle at a time per stream in this process. Five forces
 * still write in parallel (one stream each); a burst on one stream queues instead of
 * retrying in a storm, and a racing retry of the same entry sees the first one's event.
 * Other processes are still kept apart by the store's expected revision.
 */
@Injectable()
export class StreamLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(streamName: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamName) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(streamName, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(streamName) === tail) this.tails.delete(streamName);
    }
  }
}
