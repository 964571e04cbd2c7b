export * from './common';
export * from './org';
export * from './template';
export * from './followup';
export * from './incident';
export * from './action';
export * from './summary';
export * from './exchange';
