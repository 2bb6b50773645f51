import { benchEvent, type Contender } from './contender';

const WRITERS = 8;
// Long enough for a slow batch read on a loaded machine: a reader cut short would be blamed for skips.
const QUIET_MS = 5000;

/**
 * A reader follows the global order with the store's own catch-up reader while eight
 * writers append single events to their own streams. Afterwards every event written must
 * have been read exactly once: an event read twice is counted twice by a projection, an
 * event skipped is never counted.
 */
export const readAllUnderAppends = async (store: Contender, events: number) => {
  const written = new Set<string>();
  let writing = true;
  let lastGrowth = Date.now();
  let lastCount = 0;
  // Where reading starts is fixed before the first append, or an early one would be missed.
  const following = await store.follow((ids) => {
    if (ids.length !== lastCount) {
      lastCount = ids.length;
      lastGrowth = Date.now();
    }
    // Stop once the writers are done and either all they wrote was read or nothing more comes.
    const readOfOurs = new Set(ids.filter((id) => written.has(id))).size;
    return !writing && (readOfOurs >= written.size || Date.now() - lastGrowth > QUIET_MS);
  });
  const perWriter = Math.ceil(events / WRITERS);
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const stream = `bench-follow-${writer}-${Date.now()}`;
      let expected: unknown;
      for (let i = 0; i < perWriter; i++) {
        const event = benchEvent(stream);
        expected = await store.append(stream, [event], expected);
        written.add(event.id);
      }
    }),
  );
  writing = false;
  lastGrowth = Date.now();
  const ids = (await following.ids).filter((id) => written.has(id));
  const seen = new Set(ids);
  return {
    read: ids.length,
    twice: ids.length - seen.size,
    never: [...written].filter((id) => !seen.has(id)).length,
  };
};
