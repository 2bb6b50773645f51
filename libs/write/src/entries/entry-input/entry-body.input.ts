import {
  AGE_GROUPS,
  countLimitOf,
  DISRUPTION_CATEGORIES,
  DISRUPTION_SEVERITIES,
  ENTRY_KINDS,
  ESTIMATED_VALUE_LIMITS,
  FORCE_IDS,
  OFFENCES,
  PARTNERS,
  QUANTITY_MAX,
  SEIZURE_ITEMS,
  TAG,
  TAG_LIMITS,
  TEXT_LIMITS,
  UNITS,
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

/** What every entry body carries, whatever its kind (the entry id is checked apart). */
export class EntryBodyInput {
  @IsIn(ENTRY_KINDS, oneOf(ENTRY_KINDS))
  kind!: EntryKind;

  @IsIn(FORCE_IDS, oneOf(FORCE_IDS))
  force!: ForceId;

  /** When it happened: ISO-8601 with Z or an offset, from 2000 to 5 minutes from now. */
  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO-8601 date-time' })
  @Matches(WITH_ZONE, { message: 'occurredAt must end with Z or a UTC offset' })
  occurredAt!: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.notes)
  notes?: string;

  /** A district-level place, never an address. */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.location)
  location?: string;

  /** National weeks it also counts toward, e.g. `cliw-2025-06`: a set, kept sorted. */
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

  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'assistedBy must not repeat a partner' })
  @IsIn(PARTNERS, { each: true, ...oneOf(PARTNERS) })
  assistedBy?: Partner[];
}

const counted = (kind: EntryKind) => {
  class Counted extends EntryBodyInput {
    /** How many: a whole number, 1 when not given. */
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
  @IsOptional()
  @IsIn(OFFENCES, oneOf(OFFENCES))
  offence?: (typeof OFFENCES)[number];
}

export class SafeguardingInput extends counted('safeguarding') {
  @IsIn(AGE_GROUPS, oneOf(AGE_GROUPS))
  ageGroup!: (typeof AGE_GROUPS)[number];
}

export class SeizureInput extends EntryBodyInput {
  @IsIn(SEIZURE_ITEMS, oneOf(SEIZURE_ITEMS))
  item!: (typeof SEIZURE_ITEMS)[number];

  /**
   * How much, in `unit`: whole items up to 1,000,000; g up to 10,000,000 and kg up to
   * 10,000, to 3 decimal places; GBP up to 100,000,000, in pounds and pence.
   */
  @IsOptional()
  @IsNumber(finite)
  @Min(Number.MIN_VALUE, { message: 'quantity must be greater than 0' })
  @Max(QUANTITY_MAX)
  quantity?: number;

  /** Cash in GBP; drugs in g or kg; everything else in items. */
  @IsOptional()
  @IsIn(UNITS, oneOf(UNITS))
  unit?: (typeof UNITS)[number];

  /** The street or estimated value in pounds and pence, up to £1,000,000,000. */
  @IsOptional()
  @IsNumber(finite)
  @Min(ESTIMATED_VALUE_LIMITS.min)
  @Max(ESTIMATED_VALUE_LIMITS.max)
  estimatedValueGBP?: number;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.drug)
  drug?: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.description)
  description?: string;
}

export class CountyLineClosureInput extends EntryBodyInput {
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.lineName)
  lineName?: string;
}

export class DisruptionInput extends EntryBodyInput {
  @IsIn(DISRUPTION_CATEGORIES, oneOf(DISRUPTION_CATEGORIES))
  category!: (typeof DISRUPTION_CATEGORIES)[number];

  @IsIn(DISRUPTION_SEVERITIES, oneOf(DISRUPTION_SEVERITIES))
  severity!: (typeof DISRUPTION_SEVERITIES)[number];

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
