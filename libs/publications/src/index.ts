export * from './publications.module';
export * from './publish-figures/publish-figures.command';
export * from './get-publications/get-publications.query';
export * from './list-publications/list-publications.query';
export * from './list-publications/list-publications.input';
export { PUBLICATIONS_PAGE } from './list-publications/publications-page';
export * from './publication.answers';
export * from './publication-scope';
export * from './drift';
