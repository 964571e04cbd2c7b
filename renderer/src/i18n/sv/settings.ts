export const settings = {
  language: 'Språk',
  languageHelp: 'Valet sparas på den här datorn.',
  swedish: 'Svenska',
  english: 'English',
  backup: 'Säkerhetskopia',
  backupHelp:
    'Spara hela databasen som en fil och återställ den vid behov. Återställningen ersätter allt som finns sparat här.',
  exportBackup: 'Spara säkerhetskopia',
  restoreBackup: 'Återställ från fil…',
  exported: 'Säkerhetskopian sparades som {{name}}.',
  restored: 'Säkerhetskopian återställdes: {{count}} poster.',
  restoreFailed: 'Återställningen avbröts. Inget har ändrats. {{message}}',
  confirmRestore:
    'Återställningen ersätter allt som finns sparat i programmet med innehållet i filen. Vill du fortsätta?',
  clear: 'Töm databasen',
  clearHelp: 'Tar bort alla uppgifter som finns sparade på den här datorn.',
  confirmClear: 'Allt som finns sparat på den här datorn tas bort. Vill du fortsätta?',
  cleared: 'Databasen är tömd.',
  about: 'Om programmet',
  working: 'Arbetar…',
};
