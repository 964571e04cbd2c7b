import type { FileFilter, OpenedFile } from '@shared/bridge';
import type { Platform } from './platform';

declare const __APP_VERSION__: string;

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

/** The browser implementation: a download for saving, a file input for opening, print dialog. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    sharedFolder: null,
    appVersion: () => Promise.resolve(__APP_VERSION__),

    saveFile(suggestedName, data) {
      const blob = new Blob([data.slice().buffer], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium reads the blob asynchronously after the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ saved: true, name: suggestedName });
    },

    openFile(filters) {
      return new Promise<OpenedFile | null>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.style.display = 'none';
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) {
            resolve(null);
            return;
          }
          file
            .arrayBuffer()
            .then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }))
            .catch(reject);
        });
        document.body.append(input);
        input.click();
      });
    },

    printToPdf() {
      window.print();
      return Promise.resolve({ saved: false });
    },
  };
}
