import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { CommandFactory } from 'nest-commander';
import { AuditVerifyCommand } from './audit.commands';
import { CliProgram } from './cli-program';
import { exitOnFailure } from './exit-on-failure';
import { ProjectionsRebuildCommand, ProjectionsStatusCommand } from './projections.commands';
import { SeedDemoCommand } from './seed-demo.command';

@Module({
  providers: [
    CliProgram,
    ProjectionsStatusCommand,
    ProjectionsRebuildCommand,
    SeedDemoCommand,
    AuditVerifyCommand,
  ],
})
class CliModule {}

/** `npm run cli -- <command>`; `npm run cli -- --help` lists the commands. */
CommandFactory.run(CliModule, {
  logger: ['error', 'warn'],
  serviceErrorHandler: exitOnFailure,
}).catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
