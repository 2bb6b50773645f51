import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Refusal } from '../admin/Refusal';
import { formatMoment } from '../ui/format';
import { ScopeFields } from './ScopeFields';
import { usePublish } from './use-publish';
import type { PublicationScope } from './use-publications';

/** "Publish these figures": freezes the figures as known now, under a title (PCC, admin). */
export const PublishForm = ({ ownForce }: { ownForce: string | null }) => {
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<PublicationScope>({});
  const [problem, setProblem] = useState<string | null>(null);
  const publish = usePublish();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server's own rules, said before asking it.
    if (scope.from && scope.to && scope.from > scope.to)
      return setProblem('“Occurred from” must not be after “Occurred to”.');
    setProblem(null);
    publish.mutate({ title: title.trim(), scope });
  };

  const published = publish.data;
  return (
    <section aria-labelledby="publish-title" className="publish">
      <h2 id="publish-title">Publish these figures</h2>
      <p>
        Freezes the figures as known now, so that what you announce can always be shown again
        exactly, and any later change to them is flagged.
      </p>
      <form onSubmit={submit}>
        <label>
          Title
          <input
            name="title"
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <ScopeFields scope={scope} onChange={setScope} ownForce={ownForce} />
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <Refusal error={publish.error} what="The figures were not published" />
        <button type="submit" disabled={publish.isPending}>
          {publish.isPending ? 'Publishing…' : 'Publish these figures'}
        </button>
      </form>
      {published && (
        <div role="status" className="notice published">
          <p>
            Published “{published.title}” at {formatMoment(published.publishedAt)}, with the id{' '}
            <code className="publication-id">{published.id}</code>.
          </p>
          <p>
            To show exactly these figures again, open{' '}
            <Link to={`/publications/${published.id}`}>this publication</Link> (or ask the API for{' '}
            <code>GET /api/publications/{published.id}</code>): they are frozen as known up to event
            position {published.projectedPosition}, and any figure that changes later is flagged
            beside them.
          </p>
        </div>
      )}
    </section>
  );
};
