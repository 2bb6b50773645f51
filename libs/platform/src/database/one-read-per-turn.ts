import DataLoader from 'dataloader';

/**
 * A read that the requests arriving in one turn of the event loop share. Under load many
 * requests wait on the same question at once (is this session still good, where do the
 * read models stand), and one query can answer them all instead of one round trip each.
 * The query is sent only after every request of its turn has arrived, so none is answered
 * from before it came; nothing is kept from one turn to the next.
 *
 * `readAll` gets each key once and answers in the same order.
 */
export const oneReadPerTurn = <Key, Value>(
  readAll: (keys: readonly Key[]) => Promise<Value[]>,
  identityOf: (key: Key) => string,
): ((key: Key) => Promise<Value>) => {
  const loader = new DataLoader<Key, Value>(
    async (keys) => {
      const unique = new Map<string, Key>();
      for (const key of keys) unique.set(identityOf(key), key);
      const values = await readAll([...unique.values()]);
      const byIdentity = new Map([...unique.keys()].map((identity, i) => [identity, values[i]]));
      return keys.map((key) => byIdentity.get(identityOf(key)) as Value);
    },
    // The turn's I/O first (every request that has arrived), then the one query.
    { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch) },
  );
  return (key) => loader.load(key);
};
