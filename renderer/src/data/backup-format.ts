import { BackupError } from './errors';
import { sv } from './messages';
import { CURRENT_SCHEMA_VERSION, backedUpStoresAt } from './schema-versions';

export const BACKUP_FORMAT = 'sam-uppfoljning-backup';
/** The file layout's version; independent of the schema version of the rows inside. */
export const BACKUP_FORMAT_VERSION = 1;
/** Far above a large municipality's data, low enough that a wrong file fails fast. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The file's header and its tables as found, rows not yet checked. */
export interface RawBackup {
  schemaVersion: number;
  tables: Map<string, unknown[]>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decode(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    throw new BackupError(sv.tooLarge(mb(bytes.byteLength), mb(maxBytes)));
  }
  try {
    // stream: a file cut inside a multi-byte character is reported as truncated JSON, not as
    // "not text"; the leading BOM, if any, is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    throw new BackupError(sv.notUtf8);
  }
}

/** JSON.parse, with its English error turned into a Swedish sentence saying where. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(detail)?.[1];
    const position = at === undefined ? undefined : Number(at);
    const atEnd = /end of JSON input/i.test(detail) || position === text.trimEnd().length;
    const token = /Unexpected token '(.+?)'/.exec(detail)?.[1];
    const message = atEnd
      ? sv.jsonTruncated
      : position !== undefined
        ? sv.jsonAt(position + 1)
        : token !== undefined
          ? sv.jsonToken(token)
          : sv.jsonBroken;
    throw new BackupError(message, { cause: error });
  }
}

/**
 * Reads a backup file's bytes up to its tables: size, UTF-8, JSON, format marker and versions,
 * and exactly the tables the file's schema version had. Throws BackupError in Swedish.
 */
export function readBackupFile(bytes: Uint8Array, maxBytes = MAX_BACKUP_BYTES): RawBackup {
  const data = parseJson(decode(bytes, maxBytes));
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) throw new BackupError(sv.notBackup);
  if (data.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      sv.formatVersion(JSON.stringify(data.formatVersion), BACKUP_FORMAT_VERSION),
    );
  }
  const { schemaVersion } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError(sv.schemaVersionInvalid);
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(sv.newerSchema(schemaVersion, CURRENT_SCHEMA_VERSION));
  }
  if (!isRecord(data.tables)) throw new BackupError(sv.tablesMissing);
  const expected = backedUpStoresAt(schemaVersion);
  const unknown = Object.keys(data.tables).find((name) => !expected.has(name));
  if (unknown !== undefined) throw new BackupError(sv.tableUnknown(unknown));
  const tables = new Map<string, unknown[]>();
  for (const name of expected.keys()) {
    const rows = data.tables[name];
    if (rows === undefined) throw new BackupError(sv.tableMissing(name));
    if (!Array.isArray(rows)) throw new BackupError(sv.tableNotList(name));
    tables.set(name, rows);
  }
  return { schemaVersion, tables };
}
