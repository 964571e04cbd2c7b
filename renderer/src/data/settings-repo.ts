import type { z } from 'zod';
import type { SamDatabase } from './db';
import { settingSchema } from './tables';
import { validate } from './validate';

export type JsonValue = z.infer<typeof settingSchema>['value'];

/** A local setting's value, or undefined when never set (the caller knows its default). */
export async function getSetting(db: SamDatabase, key: string): Promise<JsonValue | undefined> {
  return (await db.settings.get(key))?.value;
}

export async function setSetting(db: SamDatabase, key: string, value: JsonValue): Promise<void> {
  await db.settings.put(validate(settingSchema, { key, value }));
}

export async function deleteSetting(db: SamDatabase, key: string): Promise<void> {
  await db.settings.delete(key);
}
