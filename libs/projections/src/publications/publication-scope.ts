import {
  FORCE_IDS,
  InvalidInput,
  isCalendarDate,
  NotFound,
  OPERATION_ID,
  type ForceId,
} from '@ros/domain';
import { validated } from '@ros/platform';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { totalsBy, totalsOfAll, withZeros } from '../totals/assemble';
import type { TotalsReader } from '../totals/totals.repository';

export class PublicationScope {
  @IsOptional()
  @Matches(OPERATION_ID, { message: 'scope.operation must be an operation id' })
  operation?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  phase?: number;

  @IsOptional()
  @IsIn(FORCE_IDS, { message: `scope.force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: ForceId;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'scope.from must be a date YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'scope.to must be a date YYYY-MM-DD' })
  to?: string;
}

export class PublishInput {
  @IsString()
  @Length(1, 200)
  title!: string;

  @ValidateNested()
  @Type(() => PublicationScope)
  scope!: PublicationScope;
}

export const parsePublishInput = (body: unknown): PublishInput => {
  const input = validated(PublishInput, body);
  const { phase, operation, from, to } = input.scope;
  const problems: string[] = [];
  if (phase !== undefined && !operation) problems.push('scope.phase needs scope.operation');
  for (const [field, date] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (date && !isCalendarDate(date)) problems.push(`scope.${field} must be a real calendar date`);
  if (problems.length) throw new InvalidInput(problems);
  return input;
};

/** The figures of a scope as the read model knows them: its totals, and each force's part. */
export const figuresFor = async (reader: TotalsReader, scope: PublicationScope) => {
  let forces: string[] = scope.force ? [scope.force] : FORCE_IDS;
  if (scope.operation) {
    const operation = (await reader.operations()).find((o) => o.id === scope.operation);
    if (!operation) throw new NotFound(`Operation '${scope.operation}' is not registered`);
    if (scope.phase !== undefined && !operation.phases.some((p) => p.number === scope.phase))
      throw new NotFound(`Phase ${scope.phase} of operation '${scope.operation}' does not exist`);
    if (!scope.force) forces = operation.forces;
  }
  const rows = await reader.metrics(
    { operation: scope.operation, phase: scope.phase, force: scope.force },
    { from: scope.from, to: scope.to },
  );
  return {
    totals: totalsOfAll(rows),
    byForce: Object.fromEntries(
      withZeros(
        forces,
        totalsBy(rows, (row) => row.force),
      ),
    ),
  };
};
