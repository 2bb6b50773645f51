import { useOperations } from '../operations/use-operations';

/**
 * Says plainly that the figures are the demo region's, on every screen and on paper: a
 * printed demo brief must never pass for the forces' own figures.
 */
export const DemoBadge = () => {
  const operations = useOperations();
  const demo = operations.data?.filter((operation) => operation.demo) ?? [];
  if (demo.length === 0) return null;
  return (
    <p className="demo-badge">
      <strong>Demo data</strong>
      <span className="demo-why">
        {' '}
        — {demo.map((operation) => operation.name).join(', ')}: built from the forces’ public
        releases to show the system, not recorded by a force.
      </span>
    </p>
  );
};
