import type { FileFilter, OpenedFile, SaveResult } from '@shared/bridge';

/**
 * Everything that differs between the Electron app and a plain browser. The rest of the renderer
 * talks only to this interface, so the same UI runs (and is tested) in both.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  appVersion(): Promise<string>;
  /** Offers bytes to the user as a file; resolves when saved (or, in a browser, handed over). */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  /** Lets the user pick one file; null when the dialog was cancelled. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Prints the current view: to a PDF file in Electron, through the print dialog in a browser. */
  printToPdf(suggestedName: string, landscape?: boolean): Promise<SaveResult>;
}
