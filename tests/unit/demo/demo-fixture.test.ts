import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/data';
import { loadDemo } from '../../../renderer/src/features/demo/load-demo';
import { useTestDb } from '../data/fixtures';

/*
 * tests/fixtures/demo/demo-backup.json is the demo organisation as a backup file, for e2e specs
 * that restore it through the settings screen. It is the demo as of 2026-11-22, exported at a fixed
 * instant, so it only changes when the demo or the backup format changes. After such a change,
 * regenerate it with
 *
 *   UPDATE_DEMO_FIXTURE=1 npx vitest run tests/unit/demo/demo-fixture.test.ts
 *
 * and commit the result; without the variable this test fails when the file is stale.
 */
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/demo/demo-backup.json');
const DEMO_FIXTURE_TODAY = new Date(2026, 10, 22, 12);
const EXPORTED_AT = new Date('2026-11-22T12:00:00.000Z');

const newDb = useTestDb();

describe('the demo backup fixture', () => {
  it('is what the demo and the backup export produce now', async () => {
    const db = newDb();
    await loadDemo(db, DEMO_FIXTURE_TODAY);
    const current = new TextDecoder().decode(await exportBackup(db, EXPORTED_AT));
    if (process.env.UPDATE_DEMO_FIXTURE) writeFileSync(FIXTURE, current);
    expect(readFileSync(FIXTURE, 'utf8')).toBe(current);
  });
});
