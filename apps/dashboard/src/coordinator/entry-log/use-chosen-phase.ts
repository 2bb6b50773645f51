import { useSearchParams } from 'react-router';

/** The operation and phase chosen on the coordinator's page, as its address keeps them. */
export const useChosenPhase = (): { operation: string; phase: number } | null => {
  const [params] = useSearchParams();
  const operation = params.get('operation');
  const phase = Number(params.get('phase'));
  if (!operation || !Number.isInteger(phase) || phase < 1) return null;
  return { operation, phase };
};
