/**
 * Every user-facing text of the data layer, in Swedish, in one place (STYLE.md: no scattered
 * literals). The UI shows these `message`s as they are.
 */
export const sv = {
  field: (message: string, path: string) => (path ? `${message} (fält ${path})` : message),
  row: (table: string, rowNumber: number, detail: string) =>
    `Tabellen "${table}", rad ${rowNumber}: ${detail}`,

  invalid: 'Ogiltiga uppgifter.',

  // Repositories
  nodeMissing: (id: string) => `Organisationsnoden "${id}" finns inte.`,
  ownAncestor: 'En nod kan inte flyttas in under sig själv eller under en av sina undernoder.',
  levelMismatch: (childLevel: number, parentLevel: number) =>
    `Nivåerna stämmer inte: en nod på nivå ${childLevel} ska ligga direkt under en nod på nivå ${childLevel + 1}, inte på nivå ${parentLevel}.`,
  rootLevel: 'Bara en nod på nivå 4 (högsta nivån) kan sakna överordnad nod.',
  levelFixed: (name: string) =>
    `Nivån kan inte ändras för en befintlig nod ("${name}"). Lägg upp en ny nod i stället.`,
  parentArchived: (name: string) =>
    `"${name}" ligger under en arkiverad nod. Återställ den överordnade noden först.`,
  organisationExists:
    'Det finns redan en organisation. Ändra den under Organisation i stället för att lägga upp en ny.',
  templateMissing: (id: string) => `Mallen "${id}" finns inte.`,
  templatePublished: 'En publicerad mall ändras inte. Skapa en ny version i stället.',
  templateInUse: 'Mallen kan inte tas bort: det finns uppföljningar som besvaras mot den.',
  draftExists: (year: number) =>
    `Det finns redan ett utkast för ${year}. Arbeta vidare i det eller ta bort det först.`,
  followUpMissing: (id: string) => `Uppföljningen "${id}" finns inte.`,
  followUpSigned: 'Uppföljningen är signerad och kan inte ändras förrän den öppnas igen.',
  followUpExists: (nodeId: string, year: number) =>
    `Det finns redan en uppföljning för "${nodeId}" år ${year}.`,
  templateLocked: 'Mallen kan inte bytas när frågor redan har besvarats mot den.',
  questionMissing: (questionId: string) => `Frågan "${questionId}" finns inte i mallen.`,
  externalIdTwice: (externalId: string) =>
    `Händelsen med id "${externalId}" från källsystemet förekommer två gånger i importen.`,
  externalIdTaken: (externalId: string) =>
    `En annan händelse har redan id "${externalId}" från källsystemet.`,
  submissionMissing: (id: string) => `Inlämningen "${id}" finns inte.`,

  // Backup
  notBackup: 'Filen är inte en säkerhetskopia från SAM-uppföljning.',
  tooLarge: (megabytes: number, capMegabytes: number) =>
    `Filen är för stor för att vara en säkerhetskopia (${megabytes} MB, högst ${capMegabytes} MB).`,
  notUtf8: 'Filen är inte text (UTF-8) och kan inte vara en säkerhetskopia från SAM-uppföljning.',
  jsonTruncated: 'Ogiltig JSON: filen tar slut mitt i innehållet – den är avkortad eller skadad.',
  jsonAt: (position: number) => `Ogiltig JSON: fel vid tecken ${position} – filen är skadad.`,
  jsonToken: (token: string) => `Ogiltig JSON: oväntat tecken "${token}" – filen är skadad.`,
  jsonBroken: 'Ogiltig JSON: filen är skadad.',
  formatVersion: (found: string, ours: number) =>
    `Säkerhetskopians format (version ${found}) kan inte läsas av detta program (format ${ours}).`,
  schemaVersionInvalid: 'Säkerhetskopian saknar en giltig schemaversion.',
  newerSchema: (found: number, ours: number) =>
    `Säkerhetskopian är från en nyare version av programmet (schema ${found}, detta program ${ours}).`,
  tablesMissing: 'Säkerhetskopian innehåller inga tabeller.',
  tableMissing: (table: string) => `Tabellen "${table}" saknas i säkerhetskopian.`,
  tableUnknown: (table: string) => `Säkerhetskopian innehåller en okänd tabell: "${table}".`,
  tableNotList: (table: string) => `Tabellen "${table}" är inte en lista med rader.`,
  duplicate: (field: string, value: string, firstRow: number) =>
    `värdet ${value} finns redan på rad ${firstRow} (fält ${field})`,
  dangling: (value: string, target: string, field: string) =>
    `hänvisar till "${value}" som inte finns i tabellen "${target}" (fält ${field})`,
  rowLevelMismatch: (level: number, parentLevel: number) =>
    `nivå ${level} kan inte ligga under en nod på nivå ${parentLevel} (fält parentId)`,
  rowRootLevel: 'bara en nod på nivå 4 kan sakna överordnad nod (fält parentId)',
  packageFileMissing: (id: string) =>
    `paketet ${id} har ingen fil i tabellen "packageFiles" och anger inte heller var det ligger i ett annat paket (fält carriedPath)`,
  fileOfCarried: (id: string) =>
    `paketet ${id} kom med ett annat paket och ska inte ha någon egen fil (fält id)`,
  receivedTemplateMissing: (id: string, templateId: string) =>
    `paketet ${id} anger mallen ${templateId}, som saknas i tabellen "receivedTemplates" (fält templateIds)`,
  carrierMissing: (id: string, carrierId: string) =>
    `paketet ${id} kom med paketet ${carrierId}, som saknas i tabellen "packages" eller inte har någon egen fil (fält viaNodeId)`,
  restoreFailed: (detail: string) =>
    `Återställningen avbröts och databasen är oförändrad: ${detail}`,
} as const;
