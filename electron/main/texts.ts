/**
 * The few Swedish strings the main process shows itself (dialogs, menu, PDF footer). The renderer
 * owns all other user-facing text through i18n; these live in one place for the same reason.
 */
export const sv = {
  appName: 'SAM-uppföljning',
  saveTitle: 'Spara fil',
  openTitle: 'Öppna fil',
  savePdfTitle: 'Spara som PDF',
  pdfFilter: 'PDF-dokument',
  fileTooLarge: 'Filen är för stor för att öppnas.',
  notAFile: 'Det valda objektet är ingen fil.',
  chooseFolderTitle: 'Välj gemensam mapp för SAM-paket',
  noSharedFolder: 'Ingen gemensam mapp är vald. Välj en mapp först.',
  notAFolder: 'Det valda objektet är ingen mapp.',
  sharedFolderUnavailable: (root: string) =>
    `Den gemensamma mappen ${root} går inte att nå. Kontrollera nätverket eller välj mappen igen.`,
  outsideSharedFolder: 'Filen ligger utanför den gemensamma mappen och har inte lästs.',
  notAPackageName: 'Filnamnet är inget paket i den gemensamma mappen.',
  packageIncomplete:
    'Paketet i den gemensamma mappen är inte färdigskrivet än. Försök igen om en stund.',
  /** Chromium fills the spans with classes pageNumber and totalPages when printing. */
  pdfFooter: 'Sida <span class="pageNumber"></span> av <span class="totalPages"></span>',
  menu: {
    file: 'Arkiv',
    edit: 'Redigera',
    view: 'Visa',
    window: 'Fönster',
    quit: 'Avsluta',
    close: 'Stäng fönster',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    reload: 'Läs in igen',
    devTools: 'Utvecklarverktyg',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Återställ zoom',
    fullScreen: 'Helskärm',
    minimize: 'Minimera',
    about: 'Om SAM-uppföljning',
    hide: 'Göm SAM-uppföljning',
  },
} as const;
