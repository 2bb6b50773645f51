import type { SessionUser } from '../auth/session';
import { forceName } from '../ui/forces';
import { LazyBatchReturn } from './batch/LazyBatchReturn';
import { EntryLog } from './entry-log/EntryLog';

/** A coordinator's landing page until the entry form (issue #8's next slice) is built. */
export const CoordinatorHome = ({ user }: { user: SessionUser }) => (
  <section aria-labelledby="coordinator-title">
    <h1 id="coordinator-title">{user.force ? forceName(user.force) : 'Your force'}</h1>
    <p>
      The entry form is coming: you will log arrests, warrants and seizures for your force here.
    </p>
    <p>Until then, log entries through the API as before.</p>
    <EntryLog force={user.force} />
    <LazyBatchReturn force={user.force} />
  </section>
);
