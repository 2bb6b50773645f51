import {
  AGE_GROUPS,
  DISRUPTION_CATEGORIES,
  DISRUPTION_SEVERITIES,
  ENTRY_KINDS,
  FORCE_IDS,
  OFFENCES,
  PARTNERS,
  SEIZURE_ITEMS,
  TAG,
  UNITS,
  type EntryKind,
  type ForceId,
  type Partner,
} from '@ros/domain';
import {
  ArrayMaxSize,
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

/** What every entry body carries, whatever its kind (the entry id is checked apart). */
export class EntryBodyInput {
  @IsIn(ENTRY_KINDS, oneOf(ENTRY_KINDS))
  kind!: EntryKind;

  @IsIn(FORCE_IDS, oneOf(FORCE_IDS))
  force!: ForceId;

  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO-8601 date-time' })
  @Matches(WITH_ZONE, { message: 'occurredAt must end with Z or a UTC offset' })
  occurredAt!: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;

  /** A district-level place, never an address. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  location?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(TAG, { each: true, message: 'each tag must be a lowercase slug such as cliw-2025-06' })
  tags?: string[];

  @IsOptional()
  @IsArray()
  @IsIn(PARTNERS, { each: true, ...oneOf(PARTNERS) })
  assistedBy?: Partner[];
}

const counted = (max: number) => {
  class Counted extends EntryBodyInput {
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(max)
    count?: number;
  }
  return Counted;
};

export class WarrantInput extends counted(1000) {}
export class ChargeInput extends counted(1000) {}
export class WelfareVisitInput extends counted(1000) {}
export class EngagementInput extends counted(1000) {}
export class VehicleStopInput extends counted(10000) {}

export class ArrestInput extends counted(1000) {
  @IsOptional()
  @IsIn(OFFENCES, oneOf(OFFENCES))
  offence?: (typeof OFFENCES)[number];
}

export class SafeguardingInput extends counted(1000) {
  @IsIn(AGE_GROUPS, oneOf(AGE_GROUPS))
  ageGroup!: (typeof AGE_GROUPS)[number];
}

export class SeizureInput extends EntryBodyInput {
  @IsIn(SEIZURE_ITEMS, oneOf(SEIZURE_ITEMS))
  item!: (typeof SEIZURE_ITEMS)[number];

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(Number.MIN_VALUE, { message: 'quantity must be greater than 0' })
  quantity?: number;

  @IsOptional()
  @IsIn(UNITS, oneOf(UNITS))
  unit?: (typeof UNITS)[number];

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  estimatedValueGBP?: number;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  drug?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class CountyLineClosureInput extends EntryBodyInput {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lineName?: string;
}

export class DisruptionInput extends EntryBodyInput {
  @IsIn(DISRUPTION_CATEGORIES, oneOf(DISRUPTION_CATEGORIES))
  category!: (typeof DISRUPTION_CATEGORIES)[number];

  @IsIn(DISRUPTION_SEVERITIES, oneOf(DISRUPTION_SEVERITIES))
  severity!: (typeof DISRUPTION_SEVERITIES)[number];

  @IsOptional()
  @IsString()
  @MaxLength(500)
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
