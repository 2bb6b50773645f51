import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { CommandFactory } from 'nest-commander';
import { ProjectionsRebuildCommand, ProjectionsStatusCommand } from './projections.commands';

@Module({ providers: [ProjectionsStatusCommand, ProjectionsRebuildCommand] })
class CliModule {}

/** `npm run cli -- <command>`; `npm run cli -- --help` lists the commands. */
CommandFactory.run(CliModule, {
  logger: ['error', 'warn'],
  errorHandler: (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
  serviceErrorHandler: (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
}).catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
