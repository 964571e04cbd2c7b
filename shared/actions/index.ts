export * from './status';
export * from './follow-up';
