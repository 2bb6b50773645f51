import { londonDateOf } from '@ros/domain';
import { LogEntryCommand } from '@ros/write';
import { demoEntryId } from '../demo-ids';
import { DEMO_ACTOR } from '../seed/demo-writes';
import { entriesOf } from './entries-of';
import { DEMO_CORRECTIONS, DEMO_OPERATIONS, DEMO_RETRACTIONS } from './region';

const provenance = { actor: DEMO_ACTOR, correlationId: 'c', causationId: 'c', now: new Date() };
const phases = DEMO_OPERATIONS.flatMap((operation) =>
  operation.phases.map((phase) => ({ operation, phase, entries: entriesOf(operation, phase) })),
);
const entries = phases.flatMap((p) => p.entries);

describe('the demo region as data', () => {
  it('gives each entry a stable name-based UUID of its own', () => {
    expect(demoEntryId('scorpion/1/dorset/arrests/1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(demoEntryId('a')).toBe(demoEntryId('a'));
    expect(new Set(entries.map((e) => e.body.entryId)).size).toBe(entries.length);
  });

  it('has only entries the API accepts', () => {
    for (const entry of entries)
      expect(() =>
        LogEntryCommand.create(entry.operation, entry.phase, entry.body, provenance),
      ).not.toThrow();
  });

  it('has every entry on a UK day within its phase', () => {
    for (const { phase, entries: ofPhase } of phases)
      for (const entry of ofPhase) {
        const day = londonDateOf(entry.body.occurredAt as string);
        expect(day >= phase.startsOn && (phase.endsOn === null || day <= phase.endsOn)).toBe(true);
      }
  });

  it('corrects and retracts only entries it logs', () => {
    const keys = new Set(entries.map((e) => e.key));
    for (const { entry } of DEMO_CORRECTIONS) expect(keys).toContain(entry);
    for (const { duplicateOf } of DEMO_RETRACTIONS) expect(keys).toContain(duplicateOf);
  });

  it('first logs a corrected entry with a figure other than the released one', () => {
    for (const { entry, firstLogged } of DEMO_CORRECTIONS) {
      const body = entries.find((e) => e.key === entry)!.body;
      for (const [field, value] of Object.entries(firstLogged)) expect(body[field]).not.toBe(value);
    }
  });
});
