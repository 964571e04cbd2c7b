/** The data layer's public API: the UI imports from here, never from the modules directly. */
export { SamDatabase, DEFAULT_DB_NAME, getDb, clearDatabase } from './db';
export { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION, type SchemaVersion } from './schema-versions';
export { TABLE_NAMES, type AllTables, type TableName, type TableRow, type Setting } from './tables';
export { RepositoryError, ValidationError, BackupError, type FieldIssue } from './errors';
export { exportBackup, restoreBackup } from './backup';
export { checkTables, replaceAllTables } from './dataset';
export { MAX_BACKUP_BYTES } from './backup-format';
export { dumpDatabase } from './dump';
export * from './org-repo';
export * from './template-repo';
export * from './followup-repo';
export * from './incident-repo';
export * from './action-repo';
export * from './summary-repo';
export * from './submission-repo';
export * from './identity-repo';
export * from './settings-repo';
export { newId } from './ids';
