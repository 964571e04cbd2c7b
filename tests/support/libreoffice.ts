import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * LibreOffice headless for the export tests (Vitest and Playwright alike): a file converted to
 * PDF, then the PDF's text by pdftotext. Each conversion uses a LibreOffice profile of its own in
 * the given directory, so parallel runs do not lock each other out, and the Swedish locale, as a
 * Swedish user's LibreOffice would show the workbook's number formats. The callers check the
 * result themselves.
 */

const run = promisify(execFile);

/** The soffice binary, or undefined where LibreOffice is not installed (the tests skip). */
export const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

/** Converts `file` (inside `dir`) to PDF in `dir`; returns where the PDF should be. */
export async function convertToPdf(file: string, dir: string, timeout: number): Promise<string> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) saknas');
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout, env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8' } },
  );
  return file.replace(/\.\w+$/, '.pdf');
}

/** The text of a PDF (UTF-8; `layout` keeps the page layout). */
export async function pdfText(pdf: string, { layout = false } = {}): Promise<string> {
  const { stdout } = await run(
    'pdftotext',
    [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'],
    { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}
