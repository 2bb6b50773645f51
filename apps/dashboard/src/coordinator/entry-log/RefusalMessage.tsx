import { ApiError } from '../../api/client';

/** A refused write: the server's own words, and that nothing was changed. */
export const RefusalMessage = ({ what, error }: { what: string; error: unknown }) => {
  const detail =
    error instanceof ApiError
      ? `${what} was refused (${error.status}): ${error.message}`
      : `${what} could not be sent: ${error instanceof Error ? error.message : String(error)}`;
  return (
    <p role="alert" className="refusal">
      {detail} Nothing was changed.
    </p>
  );
};
