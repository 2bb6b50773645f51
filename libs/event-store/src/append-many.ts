import {
  DuplicateEventId,
  WrongExpectedRevision,
  type EventStore,
  type RecordedEvent,
  type StreamAppend,
  type StreamAppendOutcome,
  type StreamRead,
} from './port';

/**
 * How many appends or reads of one call go to the store at a time when it takes them one
 * by one: enough to share commits, few enough to leave connections to other requests.
 */
const AT_ONCE = 16;

/** A stream named twice in one call would be judged against a revision the call moves. */
export const assertStreamsOnce = (appends: readonly StreamAppend[]): void => {
  const names = new Set(appends.map((append) => append.streamName));
  if (names.size !== appends.length)
    throw new Error('appendToStreams takes each stream at most once per call');
};

/** appendToStreams as one appendToStream per stream, a refusal kept as that one's outcome. */
export const appendOneByOne = (
  store: Pick<EventStore, 'appendToStream'>,
  appends: readonly StreamAppend[],
): Promise<StreamAppendOutcome[]> =>
  inTurns(appends, async ({ streamName, events, expectedRevision }) => {
    try {
      return {
        streamName,
        appended: await store.appendToStream(streamName, events, { expectedRevision }),
      };
    } catch (error) {
      if (error instanceof WrongExpectedRevision || error instanceof DuplicateEventId)
        return { streamName, refused: error };
      throw error;
    }
  });

/** A stream named twice in one read would have two answers. */
export const assertReadsOnce = (reads: readonly StreamRead[]): void => {
  if (new Set(reads.map((read) => read.streamName)).size !== reads.length)
    throw new Error('readStreams takes each stream at most once per call');
};

/** readStreams as one readStream per stream. */
export const readOneByOne = async (
  store: Pick<EventStore, 'readStream'>,
  reads: readonly StreamRead[],
): Promise<Map<string, RecordedEvent[]>> => {
  assertReadsOnce(reads);
  const read = await inTurns(reads, ({ streamName, fromRevision }) =>
    store.readStream(streamName, { fromRevision }),
  );
  return new Map(reads.map(({ streamName }, i) => [streamName, read[i]]));
};

/** Each item through `work`, AT_ONCE at a time; results in the items' order. */
const inTurns = async <Item, Result>(
  items: readonly Item[],
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> => {
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  return results;
};
