import { describe, expect, it } from 'vitest';
import { closedWithoutReports, missingReports } from '@shared/incidents/legal';
import {
  RepositoryError,
  getIncident,
  importIncidents,
  listIncidentsForUnits,
  saveIncident,
} from '../../../renderer/src/data';
import { fill, incident, sampleTables, useTestDb } from '../data/fixtures';

/* The close rule in the data layer: saveIncident refuses, importIncidents keeps and flags. */
describe('closing a case with a missing report', () => {
  const makeDb = useTestDb();

  async function seeded() {
    const db = makeDb();
    await fill(db, sampleTables());
    return db;
  }

  const seriousAccident = incident({
    id: 'serious-1',
    type: 'olycksfall',
    serious: true,
    date: '2025-06-02',
    status: 'utreds',
  });

  it('saves a serious accident that is not closed, without its reports', async () => {
    const db = await seeded();
    await saveIncident(db, seriousAccident);
    expect(await getIncident(db, 'serious-1')).toEqual(seriousAccident);
  });

  it('refuses to close it while a report is missing, naming the report and the law', async () => {
    const db = await seeded();
    await saveIncident(db, seriousAccident);
    const closing = { ...seriousAccident, status: 'avslutad' as const };
    await expect(saveIncident(db, closing)).rejects.toThrowError(RepositoryError);
    await expect(saveIncident(db, closing)).rejects.toThrowError(
      /Arbetsmiljöverket \(Arbetsmiljölagen 3 kap\. 3 a §\) och anmälan till Försäkringskassan/,
    );
    await expect(saveIncident(db, { ...closing, reportedToAV: '2025-06-02' })).rejects.toThrowError(
      /Försäkringskassan \(Socialförsäkringsbalken 42 kap\. 10 §\) är inte/,
    );
    expect((await getIncident(db, 'serious-1'))?.status).toBe('utreds');
  });

  it('closes it once both dates are recorded', async () => {
    const db = await seeded();
    const closed = {
      ...seriousAccident,
      status: 'avslutad' as const,
      reportedToAV: '2025-06-02',
      reportedToFK: '2025-06-03',
    };
    await saveIncident(db, closed);
    expect(await getIncident(db, 'serious-1')).toEqual(closed);
  });

  it('closes a serious near miss with the Arbetsmiljöverket report alone', async () => {
    const db = await seeded();
    const nearMiss = incident({
      id: 'serious-2',
      type: 'tillbud',
      serious: true,
      reportedToAV: '2025-06-02',
      status: 'avslutad',
    });
    await saveIncident(db, nearMiss);
    expect((await getIncident(db, 'serious-2'))?.status).toBe('avslutad');
  });

  it('closes any case that is not serious without reports', async () => {
    const db = await seeded();
    await saveIncident(db, incident({ id: 'plain', type: 'olycksfall', status: 'avslutad' }));
    expect((await getIncident(db, 'plain'))?.status).toBe('avslutad');
  });

  it('imports a closed serious case without reports as it is, flagged as missing reports', async () => {
    const db = await seeded();
    const fromKia = {
      ...seriousAccident,
      id: 'kia-row',
      externalId: 'kia:9001',
      status: 'avslutad' as const,
    };
    expect(await importIncidents(db, [fromKia])).toEqual({ added: 1, updated: 0 });
    const stored = await getIncident(db, 'kia-row');
    expect(stored).toEqual(fromKia);
    if (!stored) throw new Error('not stored');
    expect(closedWithoutReports(stored)).toBe(true);
    expect(missingReports(stored)).toEqual(['av', 'fk']);

    // Editing it from the app needs the dates; re-importing the same row still works.
    await expect(saveIncident(db, { ...stored, description: 'Ändrad' })).rejects.toThrowError(
      RepositoryError,
    );
    expect(await importIncidents(db, [fromKia])).toEqual({ added: 0, updated: 1 });
    await saveIncident(db, { ...stored, reportedToAV: '2025-06-02', reportedToFK: '2025-06-02' });
    expect(closedWithoutReports((await getIncident(db, 'kia-row')) ?? stored)).toBe(false);
  });
});

describe('listIncidentsForUnits', () => {
  const makeDb = useTestDb();

  it('reads the incidents of several units within the range', async () => {
    const db = makeDb();
    await fill(db, {
      ...sampleTables(),
      incidents: [
        incident({ id: 'a1', nodeId: 'enhetA', date: '2025-01-10' }),
        incident({ id: 'a2', nodeId: 'enhetA', date: '2024-12-31' }),
        incident({ id: 'b1', nodeId: 'enhetB', date: '2025-12-31' }),
        incident({ id: 'b2', nodeId: 'enhetB', date: '2026-01-01' }),
      ],
    });
    const ids = async (range: { from?: string; to?: string }) =>
      (await listIncidentsForUnits(db, ['enhetA', 'enhetB'], range)).map((i) => i.id).sort();
    expect(await ids({ from: '2025-01-01', to: '2025-12-31' })).toEqual(['a1', 'b1']);
    expect(await ids({})).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(await listIncidentsForUnits(db, [])).toEqual([]);
  });
});
