import { useEffect, useMemo } from 'react';
import { QueryProblem } from '../ui/QueryProblem';
import { forceName } from '../ui/forces';
import { Filters } from './Filters';
import { filterProblem, useExplorerFilters } from './filters';
import { useOperations } from '../operations/use-operations';
import { Results } from './Results';
import './explorer.css';

/** The analyst's explorer: phase × force for any measure, and the entries behind each figure. */
const ExplorerPage = () => {
  const [filters, change] = useExplorerFilters();
  const operations = useOperations();
  const operation = operations.data?.find((op) => op.id === filters.op) ?? undefined;
  // No operation in the address: the first, written there so that the link says which.
  useEffect(() => {
    const first = operations.data?.[0];
    if (filters.op === null && first) change({ op: first.id }, { replace: true });
  }, [filters.op, operations.data, change]);

  const problem = useMemo(() => {
    if (!operations.data || filters.op === null) return null;
    if (!operation) return `There is no operation “${filters.op}”: choose one from the list.`;
    if (filters.phase !== null && !operation.phases.some((p) => p.number === filters.phase))
      return `${operation.name} has no phase ${filters.phase}: choose one from the list.`;
    if (filters.force !== null && !operation.forces.includes(filters.force as never))
      return `${forceName(filters.force)} is not one of ${operation.name}’s forces.`;
    return filterProblem(filters);
  }, [operations.data, operation, filters]);

  return (
    <article className="explorer" aria-labelledby="explorer-title">
      <h1 id="explorer-title">Explorer</h1>
      {operations.isError && (
        <QueryProblem
          what="the operations"
          error={operations.error}
          retry={() => operations.refetch()}
        />
      )}
      {operations.isPending && <p role="status">Loading the operations…</p>}
      {operations.data?.length === 0 && <p>No operation has been registered yet.</p>}
      {operations.data && operations.data.length > 0 && (
        <div className="explorer-layout">
          <Filters
            operations={operations.data}
            operation={operation}
            filters={filters}
            onChange={change}
          />
          <div className="explorer-results">
            {problem ? (
              <p role="alert" className="problem">
                {problem}
              </p>
            ) : (
              operation && <Results operation={operation} filters={filters} onChange={change} />
            )}
          </div>
        </div>
      )}
    </article>
  );
};

export default ExplorerPage;
