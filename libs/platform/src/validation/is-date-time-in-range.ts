import { EARLIEST_DATE, LATEST_DATE } from '@ros/domain';
import { isISO8601, ValidateBy, type ValidationArguments } from 'class-validator';

const EARLIEST = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const LATEST = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);

/** What the OpenAPI document reads this check as (apps/api/src/openapi/from-validators.ts). */
export const IS_DATE_TIME_IN_RANGE = 'isDateTimeInRange';

/**
 * An instant given to a read (`asOf`, the audit trail's `from` and `to`): ISO-8601, within
 * the years every other date of the tracker keeps to. One message for both faults, so
 * `0001-01-01T00:00:00Z`, valid ISO-8601 but out of range, is told what is accepted.
 */
export const IsDateTimeInRange = (): PropertyDecorator =>
  ValidateBy({
    name: IS_DATE_TIME_IN_RANGE,
    validator: {
      validate: (value) => {
        if (typeof value !== 'string' || !isISO8601(value, { strict: true })) return false;
        const time = Date.parse(value);
        return time >= EARLIEST && time <= LATEST;
      },
      defaultMessage: ({ property }: ValidationArguments) =>
        `${property} must be an ISO-8601 date-time from ${EARLIEST_DATE} to ${LATEST_DATE}`,
    },
  });
