import { beforeEach, describe, expect, it } from 'vitest';
import {
  BackupError,
  CURRENT_SCHEMA_VERSION,
  TABLE_NAMES,
  clearDatabase,
  dumpDatabase,
  exportBackup,
  restoreBackup,
  type SamDatabase,
} from '../../../renderer/src/data';
import { sortKeys } from '../../../renderer/src/data/dump';
import { NOW, emptyZip, fill, incident, sampleTables, useTestDb } from './fixtures';

const newDb = useTestDb();
const encode = (text: string) => new TextEncoder().encode(text);

/** A well-formed backup file of the sample rows, with `change` applied to the parsed object. */
function backupWith(change: (file: Record<string, unknown>) => void): Uint8Array {
  const file: Record<string, unknown> = {
    format: 'sam-uppfoljning-backup',
    formatVersion: 1,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: NOW.toISOString(),
    tables: sampleTables(),
  };
  change(file);
  // As exportBackup writes it: keys sorted, package bytes in base64.
  return encode(JSON.stringify(sortKeys(file)));
}

describe('export and restore', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, sampleTables());
  });

  it('export → clear → restore gives an identical dump, with rows in every table', async () => {
    const before = await dumpDatabase(db);
    for (const table of TABLE_NAMES) expect(await db.anyTable(table).count()).toBeGreaterThan(0);

    const bytes = await exportBackup(db, NOW);
    await clearDatabase(db);
    for (const table of TABLE_NAMES) expect(await db.anyTable(table).count()).toBe(0);

    const { counts } = await restoreBackup(db, bytes);
    expect(await dumpDatabase(db)).toBe(before);
    expect(counts).toMatchObject({ orgNodes: 6, answers: 2, incidents: 2, settings: 2 });
  });

  it('writes the documented file format, rows sorted by primary key', async () => {
    const file: unknown = JSON.parse(new TextDecoder().decode(await exportBackup(db, NOW)));
    expect(file).toMatchObject({
      format: 'sam-uppfoljning-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: '2026-02-10T09:30:00.000Z',
    });
    const ids = sampleTables().orgNodes.map((node) => node.id);
    expect(file).toHaveProperty(
      'tables.orgNodes',
      expect.arrayContaining(ids.map((id) => expect.objectContaining({ id }))),
    );
    const stored = await db.orgNodes.toCollection().primaryKeys();
    expect(stored).toEqual([...ids].sort());
  });

  it('replaces what was there: rows missing from the backup are gone afterwards', async () => {
    const bytes = await exportBackup(db, NOW);
    await fill(db, { incidents: [incident({ id: 'later', externalId: 'kia:9' })] });
    await restoreBackup(db, bytes);
    expect(await db.incidents.get('later')).toBeUndefined();
  });

  it('exports the same bytes twice for the same data', async () => {
    const first = await exportBackup(db, NOW);
    await restoreBackup(db, first);
    expect(await exportBackup(db, NOW)).toEqual(first);
  });
});

describe('a refused backup leaves the database untouched', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, sampleTables());
  });

  async function expectRefused(bytes: Uint8Array, message: string | RegExp, maxBytes?: number) {
    const before = await dumpDatabase(db);
    const restoring = restoreBackup(db, bytes, maxBytes === undefined ? {} : { maxBytes });
    await expect(restoring).rejects.toBeInstanceOf(BackupError);
    await expect(restoring).rejects.toThrow(message);
    expect(await dumpDatabase(db)).toBe(before);
  }

  it('invalid JSON', async () => {
    await expectRefused(
      encode('{"format": sam-uppfoljning}'),
      'Ogiltig JSON: oväntat tecken "s" – filen är skadad.',
    );
    await expectRefused(
      encode('{"format": 1,}'),
      'Ogiltig JSON: fel vid tecken 14 – filen är skadad.',
    );
  });

  it('a truncated file', async () => {
    const whole = await exportBackup(db, NOW);
    await expectRefused(whole.slice(0, Math.floor(whole.length / 2)), /^Ogiltig JSON: .*avkortad/);
  });

  it('a file cut inside a multi-byte character is still reported as truncated', async () => {
    const whole = await exportBackup(db, NOW);
    const cut = whole.indexOf(encode('Å')[0] ?? 0) + 1;
    await expectRefused(whole.slice(0, cut), /^Ogiltig JSON: .*avkortad/);
  });

  it('an empty file', async () => {
    await expectRefused(new Uint8Array(), /^Ogiltig JSON/);
  });

  it('a foreign JSON file', async () => {
    await expectRefused(
      encode('{"hello":1}'),
      'Filen är inte en säkerhetskopia från SAM-uppföljning.',
    );
    await expectRefused(encode('[1, 2, 3]'), 'Filen är inte en säkerhetskopia');
  });

  it('a binary file', async () => {
    await expectRefused(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]), 'inte text (UTF-8)');
  });

  it('a file larger than the cap', async () => {
    await expectRefused(await exportBackup(db, NOW), /^Filen är för stor/, 1000);
  });

  it('a wrong format version', async () => {
    await expectRefused(
      backupWith((file) => (file.formatVersion = 2)),
      'Säkerhetskopians format (version 2) kan inte läsas av detta program (format 1).',
    );
  });

  it('a newer schema', async () => {
    await expectRefused(
      backupWith((file) => (file.schemaVersion = CURRENT_SCHEMA_VERSION + 2)),
      `Säkerhetskopian är från en nyare version av programmet (schema ${CURRENT_SCHEMA_VERSION + 2}, detta program ${CURRENT_SCHEMA_VERSION}).`,
    );
  });

  it('a missing schema version', async () => {
    await expectRefused(
      backupWith((file) => delete file.schemaVersion),
      'saknar en giltig schemaversion',
    );
  });

  it('a row with an impossible date, naming table, row and field', async () => {
    const tables = sampleTables();
    tables.incidents.push(incident({ id: 'inc-3', date: '2025-02-30' }));
    await expectRefused(
      backupWith((file) => (file.tables = tables)),
      'Tabellen "incidents", rad 3: Ogiltigt datum (ange ÅÅÅÅ-MM-DD) (fält date)',
    );
  });

  it('a row of the wrong type, with zod’s Swedish message', async () => {
    const tables = sampleTables();
    const [first] = tables.orgNodes;
    if (first) first.name = '';
    await expectRefused(
      backupWith((file) => (file.tables = tables)),
      'Tabellen "orgNodes", rad 1: Namn saknas (fält name)',
    );
  });

  it('a missing or unknown table', async () => {
    const { settings: _settings, ...withoutSettings } = sampleTables();
    await expectRefused(
      backupWith((file) => (file.tables = withoutSettings)),
      'Tabellen "settings" saknas i säkerhetskopian.',
    );
    await expectRefused(
      backupWith((file) => (file.tables = { ...sampleTables(), friends: [] })),
      'okänd tabell: "friends"',
    );
  });

  it('an answer pointing to a follow-up that is not there', async () => {
    const tables = sampleTables();
    tables.answers.push({ id: 'x:q', followUpId: 'x', questionId: 'q', value: null, comment: '' });
    await expectRefused(
      backupWith((file) => (file.tables = tables)),
      'Tabellen "answers", rad 3: hänvisar till "x" som inte finns i tabellen "followUps" (fält followUpId)',
    );
  });

  it('received packages without their file, files without their package, carried rows without a carrier', async () => {
    const noFile = sampleTables();
    noFile.packageFiles = [];
    await expectRefused(
      backupWith((file) => (file.tables = noFile)),
      'Tabellen "packages", rad 1: paketet enhetA:2026 har ingen fil i tabellen "packageFiles"',
    );
    const stray = sampleTables();
    stray.packageFiles.push({ id: 'enhetB:2026', bytes: emptyZip() });
    await expectRefused(
      backupWith((file) => (file.tables = stray)),
      'Tabellen "packageFiles", rad 2: hänvisar till "enhetB:2026" som inte finns i tabellen "packages" (fält id)',
    );
    const [row] = sampleTables().packages;
    if (!row) throw new Error('no sample package');
    const carried = { ...row, id: 'enhetB:2026', nodeId: 'enhetB', viaNodeId: 'barn1' };
    const noCarrier = sampleTables();
    noCarrier.packages.push({ ...carried, carriedPath: ['packages/enhetB.samx'] });
    await expectRefused(
      backupWith((file) => (file.tables = noCarrier)),
      'Tabellen "packages", rad 2: paketet enhetB:2026 kom med paketet barn1:2026, som saknas',
    );
    const fileOfCarried = sampleTables();
    fileOfCarried.packages.push({
      ...carried,
      viaNodeId: 'enhetA',
      carriedPath: ['packages/enhetB.samx'],
    });
    fileOfCarried.packageFiles.push({ id: 'enhetB:2026', bytes: emptyZip() });
    await expectRefused(
      backupWith((file) => (file.tables = fileOfCarried)),
      'Tabellen "packageFiles", rad 2: paketet enhetB:2026 kom med ett annat paket och ska inte ha någon egen fil',
    );
  });

  it('a package row whose template is not stored, and a package file that is not base64', async () => {
    const noTemplate = sampleTables();
    noTemplate.receivedTemplates = [];
    await expectRefused(
      backupWith((file) => (file.tables = noTemplate)),
      'Tabellen "packages", rad 1: paketet enhetA:2026 anger mallen vuxen-2026-2, som saknas i tabellen "receivedTemplates" (fält templateIds)',
    );
    const notBase64 = sortKeys(sampleTables()) as { packageFiles: { bytes: string }[] };
    const [file] = notBase64.packageFiles;
    if (!file) throw new Error('no sample file');
    file.bytes = 'inte base64!';
    await expectRefused(
      backupWith((f) => (f.tables = notBase64)),
      'Tabellen "packageFiles", rad 1: Paketfilen är inte giltig base64',
    );
  });

  it('an org tree that breaks the level rule', async () => {
    const tables = sampleTables();
    tables.orgNodes.push({ id: 'fel', parentId: 'kommun', level: 1, name: 'Fel', archived: false });
    await expectRefused(
      backupWith((file) => (file.tables = tables)),
      'Tabellen "orgNodes", rad 7: nivå 1 kan inte ligga under en nod på nivå 4',
    );
  });

  it('duplicate keys and duplicate source-system ids', async () => {
    const tables = sampleTables();
    tables.incidents.push(incident({ id: 'inc-1' }));
    await expectRefused(
      backupWith((file) => (file.tables = tables)),
      'Tabellen "incidents", rad 3: värdet "inc-1" finns redan på rad 1 (fält id)',
    );
    const again = sampleTables();
    again.incidents.push(incident({ id: 'inc-9', externalId: 'kia:1001' }));
    await expectRefused(
      backupWith((file) => (file.tables = again)),
      'Tabellen "incidents", rad 3: värdet "kia:1001" finns redan på rad 1 (fält externalId)',
    );
  });

  it('two follow-ups for the same unit and year', async () => {
    const tables = sampleTables();
    const [first] = tables.followUps;
    if (first) tables.followUps.push({ ...first, id: 'fu-copy' });
    await expectRefused(
      backupWith((file) => (file.tables = tables)),
      'värdet ["enhetA",2026] finns redan på rad 1 (fält nodeId+year)',
    );
  });
});
