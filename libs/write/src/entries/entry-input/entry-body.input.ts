import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_GROUPS,
  countLimitOf,
  DISRUPTION_CATEGORIES,
  DISRUPTION_SEVERITIES,
  EARLIEST_DATE,
  ENTRY_KINDS,
  ESTIMATED_VALUE_LIMITS,
  FORCE_IDS,
  FUTURE_TOLERANCE_MS,
  LATEST_DATE,
  OFFENCES,
  PARTNERS,
  QUANTITY_LIMITS,
  QUANTITY_MAX,
  SEIZURE_ITEMS,
  TAG,
  TAG_LIMITS,
  TEXT_LIMITS,
  UNITS,
  unitsFor,
  VALUE_ALONE_ENOUGH,
  type EntryKind,
  type ForceId,
  type Partner,
} from '@ros/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const WITH_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;
const oneOf = (values: readonly string[]) => ({
  message: `$property must be one of: ${values.join(', ')}`,
});
const finite = { allowNaN: false, allowInfinity: false };
const en = (value: number) => value.toLocaleString('en-GB');

// What the OpenAPI document says beyond each field's own checks, in the domain's numbers.
const OCCURRED_AT =
  `When it happened: ISO-8601 with Z or a UTC offset, from ${EARLIEST_DATE} to ${LATEST_DATE} ` +
  `(400), at most ${FUTURE_TOLERANCE_MS / 60_000} minutes ahead of the server's clock ` +
  `(422 occurred-in-future), and on a UK calendar day within the phase's dates (422).`;
const TAGS =
  `National weeks it also counts toward, e.g. \`cliw-2025-06\`: at most ${TAG_LIMITS.perEntry} ` +
  `unique lowercase slugs of at most ${TAG_LIMITS.length} characters; a set, kept sorted.`;
const unitsText = (): string => {
  const byUnits = new Map<string, string[]>();
  for (const item of SEIZURE_ITEMS) {
    const units = unitsFor(item).join(' or ');
    byUnits.set(units, [...(byUnits.get(units) ?? []), item]);
  }
  return [...byUnits].map(([units, items]) => `${items.join(', ')} in ${units}`).join('; ');
};
const QUANTITY =
  'How much, in `unit`; give both or neither (' +
  unitsText() +
  '). By unit: ' +
  Object.entries(QUANTITY_LIMITS)
    .map(([unit, { min, max, decimals }]) =>
      decimals === 0
        ? `${unit}: whole numbers from ${en(min)} to ${en(max)}`
        : `${unit}: from ${min} to ${en(max)}, to ${decimals} decimal places`,
    )
    .join('; ') +
  `. Required unless estimatedValueGBP is given for ${VALUE_ALONE_ENOUGH.join(', ')}.`;
const ESTIMATED_VALUE =
  `The street or estimated value in pounds and pence (at most ${ESTIMATED_VALUE_LIMITS.decimals} ` +
  `decimal places), up to £${en(ESTIMATED_VALUE_LIMITS.max)}.`;

/** What every entry body carries, whatever its kind (the entry id is checked apart). */
export class EntryBodyInput {
  @ApiProperty({ description: 'What the entry records; each kind has its own fields.' })
  @IsIn(ENTRY_KINDS, oneOf(ENTRY_KINDS))
  kind!: EntryKind;

  @ApiProperty({
    description: 'The force it is logged for: a coordinator logs for their own force only (403).',
  })
  @IsIn(FORCE_IDS, oneOf(FORCE_IDS))
  force!: ForceId;

  @ApiProperty({ description: OCCURRED_AT, example: '2023-06-28T06:30:00Z' })
  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO-8601 date-time' })
  @Matches(WITH_ZONE, { message: 'occurredAt must end with Z or a UTC offset' })
  occurredAt!: string;

  @ApiPropertyOptional({ description: 'Free text for the analysts.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.notes)
  notes?: string;

  @ApiPropertyOptional({ description: 'A district-level place, never an address.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.location)
  location?: string;

  @ApiPropertyOptional({ description: TAGS, example: ['cliw-2025-06'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TAG_LIMITS.perEntry)
  @ArrayUnique({ message: 'tags must not repeat a tag' })
  @Matches(TAG, { each: true, message: 'each tag must be a lowercase slug such as cliw-2025-06' })
  @MaxLength(TAG_LIMITS.length, {
    each: true,
    message: `each tag must be at most ${TAG_LIMITS.length} characters long`,
  })
  tags?: string[];

  @ApiPropertyOptional({ description: 'Partner agencies that assisted: a set, kept sorted.' })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'assistedBy must not repeat a partner' })
  @IsIn(PARTNERS, { each: true, ...oneOf(PARTNERS) })
  assistedBy?: Partner[];
}

const counted = (kind: EntryKind) => {
  class Counted extends EntryBodyInput {
    @ApiPropertyOptional({ description: 'How many: a whole number, 1 when not given.', default: 1 })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(countLimitOf(kind))
    count?: number;
  }
  return Counted;
};

export class WarrantInput extends counted('warrant') {}
export class ChargeInput extends counted('charge') {}
export class WelfareVisitInput extends counted('welfare-visit') {}
export class EngagementInput extends counted('engagement') {}
export class VehicleStopInput extends counted('vehicle-stop') {}

export class ArrestInput extends counted('arrest') {
  @ApiPropertyOptional({ description: 'What the people were arrested for.' })
  @IsOptional()
  @IsIn(OFFENCES, oneOf(OFFENCES))
  offence?: (typeof OFFENCES)[number];
}

export class SafeguardingInput extends counted('safeguarding') {
  @ApiProperty({ description: 'Whether the people safeguarded are children or adults.' })
  @IsIn(AGE_GROUPS, oneOf(AGE_GROUPS))
  ageGroup!: (typeof AGE_GROUPS)[number];
}

export class SeizureInput extends EntryBodyInput {
  @ApiProperty({ description: 'What was seized.' })
  @IsIn(SEIZURE_ITEMS, oneOf(SEIZURE_ITEMS))
  item!: (typeof SEIZURE_ITEMS)[number];

  @ApiPropertyOptional({ description: QUANTITY })
  @IsOptional()
  @IsNumber(finite)
  @Min(Number.MIN_VALUE, { message: 'quantity must be greater than 0' })
  @Max(QUANTITY_MAX)
  quantity?: number;

  @ApiPropertyOptional({ description: 'The unit of `quantity`: ' + unitsText() + '.' })
  @IsOptional()
  @IsIn(UNITS, oneOf(UNITS))
  unit?: (typeof UNITS)[number];

  @ApiPropertyOptional({ description: ESTIMATED_VALUE })
  @IsOptional()
  @IsNumber(finite)
  @Min(ESTIMATED_VALUE_LIMITS.min)
  @Max(ESTIMATED_VALUE_LIMITS.max)
  estimatedValueGBP?: number;

  @ApiPropertyOptional({ description: 'The drug, e.g. cocaine.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.drug)
  drug?: string;

  @ApiPropertyOptional({ description: 'What was seized, in a few words.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.description)
  description?: string;
}

export class CountyLineClosureInput extends EntryBodyInput {
  @ApiPropertyOptional({ description: 'The line closed, as it is known.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.lineName)
  lineName?: string;
}

export class DisruptionInput extends EntryBodyInput {
  @ApiProperty({ description: 'The strand of the 4P plan it serves.' })
  @IsIn(DISRUPTION_CATEGORIES, oneOf(DISRUPTION_CATEGORIES))
  category!: (typeof DISRUPTION_CATEGORIES)[number];

  @ApiProperty({ description: 'How much it disrupted the group.' })
  @IsIn(DISRUPTION_SEVERITIES, oneOf(DISRUPTION_SEVERITIES))
  severity!: (typeof DISRUPTION_SEVERITIES)[number];

  @ApiPropertyOptional({ description: 'What was disrupted, in a few words.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.description)
  description?: string;
}

export const INPUT_BY_KIND: Record<EntryKind, new () => EntryBodyInput> = {
  warrant: WarrantInput,
  arrest: ArrestInput,
  charge: ChargeInput,
  seizure: SeizureInput,
  'county-line-closure': CountyLineClosureInput,
  safeguarding: SafeguardingInput,
  'welfare-visit': WelfareVisitInput,
  'vehicle-stop': VehicleStopInput,
  engagement: EngagementInput,
  disruption: DisruptionInput,
};
