import DataLoader from 'dataloader';

/**
 * Calls to the database that the requests arriving in one turn of the event loop make
 * together: one call with all of them, instead of one round trip each. Under load many
 * requests wait at once (is this session still good, where do the read models stand,
 * append this entry), and the turn gathers them. The call is made only after every
 * request of its turn has arrived, so none is answered from before it came; nothing is
 * kept from one turn to the next.
 *
 * `callAll` answers each key in order: its value, or the Error that key alone fails with.
 */
export const onePerTurn = <Key, Value>(
  callAll: (keys: readonly Key[]) => Promise<(Value | Error)[]>,
): ((key: Key) => Promise<Value>) => {
  const loader = new DataLoader<Key, Value>(callAll, {
    cache: false,
    // The turn's I/O first (every request that has arrived), then the one call.
    batchScheduleFn: (dispatch) => setImmediate(dispatch),
  });
  return (key) => loader.load(key);
};

/** A read shared per turn (see onePerTurn): `readAll` gets each key once, answered in order. */
export const oneReadPerTurn = <Key, Value>(
  readAll: (keys: readonly Key[]) => Promise<Value[]>,
  identityOf: (key: Key) => string,
): ((key: Key) => Promise<Value>) =>
  onePerTurn<Key, Value>(async (keys) => {
    const unique = new Map<string, Key>();
    for (const key of keys) unique.set(identityOf(key), key);
    const values = await readAll([...unique.values()]);
    const byIdentity = new Map([...unique.keys()].map((identity, i) => [identity, values[i]]));
    return keys.map((key) => byIdentity.get(identityOf(key)) as Value);
  });
