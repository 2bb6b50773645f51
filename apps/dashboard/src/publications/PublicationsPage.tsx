import { useSessionUser } from '../auth/use-session';
import { QueryProblem } from '../ui/QueryProblem';
import { PublicationList } from './PublicationList';
import { PublishForm } from './PublishForm';
import { usePublicationPages } from './use-publications';
import './publications.css';

/** The publications, newest first (older ones a page at a time), and for PCCs and admins the form to publish. */
export const PublicationsPage = () => {
  const user = useSessionUser();
  const publications = usePublicationPages();
  const mayPublish = user?.role === 'pcc' || user?.role === 'admin';
  return (
    <article aria-labelledby="publications-title" aria-busy={publications.isPending}>
      <h1 id="publications-title">Publications</h1>
      {mayPublish && <PublishForm ownForce={user.role === 'pcc' ? user.force : null} />}
      <section aria-labelledby="published-title">
        <h2 id="published-title">Published figures</h2>
        {publications.isPending && <p role="status">Loading the publications…</p>}
        {publications.isError && (
          <QueryProblem
            what="the publications"
            error={publications.error}
            retry={() => publications.refetch()}
          />
        )}
        {publications.data && (
          <PublicationList publications={publications.data.pages.flatMap((page) => page.items)} />
        )}
        {publications.hasNextPage && (
          <button
            type="button"
            disabled={publications.isFetchingNextPage}
            onClick={() => publications.fetchNextPage()}
          >
            {publications.isFetchingNextPage ? 'Loading…' : 'Show older publications'}
          </button>
        )}
      </section>
    </article>
  );
};
