import { forceName } from '../ui/forces';
import { formatDay } from '../ui/format';
import type { PublicationScope } from './publication-types';

/** What a publication covers, as a sentence: "Operation Scorpion, phase 5; Dorset; 26 Jun 2023 to 2 Jul 2023". */
export const scopeInWords = (
  scope: PublicationScope,
  operations: { id: string; name: string }[] = [],
): string => {
  const parts: string[] = [];
  if (scope.operation) {
    const name = operations.find((o) => o.id === scope.operation)?.name ?? scope.operation;
    parts.push(scope.phase !== undefined ? `${name}, phase ${scope.phase}` : name);
  }
  if (scope.force) parts.push(`${forceName(scope.force)} only`);
  if (scope.from && scope.to) parts.push(`${formatDay(scope.from)} to ${formatDay(scope.to)}`);
  else if (scope.from) parts.push(`from ${formatDay(scope.from)}`);
  else if (scope.to) parts.push(`up to ${formatDay(scope.to)}`);
  return parts.length === 0 ? 'The whole collaboration summary' : parts.join('; ');
};
