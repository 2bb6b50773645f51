import { Link } from 'react-router';
import { useOperations } from '../operations/use-operations';
import { formatMoment } from '../ui/format';
import { DriftBadge } from './DriftBadge';
import { scopeInWords } from './scope-words';
import type { Publication } from './use-publications';

/** Publications, newest first: title, when, who, what it covers, and whether it has drifted. */
export const PublicationList = ({ publications }: { publications: Publication[] }) => {
  const operations = useOperations();
  if (publications.length === 0) return <p>Nothing has been published yet.</p>;
  return (
    <ol className="publications">
      {publications.map((p) => (
        <li key={p.id} className="publication" data-publication={p.id}>
          <h3>
            <Link to={`/publications/${p.id}`}>{p.title}</Link>
          </h3>
          <p className="publication-meta">
            Published {formatMoment(p.publishedAt)} by {p.publishedBy}.{' '}
            {scopeInWords(p.scope, operations.data)}.
          </p>
          <DriftBadge publication={p} />
        </li>
      ))}
    </ol>
  );
};
