import type { EntryDetails } from './entry';
import { initialEntriesState, initialEntryState } from './entries-state';
import { entryLogged, type EntryEvent } from './entry.events';
import { evolveEntry, foldEntries } from './evolve-entries';

const ref = { operation: 'scorpion', phase: 5 };
const warrants = (count: number): EntryDetails => ({
  kind: 'warrant',
  count,
  force: 'dorset',
  occurredAt: '2023-06-27T09:00:00.000Z',
});
const corrected = (entryId: string, count: number): EntryEvent => ({
  type: 'EntryCorrected',
  data: { ...ref, entryId, force: 'dorset', reason: 'final figures', replacement: warrants(count) },
});
const retracted = (entryId: string): EntryEvent => ({
  type: 'EntryRetracted',
  data: { ...ref, entryId, force: 'dorset', reason: 'logged twice' },
});

describe('one entry', () => {
  it('is logged where its event says, then corrected, then retracted', () => {
    const logged = [entryLogged(ref, 'a', warrants(1)), corrected('a', 2)].reduce(
      evolveEntry,
      initialEntryState(),
    );
    expect(logged).toEqual({
      entryId: 'a',
      ...ref,
      original: warrants(1),
      current: warrants(2),
      status: 'corrected',
    });
    expect(evolveEntry(logged, retracted('a'))).toMatchObject({ status: 'retracted' });
  });

  it('is not changed by another entry’s events, nor made up by a change alone', () => {
    const a = evolveEntry(initialEntryState(), entryLogged(ref, 'a', warrants(1)));
    expect(evolveEntry(a, retracted('b'))).toBe(a);
    expect(evolveEntry(initialEntryState(), corrected('a', 3))).toBeNull();
  });
});

describe('several entries (a legacy force-phase stream)', () => {
  it('folds each entry’s events into its own record, leaving the state it was given as it was', () => {
    const before = foldEntries(initialEntriesState(), [entryLogged(ref, 'a', warrants(1))]);
    const after = foldEntries(before, [
      entryLogged(ref, 'b', warrants(4)),
      corrected('a', 2),
      retracted('b'),
      retracted('unknown'),
    ]);
    expect(before.get('a')?.status).toBe('active');
    expect(before.has('b')).toBe(false);
    expect([...after.values()].map((e) => [e.entryId, e.status, e.current])).toEqual([
      ['a', 'corrected', warrants(2)],
      ['b', 'retracted', warrants(4)],
    ]);
  });

  it('folds a long stream in one pass, not a copy of every entry per event', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => entryLogged(ref, `e${i}`, warrants(1)));
    const started = performance.now();
    const state = foldEntries(initialEntriesState(), events);
    // ~0.1 s in one pass; a copy per event makes 200 million copies, tens of seconds.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(state.size).toBe(20_000);
  });
});
