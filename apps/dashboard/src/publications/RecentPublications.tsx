import { Link } from 'react-router';
import { DriftBadge } from './DriftBadge';
import { useLatestPublications } from './use-publications';
import { formatMoment } from '../ui/format';
import './publications.css';

const SHOWN = 3;

/** The summary's last section: the latest publications, and whether their figures have drifted. */
export const RecentPublications = () => {
  const publications = useLatestPublications(SHOWN);
  // The summary stands without it: a failed list says so in one line, not a whole alert.
  if (publications.isError)
    return (
      <p className="recent-publications">
        The publications could not be loaded: <Link to="/publications">open them</Link>.
      </p>
    );
  if (!publications.data) return null;
  return (
    <section aria-labelledby="recent-publications-title" className="recent-publications">
      <h2 id="recent-publications-title">Publications</h2>
      {publications.data.length === 0 && <p>Nothing has been published yet.</p>}
      <ul>
        {publications.data.map((p) => (
          <li key={p.id} data-publication={p.id}>
            <Link to={`/publications/${p.id}`}>{p.title}</Link>{' '}
            <span className="publication-meta">
              {formatMoment(p.publishedAt)}, {p.publishedBy}
            </span>{' '}
            <DriftBadge publication={p} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/publications">All publications</Link>
      </p>
    </section>
  );
};
