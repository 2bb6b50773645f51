export * from './application-modules';
