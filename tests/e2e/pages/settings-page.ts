import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { AppPage } from './app-page';

export interface BackupFile {
  format: string;
  tables: Record<string, unknown[]>;
}

/** Settings: language and the backup panel (export, restore, clear). */
export class SettingsPage extends AppPage {
  async openSettings(): Promise<void> {
    await this.open('/installningar');
  }

  status() {
    return this.page.getByRole('status');
  }

  alert() {
    return this.page.getByRole('alert');
  }

  /** Saves a backup through the UI and returns the parsed file the browser downloaded. */
  async exportBackup(): Promise<BackupFile> {
    const downloadPromise = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^sam-sakerhetskopia-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(this.status()).toContainText('Säkerhetskopian sparades');
    const parsed: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    return parsed as BackupFile;
  }

  /** Picks a file in the restore dialog and confirms. */
  async restore(file: { name: string; buffer: Buffer } | string): Promise<void> {
    const chooserPromise = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Återställ från fil…' }).click();
    const chooser = await chooserPromise;
    await chooser.setFiles(
      typeof file === 'string' ? file : { ...file, mimeType: 'application/json' },
    );
    const dialog = this.page.getByRole('dialog', { name: 'Återställ från fil…' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Återställ från fil…' }).click();
  }

  async clear(): Promise<void> {
    await this.page.getByRole('button', { name: 'Töm databasen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Töm databasen' });
    await dialog.getByRole('button', { name: 'Töm databasen' }).click();
    await expect(this.status()).toContainText('Databasen är tömd');
  }
}
