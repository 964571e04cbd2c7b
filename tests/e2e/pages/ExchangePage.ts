import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** A package file as the test carries it from one installation to another. */
export interface PackageFile {
  name: string;
  buffer: Buffer;
}

/** Skicka och ta emot: the Skicka, Ta emot and Nycklar sub-pages. */
export class ExchangePage extends AppPage {
  async openSend(): Promise<void> {
    await this.open('/utbyte');
    await expect(this.heading()).toHaveText('Skicka och ta emot');
  }

  async openReceive(): Promise<void> {
    await this.open('/utbyte/ta-emot');
  }

  async openKeys(): Promise<void> {
    await this.open('/utbyte/nycklar');
  }

  sendCard(): Locator {
    return this.page.getByRole('region', { name: /^Läge för / });
  }

  /** The status badge: "Ej påbörjad", "Klar att skicka", "Inskickad rev 2", … */
  ownStatus(): Locator {
    return this.sendCard().locator('.status-badge');
  }

  returnNotice(): Locator {
    return this.page.getByRole('region', { name: 'Uppföljningen har återremitterats' });
  }

  sendStatus(): Locator {
    return this.sendCard().getByRole('status');
  }

  /** Saves the package through the UI and returns the bytes the browser downloaded. */
  async saveAsFile(): Promise<PackageFile> {
    const downloadPromise = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Spara paket som fil' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.samx$/);
    await expect(this.sendStatus()).toContainText('sparades som');
    return {
      name: download.suggestedFilename(),
      buffer: await readFile(await download.path()),
    };
  }

  /** Chooses package files with the file button; the import starts at once. */
  async chooseFiles(files: PackageFile[]): Promise<void> {
    const chooserPromise = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Välj filer…' }).click();
    const chooser = await chooserPromise;
    await chooser.setFiles(
      files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer })),
    );
  }

  trustDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  results(): Locator {
    return this.page.getByRole('list', { name: 'Resultat' });
  }

  result(fileName: string): Locator {
    return this.results().getByRole('listitem').filter({ hasText: fileName });
  }

  progress(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Klart:|^Importerar/ });
  }

  /** The own fingerprint on Nycklar, as shown for reading aloud. */
  async ownFingerprint(): Promise<string> {
    await this.openKeys();
    const value = this.page.locator('.own-fingerprint .fingerprint');
    await expect(value).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    return (await value.textContent()) ?? '';
  }

  trustedKeys(): Locator {
    return this.page.getByRole('table', { name: 'Betrodda nycklar' });
  }
}
