// Not crypto.randomUUID: the browser offers it only over HTTPS or on localhost, and a force may
// first try the dashboard over plain HTTP on its own network.
import { v4 as uuidv4 } from 'uuid';
import { useState, type FormEvent } from 'react';
import type { QueuedEntry } from '../offline-queue/queue-store';
import type { OfflineQueue } from '../offline-queue/use-offline-queue';
import type { PhaseChoice } from '../phase-picker/choose-phase';
import { bodyOf, draftOf, emptyDraft, type ForceId } from './entry-body';
import { countLimitOf } from '../../entries/rules';
import { phaseProblem, problemsOf, type Draft, type Problems } from './draft-problems';
import { COUNTED, kindLabel } from '../../entries/vocabulary';
import { CountStepper } from './CountStepper';
import { KindButtons } from './KindButtons';
import { KindFields } from './KindFields';
import { NotesAndTags } from './NotesAndTags';
import { WhenField } from './WhenField';
import { fromUkInput, toUkInput } from '../../ui/uk-time';
import './entry-form.css';

const fateOf = (entryId: string, queue: OfflineQueue): string =>
  queue.refused.some((e) => e.entryId === entryId)
    ? 'refused by the server, see below.'
    : queue.waiting.some((e) => e.entryId === entryId)
      ? 'kept on this device, waiting to be sent.'
      : 'sent.';

/** Where the form starts: empty, or a refused entry's values to fix. */
const startOf = (fixing: QueuedEntry | null) =>
  fixing
    ? { draft: draftOf(fixing.body), when: toUkInput(fixing.body.occurredAt) }
    : { draft: emptyDraft(), when: null };

/**
 * The entry form: kind, how many, submit (when is now unless changed). It refuses what the
 * server would, field by field; what it takes goes into the offline queue with an id of its
 * own, made now, so that however often it is sent it counts once.
 */
export const EntryForm = ({
  choice,
  force,
  username,
  queue,
  fixing,
  onFixDone,
}: {
  choice: PhaseChoice;
  force: string;
  username: string;
  queue: OfflineQueue;
  fixing: QueuedEntry | null;
  onFixDone: () => void;
}) => {
  const [draft, setDraft] = useState<Draft>(() => startOf(fixing).draft);
  // null: "now", whatever the time when Submit is pressed.
  const [when, setWhen] = useState<string | null>(() => startOf(fixing).when);
  const [tried, setTried] = useState(false);
  // The last entry made here, to say what became of it: waiting, refused or sent.
  const [made, setMade] = useState<{ entryId: string; what: string } | null>(null);
  const [saveProblem, setSaveProblem] = useState('');
  const { operation, phase } = choice;
  const closed = phaseProblem(phase);

  const withWhen = (): Draft => ({
    ...draft,
    occurredAt: when === null ? new Date().toISOString() : (fromUkInput(when)?.toISOString() ?? ''),
  });
  const problems: Problems = tried ? problemsOf(withWhen(), phase, new Date()) : {};
  const set = (fields: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...fields }));
    setMade(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entry = withWhen();
    const found = problemsOf(entry, phase, new Date());
    setTried(true);
    if (closed || Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document.getElementById(first === 'occurredAt' ? 'when' : first)?.focus();
      return;
    }
    // A 409 means this id is taken by an entry with other details: a fix is a new entry.
    const keepId = fixing && fixing.refusal?.status !== 409;
    const entryId = keepId ? fixing.entryId : uuidv4();
    try {
      await queue.enqueue({
        entryId,
        username,
        operation: operation.id,
        phase: phase.number,
        body: bodyOf(entry, force as ForceId, entryId),
        madeAt: keepId ? fixing.madeAt : new Date().toISOString(),
      });
    } catch (error) {
      setSaveProblem(
        `Could not keep this entry on this device: ${String(error)}. Nothing was sent.`,
      );
      return;
    }
    const count = COUNTED.includes(entry.kind as never) ? Number(entry.count) : 1;
    setMade({ entryId, what: `${count} × ${kindLabel(entry.kind)}` });
    setSaveProblem('');
    setDraft(emptyDraft());
    setWhen(null);
    setTried(false);
    if (fixing) onFixDone();
  };

  return (
    <form className="entry-form" noValidate onSubmit={submit} aria-labelledby="entry-form-title">
      <h2 id="entry-form-title">{fixing ? 'Fix a refused entry' : 'Log an entry'}</h2>
      {closed && <p className="problem">{closed} Choose an open phase above.</p>}
      {fixing && (
        <p className="notice">
          The server said: {fixing.refusal?.message}{' '}
          <button type="button" className="secondary" onClick={onFixDone}>
            Stop fixing
          </button>
        </p>
      )}
      <KindButtons kind={draft.kind} problem={problems.kind} onChoose={(kind) => set({ kind })} />
      {draft.kind && COUNTED.includes(draft.kind) && (
        <CountStepper
          value={draft.count}
          max={countLimitOf(draft.kind)}
          problem={problems.count}
          onChange={(count) => set({ count })}
        />
      )}
      <KindFields draft={draft} problems={problems} set={set} />
      <WhenField
        value={when ?? ''}
        isNow={when === null}
        min={phase.startsOn}
        problem={problems.occurredAt}
        onChange={(local) => {
          setWhen(local);
          setMade(null);
        }}
      />
      <NotesAndTags draft={draft} problems={problems} set={set} />
      <button type="submit" className="submit" disabled={Boolean(closed)}>
        Submit
      </button>
      {saveProblem && (
        <p role="alert" className="problem">
          {saveProblem}
        </p>
      )}
      <p role="status" className="entry-done">
        {made && `${made.what}: ${fateOf(made.entryId, queue)}`}
      </p>
    </form>
  );
};
