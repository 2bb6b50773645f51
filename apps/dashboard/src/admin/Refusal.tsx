import { ApiError } from '../api/client';

/**
 * Beside a form: why the server refused it, in its own words (it names the rule or the
 * field), and that nothing was changed, as the API promises for every refusal.
 */
export const Refusal = ({ error, what }: { error: Error | null; what: string }) => {
  if (!error) return null;
  const why =
    error instanceof ApiError
      ? `${error.message} (the server answered ${error.status})`
      : `the server could not be reached (${error.message}). Check your connection and try again`;
  return (
    <p role="alert" className="problem refusal">
      {what}: {why}. Nothing was changed.
    </p>
  );
};
