import type { Messages } from '../sv';

export const settings: Messages['settings'] = {
  language: 'Language',
  languageHelp: 'Your choice is remembered on this computer.',
  swedish: 'Svenska',
  english: 'English',
  backup: 'Backup',
  backupHelp:
    'Save the whole database as a file and restore it when needed. Restoring replaces everything stored here.',
  exportBackup: 'Save backup',
  restoreBackup: 'Restore from file…',
  exported: 'The backup was saved as {{name}}.',
  restored: 'The backup was restored: {{count}} records.',
  restoreFailed: 'The restore was cancelled. Nothing was changed. {{message}}',
  confirmRestore:
    'Restoring replaces everything stored in the app with the contents of the file. Continue?',
  clear: 'Clear the database',
  clearHelp: 'Removes all data stored on this computer.',
  confirmClear: 'Everything stored on this computer will be removed. Continue?',
  cleared: 'The database is empty.',
  about: 'About',
  working: 'Working…',
};
