import { QueryProblem } from '../../ui/QueryProblem';
import { NewOperationForm } from './NewOperationForm';
import { OperationCard } from './OperationCard';
import { useOperations } from '../../operations/use-operations';

/** Every operation with its phases, and the forms that change them. */
export const OperationsAdmin = () => {
  const operations = useOperations();
  return (
    <section aria-labelledby="operations-title">
      <h2 id="operations-title">Operations and phases</h2>
      {operations.isPending && <p role="status">Loading the operations…</p>}
      {operations.isError && (
        <QueryProblem
          what="the operations"
          error={operations.error}
          retry={() => operations.refetch()}
        />
      )}
      {operations.data?.length === 0 && <p>No operation has been registered yet.</p>}
      {operations.data?.map((operation) => (
        <OperationCard key={operation.id} operation={operation} />
      ))}
      <NewOperationForm />
    </section>
  );
};
