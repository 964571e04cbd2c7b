/** The Swedish sentences of receiving packages and trusting keys, in one place. */
export const importSv = {
  noIdentity:
    'Installationen arbetar inte för någon nod ännu. Välj under Inställningar vilken nod du arbetar för innan du tar emot paket.',
  identityUnknown: (id: string) =>
    `Installationens nod (id ${id}) finns inte i organisationsträdet. Kontrollera inställningarna.`,
  unknownNode: (name: string, id: string) =>
    `Paketet gäller "${name}" (id ${id}), som inte finns i organisationsträdet här. Kontrollera att organisationen är uppdaterad och att paketet är rätt.`,
  outsideSubtree: (name: string, own: string) =>
    `Paketet gäller "${name}", som inte ligger under "${own}". Bara paket från noder under den egna kan tas emot här.`,
  reportOutside: (name: string, carrier: string) =>
    `Paketet från "${carrier}" innehåller en rapport för "${name}", som inte ligger under "${carrier}".`,
  nestedNotReport: 'är inget rapportpaket',
  nestedMismatch: 'stämmer inte med förteckningen i det yttre paketet (nod, version eller år)',
  nestedDuplicate: (id: string) => `noden ${id} finns med mer än en gång`,
  nestedUnknown: (name: string, id: string) =>
    `gäller "${name}" (id ${id}), som inte finns i organisationsträdet här`,
  nestedOutside: (name: string, carrier: string) =>
    `gäller "${name}", som inte ligger under "${carrier}" som skickade det`,
  nestedConflict: (name: string, revision: number) =>
    `Paketet innehåller version ${revision} för "${name}", men en annan version ${revision} för "${name}" har redan tagits emot. Be avsändaren kontrollera vilken som gäller.`,
  wrongRecipient: (target: string, own: string) =>
    `Återremissen gäller "${target}", men den här installationen arbetar för "${own}".`,
  senderNotAbove: (sender: string, own: string) =>
    `Återremissen kommer från "${sender}", som inte ligger ovanför "${own}".`,
  saveFailed: (detail: string) => `Paketet kunde inte sparas: ${detail}`,
  unreadable: (detail: string) => `Paketet kunde inte läsas: ${detail}`,
  packageMissing: (id: string, year: number) =>
    `Det finns inget mottaget paket för noden ${id} år ${year}.`,
  storedBytesBroken: 'Det sparade paketet är skadat: innehållet går inte att läsa.',
  storedDigestChanged:
    'Det sparade paketet stämmer inte med kontrollsumman från när det togs emot: det har ändrats.',
  badPublicKey: 'Den publika nyckeln är ogiltig: den ska vara 64 hexadecimala tecken (32 byte).',
  keyAlreadyTrusted: (name: string) =>
    `En annan nyckel är redan betrodd för "${name}". Om noden har bytt nyckel: jämför fingeravtrycket per telefon och välj "Lita på ny nyckel".`,
} as const;
