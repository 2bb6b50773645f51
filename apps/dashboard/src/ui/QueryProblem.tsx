import { ApiError } from '../api/client';

/** A failed request: what failed, and what to do about it. */
export const QueryProblem = ({
  what,
  error,
  retry,
}: {
  what: string;
  error: unknown;
  retry: () => void;
}) => {
  const detail =
    error instanceof ApiError
      ? `The server answered ${error.status}: ${error.message}`
      : error instanceof SyntaxError
        ? 'The server’s answer could not be read.'
        : error instanceof Error
          ? error.message
          : String(error);
  return (
    <div role="alert" className="problem">
      <h2>Could not load {what}</h2>
      <p>{detail}</p>
      <p>Check your connection and try again; if it keeps failing, tell the service desk.</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
};
