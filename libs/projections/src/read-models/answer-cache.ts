import type { Queryable } from '../projector/checkpoints';

/** Enough for every route and filter in use at once; a flood of distinct asOf values just starts over. */
const MAX_ANSWERS = 1000;

/**
 * Where a generation stands: its name and every projection's checkpoint. Each read model
 * changes only with its checkpoint, in one transaction, so two snapshots that stand at
 * the same place read the same rows and give the same answers.
 */
export const standingOf = async (db: Queryable, schema: string): Promise<string> => {
  const [row] = (await db.query(
    `SELECT string_agg(projection || '@' || position, ',' ORDER BY projection) AS at
       FROM ${schema}.checkpoints`,
  )) as { at: string | null }[];
  return `${schema}:${row?.at ?? ''}`;
};

/**
 * Answers computed at the read models' current standing, keyed by what was asked. An
 * answer is served only to a request that found the read models standing exactly where
 * they stood when it was asked for, so it is never older than what that request would
 * have read itself (nor than its `minPosition`, waited for before), and never from
 * another generation. Requests that arrive together share one computation.
 */
export class AnswerCache {
  private standing = '';
  private answers = new Map<string, Promise<unknown>>();

  answer<T>(standing: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (standing !== this.standing || this.answers.size >= MAX_ANSWERS) {
      this.standing = standing;
      this.answers = new Map();
    }
    const known = this.answers.get(key) as Promise<T> | undefined;
    if (known) return known;
    const answers = this.answers;
    const computing = compute();
    answers.set(key, computing);
    // A failure (404, a lost connection) is not an answer to keep.
    computing.catch(() => {
      if (answers.get(key) === computing) answers.delete(key);
    });
    return computing;
  }
}
