export * from './hme';
export * from './csv-import';
