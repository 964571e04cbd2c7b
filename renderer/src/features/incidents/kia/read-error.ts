/** A file that cannot be read as a table; the message is Swedish and meant for the user. */
export class TableReadError extends Error {
  override name = 'TableReadError';
}
