import { Link, useParams } from 'react-router';
import { useOperations } from '../operations/use-operations';
import { QueryProblem } from '../ui/QueryProblem';
import { formatMoment } from '../ui/format';
import { DriftTable } from './DriftTable';
import { scopeInWords } from './scope-words';
import { usePublication } from './use-publications';
import './publications.css';

/** One publication: what, when, by whom, how to reproduce it, and what has changed since. */
export const PublicationPage = () => {
  const { id = '' } = useParams();
  const publication = usePublication(id);
  const operations = useOperations();
  const p = publication.data;
  return (
    <article aria-labelledby="publication-title" aria-busy={publication.isPending}>
      <p>
        <Link to="/publications">All publications</Link>
      </p>
      {publication.isPending && <p role="status">Loading the publication…</p>}
      {publication.isError && (
        <QueryProblem
          what="this publication"
          error={publication.error}
          retry={() => publication.refetch()}
        />
      )}
      {p && (
        <>
          <h1 id="publication-title">{p.title}</h1>
          <dl className="publication-facts">
            <dt>Published</dt>
            <dd>{formatMoment(p.publishedAt)}</dd>
            <dt>By</dt>
            <dd>{p.publishedBy}</dd>
            <dt>Covers</dt>
            <dd>{scopeInWords(p.scope, operations.data)}</dd>
            <dt>Reproduce it</dt>
            <dd>
              Publication id <code className="publication-id">{p.id}</code>: the figures frozen as
              known up to event position {p.projectedPosition}, at{' '}
              <code>GET /api/publications/{p.id}</code>.
            </dd>
          </dl>
          {p.drift && p.drift.length > 0 ? (
            <DriftTable publication={p} />
          ) : (
            <p className="no-drift">No figure has changed since it was published.</p>
          )}
        </>
      )}
    </article>
  );
};
