/** Incidents and accidents: the personal-data guard, the seed's statistics, the KIA import. */
export {
  MASK_TEXT,
  containsPersonalIdentityNumber,
  findPersonalIdentityNumbers,
  luhnValid,
  maskPersonalIdentityNumbers,
  type FindOptions,
  type IdentityNumberKind,
  type IdentityNumberMatch,
} from './personnummer';
export {
  byCategory,
  incidentsInYear,
  monthByType,
  monthKeys,
  type CategoryCount,
  type CategoryCounts,
  type CategoryKind,
  type MonthByTypeRow,
  type MonthByTypeTable,
} from './statistics';
export * as kia from './kia';
export * from './categories';
