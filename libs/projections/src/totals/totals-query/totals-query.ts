import { Query } from '@nestjs/cqrs';
import type { TotalsAnswer } from './totals-answer';
import type { TotalsParams } from './totals-params';

/** A totals route's query: built from its validated parameters only (see each `create`). */
export abstract class TotalsQuery extends Query<TotalsAnswer> {
  protected constructor(readonly params: TotalsParams) {
    super();
  }
}
