/**
 * The import's Swedish messages in one place: each says which row, which column or value, and what
 * is wrong, so a caseworker can fix the export (or the mapping) without guessing.
 */
import { formatNumber } from '../../format';

const q = (value: string) => `"${value}"`;

export const kiaMessages = {
  // Row errors
  idMissing: (row: number) => `Rad ${row}: ärendenummer saknas.`,
  idTooLong: (row: number, max: number) => `Rad ${row}: ärendenumret är längre än ${max} tecken.`,
  duplicateId: (row: number, id: string, firstRow: number) =>
    `Rad ${row}: ärendenummer ${q(id)} förekommer redan på rad ${firstRow}.`,
  dateMissing: (row: number) => `Rad ${row}: händelsedatum saknas.`,
  invalidDate: (row: number, label: string, value: string) =>
    `Rad ${row}: ${label} ${q(value)} är inget giltigt datum (ange ÅÅÅÅ-MM-DD).`,
  futureDate: (row: number, date: string) =>
    `Rad ${row}: händelsedatum ${date} ligger i framtiden.`,
  invalidTime: (row: number, value: string) =>
    `Rad ${row}: Klockslag ${q(value)} är inget giltigt klockslag (ange TT:MM).`,
  typeMissing: (row: number) => `Rad ${row}: händelsetyp saknas.`,
  unmappedType: (row: number, value: string) =>
    `Rad ${row}: händelsetyp ${q(value)} saknas i mappningen.`,
  unitMissing: (row: number) => `Rad ${row}: enhet saknas.`,
  unknownUnit: (row: number, value: string) => `Rad ${row}: okänd enhet ${q(value)}.`,
  ambiguousUnit: (row: number, value: string) =>
    `Rad ${row}: flera enheter heter ${q(value)}; välj rätt enhet i mappningen.`,
  unitMappedToMissing: (row: number, value: string) =>
    `Rad ${row}: enheten ${q(value)} är mappad till en enhet som inte finns (längre).`,
  unmappedCategory: (row: number, label: string, value: string) =>
    `Rad ${row}: ${label.toLocaleLowerCase('sv')} ${q(value)} saknas i mappningen.`,
  categoryNotInList: (row: number, label: string, value: string, category: string) =>
    `Rad ${row}: ${label.toLocaleLowerCase('sv')} ${q(value)} är mappad till ${q(category)}, som inte finns i listan.`,
  unmappedStatus: (row: number, value: string) =>
    `Rad ${row}: status ${q(value)} saknas i mappningen.`,
  invalidYesNo: (row: number, label: string, value: string) =>
    `Rad ${row}: ${label} ${q(value)} ska vara Ja eller Nej.`,
  tooLong: (row: number, label: string, max: number) =>
    `Rad ${row}: ${label} är längre än ${formatNumber(max)} tecken.`,

  // Warnings (the row is still imported)
  identityNumber: (row: number, label: string) =>
    `Rad ${row}: ${label} innehåller ett personnummer eller samordningsnummer.`,
  identityNumberMasked: (row: number, label: string) =>
    `Rad ${row}: ${label} innehöll ett personnummer eller samordningsnummer, som har maskerats.`,

  // Mapping problems (nothing is validated until they are solved)
  columnMissing: (label: string) =>
    `Välj vilken kolumn som innehåller ${label.toLocaleLowerCase('sv')}.`,
  unitColumnMissing:
    'Välj vilken kolumn som innehåller enhet, eller välj en enhet som alla rader hör till.',
  columnNotInFile: (label: string, header: string) =>
    `Kolumnen ${q(header)} (${label.toLocaleLowerCase('sv')}) finns inte i filen.`,
  noRows: 'Filen innehåller inga rader med händelser.',

  // Reading the file
  unknownFormat: (name: string) =>
    `Filen ${q(name)} är varken CSV (.csv, .txt) eller Excel (.xlsx). Spara exporten i något av de formaten.`,
  unclosedQuote: (row: number) =>
    `Filen kan inte läsas: citattecknet som börjar på rad ${row} avslutas aldrig.`,
  notXlsx:
    'Filen kan inte läsas som en Excel-arbetsbok (.xlsx). Äldre .xls-filer måste sparas om som .xlsx.',
  emptyWorkbook: 'Excel-filen innehåller inget blad med data.',
  noHeader: 'Filen saknar en rubrikrad med kolumnnamn.',
};
