import { Conflict } from '@ros/domain';
import { WrongExpectedRevision } from '@ros/event-store';

const ATTEMPTS = 20;

/**
 * Runs a read-decide-append cycle again when another writer appended to the stream
 * first: the retry re-reads the stream and decides on what is there now.
 */
export const retryOnConflict = async <T>(attempt: () => Promise<T>): Promise<T> => {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
      if (tries >= ATTEMPTS)
        throw new Conflict(
          `${error.streamName} kept changing while this request was made; try again`,
        );
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * Math.min(100, 2 ** tries)),
      );
    }
  }
};
