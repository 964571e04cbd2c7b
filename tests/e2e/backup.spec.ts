import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SettingsPage, type BackupFile } from './pages/settings-page';

const SAMPLE = 'tests/fixtures/backup-sample.json';

function rowCount(backup: BackupFile): number {
  return Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
}

test('export, clear and restore give back identical data', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();

  // Put data in through the restore path itself, then take the first dump.
  await settings.restore(SAMPLE);
  await expect(settings.status()).toContainText('Säkerhetskopian återställdes');
  const sample = JSON.parse(await readFile(SAMPLE, 'utf8')) as BackupFile;
  const before = await settings.exportBackup();
  // The sample is an older backup: its tables come back as they were, the newer tables empty.
  for (const [name, rows] of Object.entries(before.tables)) {
    expect(rows, name).toEqual(sample.tables[name] ?? []);
  }
  expect(Object.keys(before.tables)).toEqual(expect.arrayContaining(Object.keys(sample.tables)));
  expect(rowCount(before)).toBeGreaterThan(10);

  await settings.clear();
  const empty = await settings.exportBackup();
  expect(rowCount(empty)).toBe(0);

  await settings.restore({
    name: 'exported.json',
    buffer: Buffer.from(JSON.stringify(before)),
  });
  await expect(settings.status()).toContainText(`${rowCount(before)} poster`);
  const after = await settings.exportBackup();
  expect(after.tables).toEqual(before.tables);
});

test('a corrupt or foreign file is refused in Swedish and nothing changes', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.restore(SAMPLE);
  await expect(settings.status()).toContainText('Säkerhetskopian återställdes');
  const before = await settings.exportBackup();
  const original = await readFile(SAMPLE);

  const corrupt = { name: 'trasig.json', buffer: original.subarray(0, original.length / 2) };
  await settings.restore(corrupt);
  await expect(settings.alert()).toContainText('Återställningen avbröts. Inget har ändrats.');
  await expect(settings.alert()).toContainText('Ogiltig JSON');
  expect((await settings.exportBackup()).tables).toEqual(before.tables);

  const foreign = { name: 'annan.json', buffer: Buffer.from('{"hello": 1}') };
  await settings.restore(foreign);
  await expect(settings.alert()).toContainText('inte en säkerhetskopia från SAM-uppföljning');
  expect((await settings.exportBackup()).tables).toEqual(before.tables);
});
