import { demoMunicipality } from '@shared/demo';
import {
  TABLE_NAMES,
  checkTables,
  replaceAllTables,
  type AllTables,
  type SamDatabase,
} from '../../data';

/**
 * Replaces everything in the database with the demo organisation ("Exempelstads kommun") as of
 * `today`. The rows go through the same checks as a restored backup (schemas, unique keys,
 * references) and are written in one transaction, so a failure leaves the database as it was.
 */
export async function loadDemo(db: SamDatabase, today: Date = new Date()): Promise<void> {
  // Typed as the data layer's tables: a row type that drifts from shared/demo fails to compile.
  const dataset: AllTables = demoMunicipality(today);
  const tables = checkTables(new Map(TABLE_NAMES.map((name) => [name, dataset[name]])));
  await replaceAllTables(db, tables);
}
