/**
 * A refused write or a broken invariant in the data layer; `message` is Swedish, for the user.
 * Not called "DataError": Dexie rewraps errors named like IndexedDB's own (DataError, …).
 */
export class RepositoryError extends Error {
  override name = 'RepositoryError';
}

/** One field that failed its zod schema; `path` is dotted (e.g. "participants.manager"). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** A row refused by its zod schema; `issues` lets a form mark every field, `message` the first. */
export class ValidationError extends RepositoryError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(message);
  }
}

/**
 * A backup file that was refused. Thrown before anything is written, so the database is untouched;
 * `message` says in Swedish what is wrong and where.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
