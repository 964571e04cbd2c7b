import type {
  FileFilter,
  FolderWriteResult,
  OpenedFile,
  SaveResult,
  SharedFolderEntry,
} from '@shared/bridge';

/** A package file found in the shared folder: defined with the bridge that carries it. */
export type { SharedFolderEntry };

/**
 * The municipality's shared folder (file server, OneDrive/SharePoint or Syncthing). Only the
 * Electron app has one; main keeps the chosen path, the renderer only names year, node and revision.
 */
export interface SharedFolder {
  /** The chosen folder, for display; null when none has been chosen. */
  current(): Promise<string | null>;
  /** Lets the user choose the folder; null when cancelled. */
  choose(): Promise<string | null>;
  /** Writes under a temporary name and renames; never overwrites an existing package. */
  write(entry: {
    year: number;
    nodeId: string;
    kind: 'report' | 'return';
    revision: number;
    data: Uint8Array;
  }): Promise<FolderWriteResult>;
  /** Every complete package of a year (temporary files are never listed). */
  scan(year: number): Promise<SharedFolderEntry[]>;
  read(entry: Pick<SharedFolderEntry, 'year' | 'nodeId' | 'file'>): Promise<Uint8Array>;
}

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
  /** The shared folder, or null where there is none (the browser build). */
  readonly sharedFolder: SharedFolder | null;
}
