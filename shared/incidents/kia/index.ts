/** Import of KIA/IA exports: table → mapping → validated incidents. */
export { buildTable, type SourceRow, type SourceTable, type TableReader } from './table';
export {
  FIELD_LABELS,
  HEADER_SYNONYMS,
  KIA_FIELDS,
  REQUIRED_FIELDS,
  TYPE_NAMES,
  headerKey,
  kiaField,
  type KiaField,
} from './fields';
export {
  SETTINGS_KEY,
  STATUS_NAMES,
  emptyMapping,
  kiaMappingSchema,
  valueKey,
  type KiaMapping,
} from './mapping';
export { kiaMessages } from './messages';
export { parseDateCell, parseTimeCell, parseYesNo, type DateTimeValue } from './values';
export { distinctValues, suggestMapping, type DistinctValue, type SuggestOptions } from './suggest';
export {
  EXTERNAL_ID_PREFIX,
  resolveColumns,
  validateRows,
  type KiaIssue,
  type ValidateOptions,
  type ValidationResult,
} from './validate';
