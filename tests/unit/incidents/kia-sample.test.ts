import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAUSE_CATEGORIES, DEFAULT_PLACE_CATEGORIES } from '@shared/incidents/categories';
import { suggestMapping, validateRows, type SourceTable } from '@shared/incidents/kia';
import { orgNodeSchema } from '@shared/schemas';
import { importIncidents } from '../../../renderer/src/data';
import { readExportFile } from '../../../renderer/src/features/incidents/kia/read-table';
import { fill, useTestDb } from '../data/fixtures';

/*
 * The sample export shipped for the mapping wizard's e2e test: 153 rows of a fictional
 * municipality's 2025 (org-nodes.json), five of them broken on purpose. The XLSX holds the same
 * rows as Excel would (case numbers as numbers, dates and times as date cells).
 */
const file = (name: string) => {
  const buffer = readFileSync(new URL(`../../fixtures/kia/${name}`, import.meta.url));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};
const nodes = orgNodeSchema
  .array()
  .parse(
    JSON.parse(readFileSync(new URL('../../fixtures/kia/org-nodes.json', import.meta.url), 'utf8')),
  );
const units = nodes.filter((node) => node.level === 1);
const categories = { places: DEFAULT_PLACE_CATEGORIES, causes: DEFAULT_CAUSE_CATEGORIES };
const OPTIONS = { ...categories, importedAt: '2026-01-12T09:00:00.000Z', today: '2026-01-12' };

const readBoth = async (): Promise<{ csv: SourceTable; xlsx: SourceTable }> => ({
  csv: await readExportFile('kia-export-2025.csv', file('kia-export-2025.csv')),
  xlsx: await readExportFile('kia-export-2025.xlsx', file('kia-export-2025.xlsx')),
});

function validate(table: SourceTable) {
  const mapping = suggestMapping(
    table.headers,
    table.rows.map((row) => row.cells),
    { units, ...categories },
  );
  return validateRows(table, mapping, units, OPTIONS);
}

describe('the sample KIA export', () => {
  it('reads the same rows from the CSV and the XLSX', async () => {
    const { csv, xlsx } = await readBoth();
    expect(csv.headers).toHaveLength(13);
    expect(xlsx.headers).toEqual(csv.headers);
    expect(csv.rows).toHaveLength(153);
    expect(xlsx.rows.map((row) => row.cells)).toEqual(csv.rows.map((row) => row.cells));
  });

  it('keeps each file’s own row numbers (a quoted line break shifts the CSV by one)', async () => {
    const { csv, xlsx } = await readBoth();
    expect(xlsx.rows.map((row) => row.line)).toEqual(csv.rows.map((_, i) => i + 2));
    expect(csv.rows.slice(0, 13).map((row) => row.line)).toEqual(
      xlsx.rows.slice(0, 13).map((row) => row.line),
    );
    expect(csv.rows[12]?.cells[7]).toContain('\n');
    expect(csv.rows.slice(13).map((row) => row.line)).toEqual(
      xlsx.rows.slice(13).map((row) => row.line + 1),
    );
  });

  it('maps itself and lists exactly the broken rows, in Swedish, with the CSV line', async () => {
    const { csv } = await readBoth();
    const result = validate(csv);
    expect(result.problems).toEqual([]);
    expect(result.errors.map((error) => error.message)).toEqual([
      'Rad 33: Händelsedatum "2025-02-30" är inget giltigt datum (ange ÅÅÅÅ-MM-DD).',
      'Rad 58: okänd enhet "Björkgården".',
      'Rad 83: händelsetyp "Olycka?" saknas i mappningen.',
      'Rad 103: ärendenummer saknas.',
      'Rad 124: ärendenummer "251117" förekommer redan på rad 123.',
    ]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'Rad 23: Beskrivning innehåller ett personnummer eller samordningsnummer.',
    ]);
    expect(result.valid).toHaveLength(148);
  });

  it('gives the same incidents from the XLSX, its errors naming the sheet rows', async () => {
    const { csv, xlsx } = await readBoth();
    const fromCsv = validate(csv);
    const fromXlsx = validate(xlsx);
    expect(fromXlsx.valid).toEqual(fromCsv.valid);
    expect(fromXlsx.errors.map((error) => error.row)).toEqual([32, 57, 82, 102, 123]);
  });

  it('holds every type, serious events with their reports, and the spellings exports use', async () => {
    const { valid } = validate((await readBoth()).csv);
    const types = new Set(valid.map((incident) => incident.type));
    expect([...types].sort()).toEqual([
      'arbetssjukdom',
      'fardolycksfall',
      'olycksfall',
      'riskobservation',
      'tillbud',
    ]);
    const serious = valid.filter((incident) => incident.serious);
    expect(serious.length).toBeGreaterThanOrEqual(2);
    expect(serious.every((incident) => incident.reportedToAV !== null)).toBe(true);
    expect(valid.some((incident) => incident.causeCategory === null)).toBe(true);
    expect(valid.some((incident) => incident.placeCategory === null)).toBe(true);
    expect(valid.find((incident) => incident.externalId === 'kia:251006')?.time).toBe('08:30');
    expect(valid.find((incident) => incident.externalId === 'kia:251004')?.nodeId).toBe(
      'enh-hemtjanst-norr',
    );
  });
});

describe('importing the sample export', () => {
  const makeDb = useTestDb();

  it('stores the valid rows, and a second import of the same file adds nothing', async () => {
    const db = makeDb();
    await fill(db, { orgNodes: nodes });
    const { valid } = validate((await readBoth()).csv);
    expect(await importIncidents(db, valid)).toEqual({ added: 148, updated: 0 });
    expect(await importIncidents(db, valid)).toEqual({ added: 0, updated: 148 });
    expect(await db.incidents.count()).toBe(148);
  });
});
