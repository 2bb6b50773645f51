import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CorrectEntryHandler } from './entries/correct-entry/correct-entry.handler';
import { EntriesRepository } from './entries/entries.repository';
import { LogEntriesBatchHandler } from './entries/log-entries-batch/log-entries-batch.handler';
import { LogNewEntriesTogether } from './entries/log-entries-batch/log-new-entries-together';
import { LogEntryHandler } from './entries/log-entry/log-entry.handler';
import { RetractEntryHandler } from './entries/retract-entry/retract-entry.handler';
import { ClosePhaseHandler } from './operations/close-phase/close-phase.handler';
import { OpenPhaseHandler } from './operations/open-phase/open-phase.handler';
import { OperationsRepository } from './operations/operations.repository';
import { StreamLocks } from './event-sourcing/stream-locks';
import { OperationGates } from './operations/operation-gates';
import { StreamCommandRunner } from './event-sourcing/stream-command-runner';
import { RegisterOperationHandler } from './operations/register-operation/register-operation.handler';
import { ReopenPhaseHandler } from './operations/reopen-phase/reopen-phase.handler';
import { AmendPhaseDatesHandler } from './operations/amend-phase-dates/amend-phase-dates.handler';
import { PopulationRepository } from './forces/population.repository';
import { EstimatePopulationHandler } from './forces/estimate-population/estimate-population.handler';

/** The write side: every command the API accepts, decided by the domain, kept in the event store. */
@Module({
  imports: [CqrsModule],
  providers: [
    StreamLocks,
    OperationGates,
    StreamCommandRunner,
    OperationsRepository,
    EntriesRepository,
    RegisterOperationHandler,
    OpenPhaseHandler,
    ClosePhaseHandler,
    ReopenPhaseHandler,
    AmendPhaseDatesHandler,
    PopulationRepository,
    EstimatePopulationHandler,
    LogEntryHandler,
    LogEntriesBatchHandler,
    LogNewEntriesTogether,
    CorrectEntryHandler,
    RetractEntryHandler,
  ],
})
export class WriteModule {}
