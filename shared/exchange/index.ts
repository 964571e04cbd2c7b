export * from './bytes';
export * from './checked-templates';
export * from './crypto-port';
export * from './errors';
export * from './fingerprint';
export * from './manifest';
export * from './package';
export * from './payload';
