/** Why a package was refused. The code is for programs; the message is Swedish, for people. */
export type ExchangeErrorCode =
  | 'too-large'
  | 'not-zip'
  | 'too-many-entries'
  | 'bad-path'
  | 'duplicate-entry'
  | 'missing-file'
  | 'unlisted-file'
  | 'bad-manifest'
  | 'bad-signature'
  | 'bad-digest'
  | 'bad-payload'
  | 'nested'
  | 'outside-subtree'
  | 'unknown-node'
  | 'unknown-key'
  | 'changed-key'
  | 'conflict'
  | 'wrong-recipient';

export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExchangeError';
  }
}

const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** The Swedish sentences of the exchange format, in one place. */
export const exchangeMessages = {
  tooLarge: (size: number, max: number) =>
    `Paketet är ${mb(size)}, mer än de ${mb(max)} ett paket får vara.`,
  notZip: 'Filen är inget SAM-paket (.samx): den går inte att läsa som zip-arkiv.',
  corrupt:
    'Paketet är skadat eller har ändrats efter att det skapades: zip-filens uppgifter stämmer inte med varandra.',
  tooManyEntries: (max: number) =>
    `Paketet innehåller fler än ${max.toLocaleString('sv-SE')} filer och har inte lästs.`,
  tooMuchData: (max: number) =>
    `Paketet packas upp till mer än ${mb(max)} och har inte lästs (misstänkt zip-bomb).`,
  badPath: (name: string) =>
    `Paketet innehåller en otillåten sökväg: "${name.slice(0, 120)}". Bara manifest.json, manifest.sig, payload.json och packages/<namn>.samx är tillåtna.`,
  duplicateEntry: (name: string) => `Paketet innehåller filen "${name}" två gånger.`,
  missingFile: (name: string) => `Paketet saknar filen ${name}.`,
  unlistedFile: (name: string) =>
    `Filen "${name}" i paketet finns inte med i manifestet (eller tvärtom).`,
  badJson: (name: string) => `${name} i paketet är inte giltig JSON.`,
  badManifest: (where: string, what: string) => `manifest.json: ${where}: ${what}`,
  foreignFormat: 'Filen är inget SAM-paket: manifestet saknar formatmärkningen.',
  newerFormat: (version: unknown) =>
    `Paketet har formatversion ${String(version)}, som den här versionen av programmet inte kan läsa. Uppdatera programmet.`,
  badSignature:
    'Signaturen stämmer inte: paketet har ändrats efter att det signerades, eller signerats med en annan nyckel.',
  badDigest: (name: string) =>
    `Kontrollsumman för ${name} stämmer inte med manifestet: filen har ändrats efter signeringen.`,
  badPayload: (where: string, what: string) => `payload.json: ${where}: ${what}`,
  payloadMismatch: (what: string) => `payload.json stämmer inte med manifestet: ${what}.`,
  nested: (file: string, reason: string) => `Det inneliggande paketet ${file}: ${reason}`,
  tooDeep: 'Paketen ligger i fler nivåer än organisationen har.',
} as const;
