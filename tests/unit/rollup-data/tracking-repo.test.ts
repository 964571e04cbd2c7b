import { describe, expect, it } from 'vitest';
import type { SharedFolderEntry } from '@shared/bridge';
import { ValidationError, dumpDatabase, type SamDatabase } from '../../../renderer/src/data';
import { buildReturnPackage, recordReturn, recordSent } from '../../../renderer/src/data/outgoing';
import {
  childStatuses,
  getDeadlines,
  missingReminders,
  ownStatus,
  saveDeadlines,
} from '../../../renderer/src/data/tracking-repo';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { fill, useTestDb } from '../data/fixtures';
import { build, receive, unitInstallation } from './flows';
import { NOW, YEAR, followUp, newSigner, openReport, receivedRow, setUp } from './helpers';

const newDb = useTestDb();

const DEADLINES = { '1': '2026-03-01', '2': '2026-03-15', '3': '2026-04-01' } as const;

function folderEntry(nodeId: string, revision: number): SharedFolderEntry {
  return {
    year: YEAR,
    nodeId,
    file: `${revision}.samx`,
    kind: 'report',
    revision,
    size: 1000,
    modifiedAt: '2026-02-28T12:00:00.000Z',
  };
}

/**
 * The section's installation: unit1 received; unit2 received and returned; unit4 sent to the
 * shared folder but not imported; unit5 working on a draft kept here; unit6 nothing; unitOld
 * archived.
 */
async function section() {
  const u1 = await unitInstallation(newDb, 'unit1');
  const u2 = await unitInstallation(newDb, 'unit2');
  const db = await setUp(newDb(), 'sekA');
  const signer = await newSigner();
  await receive(db, [
    { nodeId: 'unit1', signer: u1.signer, bytes: (await build(u1.db, u1.signer)).bytes },
    { nodeId: 'unit2', signer: u2.signer, bytes: (await build(u2.db, u2.signer)).bytes },
  ]);
  const returned = await buildReturnPackage(db, {
    nodeId: 'unit2',
    year: YEAR,
    comment: 'Fråga 2 behöver en kommentar.',
    signer,
    crypto: webCrypto,
    now: NOW,
  });
  await recordReturn(db, returned, 'file', NOW);
  await fill(db, { followUps: [followUp('unit5', 'draft')] });
  return { db, u2, signer, returned };
}

const folder = [folderEntry('unit1', 1), folderEntry('unit4', 1)];

describe('childStatuses', () => {
  it('goes through all five states', async () => {
    const { db } = await section();
    const rows = await childStatuses(db, 'sekA', YEAR, '2026-02-20', folder);
    const by = new Map(rows.map((r) => [r.node.id, r]));
    expect(rows.map((r) => r.node.id).sort()).toEqual([
      'unit1',
      'unit2',
      'unit4',
      'unit5',
      'unit6',
    ]);
    expect(by.get('unit1')).toMatchObject({
      status: 'mottagen',
      revision: 1,
      receivedAt: NOW.toISOString(),
      returnComment: null,
      unitsMissing: 0,
    });
    expect(by.get('unit2')).toMatchObject({
      status: 'aterremitterad',
      revision: 1,
      returnComment: 'Fråga 2 behöver en kommentar.',
      unitsMissing: 1,
    });
    expect(by.get('unit4')).toMatchObject({ status: 'inskickad', revision: 1, receivedAt: null });
    expect(by.get('unit5')).toMatchObject({ status: 'pagar', revision: null });
    expect(by.get('unit6')).toMatchObject({ status: 'ej_paborjad', revision: null });
    // Without a folder scan, unit4 is simply not started here.
    const unscanned = await childStatuses(db, 'sekA', YEAR, '2026-02-20');
    expect(unscanned.find((r) => r.node.id === 'unit4')?.status).toBe('ej_paborjad');
  });

  it('shows a returned report as received again once a newer revision comes', async () => {
    const { db, u2 } = await section();
    await recordSent(u2.db, {
      kind: 'report',
      nodeId: 'unit2',
      year: YEAR,
      revision: 1,
      digest: 'a'.repeat(64),
      via: 'file',
    });
    const second = await build(u2.db, u2.signer);
    expect(second.revision).toBe(2);
    await receive(db, [{ nodeId: 'unit2', signer: u2.signer, bytes: second.bytes }]);
    const rows = await childStatuses(db, 'sekA', YEAR, '2026-02-20');
    expect(rows.find((r) => r.node.id === 'unit2')).toMatchObject({
      status: 'mottagen',
      revision: 2,
      returnComment: null,
    });
  });

  it('marks children overdue after their level deadline unless sent or received', async () => {
    const { db } = await section();
    await saveDeadlines(db, YEAR, DEADLINES);
    const before = await childStatuses(db, 'sekA', YEAR, '2026-03-01', folder);
    expect(before.every((r) => r.deadline === '2026-03-01' && !r.overdue)).toBe(true);

    const after = await childStatuses(db, 'sekA', YEAR, new Date(2026, 2, 2, 8), folder);
    const overdue = after.filter((r) => r.overdue).map((r) => r.node.id);
    expect(overdue.sort()).toEqual(['unit2', 'unit5', 'unit6']);

    // One level up: sections have their own deadline; sekA is in progress (reports below).
    const sections = await childStatuses(db, 'forv', YEAR, '2026-03-10', folder);
    expect(
      sections.map((r) => [r.node.id, r.status, r.deadline, r.overdue, r.unitsMissing]),
    ).toEqual([
      ['sekA', 'pagar', '2026-03-15', false, 4],
      ['sekB', 'ej_paborjad', '2026-03-15', false, 1],
    ]);
    const late = await childStatuses(db, 'forv', YEAR, '2026-03-16');
    expect(late.map((r) => r.overdue)).toEqual([true, true]);
  });
});

describe('deadlines', () => {
  it('are none until saved, then read back per level', async () => {
    const db = await setUp(newDb(), 'forv');
    expect(await getDeadlines(db, YEAR)).toEqual({ '1': null, '2': null, '3': null });
    await saveDeadlines(db, YEAR, { '1': '2026-03-01', '2': '', '3': null });
    expect(await getDeadlines(db, YEAR)).toEqual({ '1': '2026-03-01', '2': null, '3': null });
    expect(await getDeadlines(db, YEAR + 1)).toEqual({ '1': null, '2': null, '3': null });
  });

  it('refuses a bad date or a lower level after a higher one, in Swedish, storing nothing', async () => {
    const db = await setUp(newDb(), 'forv');
    await saveDeadlines(db, YEAR, DEADLINES);
    const before = await dumpDatabase(db);
    const bad = saveDeadlines(db, YEAR, { ...DEADLINES, '2': '2026-02-30' });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toThrow(
      'Sista dag för Verksamhet: "2026-02-30" är inte ett giltigt datum (ange ÅÅÅÅ-MM-DD).',
    );
    await expect(saveDeadlines(db, YEAR, { ...DEADLINES, '1': '2026-03-20' })).rejects.toThrow(
      'Sista dag för Enhet (2026-03-20) ligger efter sista dag för Verksamhet (2026-03-15)',
    );
    await expect(saveDeadlines(db, 1999, DEADLINES)).rejects.toThrow('Orimligt år');
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('missingReminders', () => {
  it('lists every unit and section not received, overdue first, then by path', async () => {
    const { db } = await section();
    await saveDeadlines(db, YEAR, DEADLINES);
    const list = await missingReminders(db, 'forv', YEAR, '2026-03-05', folder);
    expect(list.map((r) => [r.path.join(' › '), r.status, r.overdue])).toEqual([
      ['Sektion A › Björkens förskola', 'aterremitterad', true],
      ['Sektion A › Dalens skola', 'pagar', true],
      ['Sektion A › Ekens daglig verksamhet', 'ej_paborjad', true],
      ['Sektion B › Furuns boende', 'ej_paborjad', true],
      ['Sektion A', 'pagar', false],
      ['Sektion A › Cederns hemtjänst', 'inskickad', false],
      ['Sektion B', 'ej_paborjad', false],
    ]);
    expect(list[0]?.deadline).toBe('2026-03-01');
  });

  it('counts a report vouched for or carried in a package as received', async () => {
    const u1 = await unitInstallation(newDb, 'unit1');
    const unit1Bytes = (await build(u1.db, u1.signer)).bytes;
    const sectionDb = await setUp(newDb(), 'sekA');
    await fill(sectionDb, { followUps: [followUp('unit5', 'both')] });
    await receive(sectionDb, [{ nodeId: 'unit1', signer: u1.signer, bytes: unit1Bytes }]);
    const sectionPkg = await openReport((await build(sectionDb, await newSigner())).bytes);

    const db: SamDatabase = await setUp(newDb(), 'forv');
    await fill(db, {
      packages: [
        await receivedRow(sectionPkg, null, NOW.toISOString()),
        await receivedRow(await openReport(unit1Bytes), 'sekA', NOW.toISOString()),
      ],
    });
    const list = await missingReminders(db, 'sekA', YEAR, '2026-03-05');
    expect(list.map((r) => r.node.id)).toEqual(['unit2', 'unit4', 'unit6']);
    const rows = await childStatuses(db, 'forv', YEAR, '2026-03-05');
    expect(rows.map((r) => [r.node.id, r.status, r.unitsMissing])).toEqual([
      ['sekA', 'mottagen', 3],
      ['sekB', 'ej_paborjad', 1],
    ]);
  });
});

describe('ownStatus', () => {
  it('follows the unit from not started to sent, returned and sent again', async () => {
    const db = await setUp(newDb(), 'unit1');
    expect(await ownStatus(db, YEAR)).toMatchObject({
      status: 'ej_paborjad',
      readyToSend: false,
      nextRevision: 1,
    });
    await fill(db, { followUps: [followUp('unit1', 'manager')] });
    expect(await ownStatus(db, YEAR)).toMatchObject({ status: 'pagar', readyToSend: false });
    await fill(db, { followUps: [followUp('unit1', 'both')] });
    expect(await ownStatus(db, YEAR)).toMatchObject({ status: 'pagar', readyToSend: true });

    const signer = await newSigner();
    const first = await build(db, signer);
    await recordSent(
      db,
      {
        kind: 'report',
        nodeId: 'unit1',
        year: YEAR,
        revision: 1,
        digest: first.digest,
        via: 'file',
      },
      NOW,
    );
    expect(await ownStatus(db, YEAR)).toMatchObject({
      status: 'inskickad',
      revision: 1,
      sentAt: NOW.toISOString(),
      returned: null,
      nextRevision: 2,
    });

    // The section imports it and returns it; the unit imports the return.
    const sectionDb = await setUp(newDb(), 'sekA');
    const sectionSigner = await newSigner();
    await receive(sectionDb, [{ nodeId: 'unit1', signer, bytes: first.bytes }]);
    const back = await buildReturnPackage(sectionDb, {
      nodeId: 'unit1',
      year: YEAR,
      comment: 'Komplettera fråga 2.',
      signer: sectionSigner,
      crypto: webCrypto,
      now: NOW,
    });
    await receive(db, [{ nodeId: 'sekA', signer: sectionSigner, bytes: back.bytes }]);
    const returned = await ownStatus(db, YEAR);
    expect(returned).toMatchObject({ status: 'aterremitterad', revision: 1 });
    expect(returned.returned).toMatchObject({ revision: 1, comment: 'Komplettera fråga 2.' });

    const second = await build(db, signer);
    await recordSent(db, {
      kind: 'report',
      nodeId: 'unit1',
      year: YEAR,
      revision: 2,
      digest: second.digest,
      via: 'folder',
    });
    expect(await ownStatus(db, YEAR)).toMatchObject({
      status: 'inskickad',
      revision: 2,
      returned: null,
    });
  });

  it('a section is ready to send; the top level never sends', async () => {
    const sectionDb = await setUp(newDb(), 'sekA');
    expect(await ownStatus(sectionDb, YEAR)).toMatchObject({
      status: 'ej_paborjad',
      readyToSend: true,
    });
    const top = await setUp(newDb(), 'kommun');
    expect(await ownStatus(top, YEAR)).toMatchObject({ readyToSend: false });
  });
});
