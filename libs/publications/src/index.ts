export * from './publications.module';
export * from './publish-figures/publish-figures.command';
export * from './get-publications/get-publications.query';
export * from './publication.answers';
export * from './publication-scope';
export * from './drift';
