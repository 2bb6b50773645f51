import {
  CALENDAR_DATE,
  FORCE_IDS,
  Forbidden,
  InvalidInput,
  isCalendarDate,
  NotFound,
  OPERATION_ID,
  PHASE_NUMBERS,
  RuleViolated,
  type Actor,
  type ForceId,
  type Role,
} from '@ros/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HoldsNoPersonalData, IsNotBlank, validated } from '@ros/platform';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { CatalogueOperation } from '@ros/projections';

export class PublicationScope {
  @ApiPropertyOptional({ description: 'Only this operation (404 when not registered).' })
  @IsOptional()
  @Matches(OPERATION_ID, { message: 'operation must be an operation id' })
  operation?: string;

  @ApiPropertyOptional({ description: 'Only this phase of `operation` (which it needs).' })
  @IsOptional()
  @IsInt()
  @Min(PHASE_NUMBERS.min)
  @Max(PHASE_NUMBERS.max)
  phase?: number;

  @ApiPropertyOptional({ description: 'Only this force: a PCC’s own, for a PCC (403).' })
  @IsOptional()
  @IsIn(FORCE_IDS, { message: `force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: ForceId;

  @ApiPropertyOptional({ description: 'Only what occurred on or after this UK calendar day.' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    description:
      'Only what occurred on or before this UK calendar day (not before `from`); rates use the estimates for it.',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

export class PublishInput {
  @ApiProperty({ example: 'Operation Scorpion phase 5: results' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  @HoldsNoPersonalData()
  title!: string;

  @ApiPropertyOptional({
    description:
      'What to publish: an object; none (or an empty one) publishes the whole collaboration summary.',
  })
  // Left out, or an object: null and a list are not a scope (400), nor taken for none.
  @ValidateIf((_, scope) => scope !== undefined)
  @IsObject({ message: 'scope must be an object' })
  @ValidateNested({ message: 'scope must be an object' })
  @Type(() => PublicationScope)
  scope?: PublicationScope;
}

/** A scope with nothing in it is the whole collaboration: the summary, with its rates. */
export const isWholeCollaboration = (scope: PublicationScope): boolean =>
  Object.values(scope).every((value) => value === undefined);

export const parsePublishInput = (body: unknown): { title: string; scope: PublicationScope } => {
  const input = validated(PublishInput, body);
  const scope = input.scope ?? new PublicationScope();
  const { phase, operation, from, to } = scope;
  const problems: string[] = [];
  if (phase !== undefined && !operation) problems.push('scope.phase needs scope.operation');
  for (const [field, date] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (date && !isCalendarDate(date)) problems.push(`scope.${field} must be a real calendar date`);
  if (from && to && from > to) problems.push('scope.from must not be after scope.to');
  if (problems.length) throw new InvalidInput(problems);
  return { title: input.title, scope: JSON.parse(JSON.stringify(scope)) };
};

/** The forces a scope's figures are about, once its operation is known. */
export const forcesOf = (scope: PublicationScope, operation?: CatalogueOperation): ForceId[] =>
  scope.force ? [scope.force] : ((operation?.forces as ForceId[] | undefined) ?? FORCE_IDS);

/** Who reads publications: PCCs, analysts and admins; a coordinator keeps to its entries. */
export const PUBLICATION_READERS = ['admin', 'analyst', 'pcc'] as const satisfies Role[];

/** 403 unless the actor may read publications: decided in the query, whoever calls it. */
export const assertMayReadPublications = (actor: Actor): void => {
  if (!(PUBLICATION_READERS as readonly Role[]).includes(actor.role))
    throw new Forbidden('Publications are for PCCs, analysts and admins');
};

/**
 * A PCC publishes for the region and for their own force, not for another force alone
 * (another force's own operation included); admins publish anything; nobody else publishes.
 */
export const assertMayPublish = (actor: Actor, forces: ForceId[]): void => {
  if (actor.role === 'admin') return;
  if (actor.role !== 'pcc') throw new Forbidden('Only PCCs and admins publish figures');
  if (forces.length === 1 && forces[0] !== actor.force)
    throw new Forbidden(
      `A PCC may publish regional figures and ${actor.force}'s own, not ${forces[0]}'s alone`,
    );
};

/**
 * 422 when the scope names a force that is not one of its operation's: there would be
 * only zeros to publish, and entries for that force are refused the same way.
 */
export const assertForceOfOperation = (
  scope: PublicationScope,
  operation?: CatalogueOperation,
): void => {
  if (scope.force && operation && !operation.forces.includes(scope.force))
    throw new RuleViolated(
      'force-not-in-operation',
      `${scope.force} is not one of the forces of operation '${operation.id}'`,
    );
};

/** The scope's operation (and phase) as the catalogue knows them; 404 when not. */
export const operationOf = (
  scope: PublicationScope,
  operations: CatalogueOperation[],
): CatalogueOperation | undefined => {
  if (!scope.operation) return undefined;
  const operation = operations.find((o) => o.id === scope.operation);
  if (!operation) throw new NotFound(`Operation '${scope.operation}' is not registered`);
  if (scope.phase !== undefined && !operation.phases.some((p) => p.number === scope.phase))
    throw new NotFound(`Phase ${scope.phase} of operation '${scope.operation}' does not exist`);
  return operation;
};
