import { describe, expect, it } from 'vitest';
import { bytesEqual, openPackage, toHex } from '@shared/exchange';
import { RepositoryError, ValidationError, dumpDatabase } from '../../../renderer/src/data';
import {
  buildReturnPackage,
  nameSlug,
  recordReturn,
  recordSent,
} from '../../../renderer/src/data/outgoing';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { fill, useTestDb } from '../data/fixtures';
import { build, receive, unitInstallation as installUnit } from './flows';
import {
  NOW,
  TEMPLATE,
  YEAR,
  action,
  fillUnit,
  followUp,
  newSigner,
  openReport,
  setUp,
  summary,
} from './helpers';

const newDb = useTestDb();

const unitInstallation = (nodeId: string, sign?: 'draft' | 'manager' | 'both') =>
  installUnit(newDb, nodeId, sign);

describe('buildOwnPackage at a unit', () => {
  it('is refused until the follow-up is signed by both, saying who is missing', async () => {
    const none = await setUp(newDb(), 'unit1');
    const signer = await newSigner();
    await expect(build(none, signer)).rejects.toThrow(
      /Det finns ingen uppföljning 2026 för Åsens boende/,
    );

    const draft = await unitInstallation('unit1', 'draft');
    await expect(build(draft.db, draft.signer)).rejects.toThrow(
      'inte signerad av enhetschefen och skyddsombudet',
    );
    const half = await unitInstallation('unit1', 'manager');
    const refusal = build(half.db, half.signer);
    await expect(refusal).rejects.toBeInstanceOf(RepositoryError);
    await expect(refusal).rejects.toThrow('inte signerad av skyddsombudet');
    // Marked signed but a signature is missing (e.g. restored from an edited backup): refused too.
    const fu = followUp('unit1', 'both');
    await half.db.followUps.put({ ...fu, signOff: { ...fu.signOff, safetyRep: null } });
    await expect(build(half.db, half.signer)).rejects.toThrow('inte signerad av skyddsombudet');
  });

  it('builds a signed package: comments blanked, statistics without incident rows, two years of actions', async () => {
    const { db, signer } = await unitInstallation('unit1');
    const built = await build(db, signer);
    expect(built.revision).toBe(1);
    expect(built.fileName).toBe('SAM-2026-asens-boende-r1.samx');
    expect(built.digest).toBe(toHex(await webCrypto.sha256(built.bytes)));

    const opened = await openReport(built.bytes);
    expect(opened.manifest).toMatchObject({
      nodeId: 'unit1',
      level: 1,
      revision: 1,
      author: 'Anna Chef',
    });
    expect(opened.manifest.publicKey).toBe(toHex(signer.publicKey));
    expect(opened.payload.options).toEqual({ freeText: false, incidentDetails: false });
    expect(opened.payload.templates.map((t) => t.id)).toEqual([TEMPLATE.id]);
    expect(opened.payload.nested).toEqual([]);
    expect(opened.payload.reports).toHaveLength(1);
    const [body] = opened.payload.reports;
    expect(body?.followUp?.status).toBe('signed');
    expect(body?.answers.map((a) => [a.questionId, a.value, a.comment])).toEqual(
      expect.arrayContaining([
        ['q-rutiner', 'ja', ''],
        ['q-apt', 'delvis', ''],
      ]),
    );
    expect(body?.incidents).toBeNull();
    expect(body?.incidentStats.year).toBe(2025);
    expect(body?.incidentStats.monthByType.tillbud[2]).toBe(1);
    expect(body?.incidentStats.monthByType.olycksfall[2]).toBe(1);
    expect(body?.incidentStats.monthByType.riskobservation[10]).toBe(1);
    // The organisation's cause list: one category used twice; "Inte i listan" counts as missing.
    expect(body?.incidentStats.byCause).toEqual([
      {
        category: 'Fall, halka eller snubbling',
        byType: {
          riskobservation: 0,
          tillbud: 1,
          olycksfall: 1,
          fardolycksfall: 0,
          arbetssjukdom: 0,
        },
      },
    ]);
    expect(body?.incidentStats.missingCause.riskobservation).toBe(1);
    expect(body?.actions.map((a) => a.id).sort()).toEqual(['unit1-a25', 'unit1-a26']);
    expect(body?.summary?.summary).toBe('Sammanfattning unit1');
    expect(built.summary).toEqual({
      answers: 2,
      incidents: 3,
      actions: 2,
      nested: 0,
      localReports: 0,
    });
  });

  it('includes comments and incident rows only when asked to', async () => {
    const { db, signer } = await unitInstallation('unit1');
    const opened = await openReport((await build(db, signer, true, true)).bytes);
    const [body] = opened.payload.reports;
    expect(opened.payload.options).toEqual({ freeText: true, incidentDetails: true });
    expect(body?.answers.find((a) => a.questionId === 'q-rutiner')?.comment).toBe(
      'Bra rutiner, Kalle vet',
    );
    expect(body?.incidents?.map((i) => i.id).sort()).toEqual(['unit1-i1', 'unit1-i2', 'unit1-i3']);
  });

  it('counts revisions from what was recorded as sent', async () => {
    const { db, signer } = await unitInstallation('unit1');
    const first = await build(db, signer);
    // Built but never saved: the next build is still revision 1.
    expect((await build(db, signer)).revision).toBe(1);
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
    // Saved a second time (same bytes): nothing changes.
    const again = await recordSent(db, {
      kind: 'report',
      nodeId: 'unit1',
      year: YEAR,
      revision: 1,
      digest: first.digest,
      via: 'folder',
    });
    expect(again).toMatchObject({
      id: `report:unit1:${YEAR}:1`,
      via: 'file',
      createdAt: NOW.toISOString(),
    });
    await expect(
      recordSent(db, {
        kind: 'report',
        nodeId: 'unit1',
        year: YEAR,
        revision: 1,
        digest: 'b'.repeat(64),
        via: 'file',
      }),
    ).rejects.toThrow('Revision 1 är redan registrerad som skickad');
    await expect(
      recordSent(db, {
        kind: 'report',
        nodeId: 'unit1',
        year: YEAR,
        revision: 2,
        digest: 'nej',
        via: 'file',
      }),
    ).rejects.toBeInstanceOf(ValidationError);

    const second = await build(db, signer);
    expect(second.revision).toBe(2);
    expect(second.fileName).toBe('SAM-2026-asens-boende-r2.samx');
    expect((await openReport(second.bytes)).manifest.revision).toBe(2);
  });

  it('makes file names of safe characters', () => {
    expect(nameSlug('Åsens boende / Hus 2 (Ö)')).toBe('asens-boende-hus-2-o');
    expect(nameSlug('???')).toBe('nod');
  });
});

describe('buildOwnPackage at a section', () => {
  async function sectionWithTwoUnits() {
    const u1 = await unitInstallation('unit1');
    const u2 = await unitInstallation('unit2');
    const p1 = (await build(u1.db, u1.signer)).bytes;
    const p2 = (await build(u2.db, u2.signer, true)).bytes;
    const db = await setUp(newDb(), 'sekA', 'Vera Verksamhet');
    await fill(db, {
      summaries: [summary('sekA', 'Sektionens sammanfattning')],
      actions: [action('sekA', 'sekA-a26', YEAR)],
    });
    // A small unit whose data is kept at the section: signed (goes) and a draft one (does not).
    await fillUnit(db, 'unit5');
    await fill(db, { followUps: [followUp('unit4', 'draft')] });
    await receive(db, [
      { nodeId: 'unit1', signer: u1.signer, bytes: p1 },
      { nodeId: 'unit2', signer: u2.signer, bytes: p2 },
    ]);
    return { db, p1, p2, u1, signer: await newSigner() };
  }

  it('carries two received unit packages unchanged, byte for byte', async () => {
    const { db, p1, p2, signer } = await sectionWithTwoUnits();
    const built = await build(db, signer);
    expect(built.fileName).toBe('SAM-2026-sektion-a-r1.samx');
    const opened = await openReport(built.bytes);
    expect(opened.manifest).toMatchObject({ nodeId: 'sekA', level: 2, author: 'Vera Verksamhet' });

    // Own report first, then the locally held signed unit; never the draft.
    expect(opened.payload.reports.map((r) => r.node.id)).toEqual(['sekA', 'unit5']);
    const own = opened.payload.reports[0];
    expect(own?.followUp).toBeNull();
    expect(own?.summary?.summary).toBe('Sektionens sammanfattning');
    expect(own?.actions.map((a) => a.id)).toEqual(['sekA-a26']);
    expect(opened.payload.templates.map((t) => t.id)).toEqual([TEMPLATE.id]);

    const stored = await db.packageFiles.bulkGet([`unit1:${YEAR}`, `unit2:${YEAR}`]);
    expect(opened.payload.nested.map((n) => [n.nodeId, n.revision, n.file])).toEqual([
      ['unit2', 1, 'packages/unit2.samx'],
      ['unit1', 1, 'packages/unit1.samx'],
    ]);
    for (const [file, original, row] of [
      ['packages/unit1.samx', p1, stored[0]],
      ['packages/unit2.samx', p2, stored[1]],
    ] as const) {
      const carried = opened.nested.get(file);
      expect(carried && bytesEqual(carried, original)).toBe(true);
      const kept = row?.bytes ?? null;
      expect(carried && kept && bytesEqual(carried, kept)).toBe(true);
      // The carried package still opens with its own signature.
      const inner = await openPackage(carried ?? new Uint8Array(), webCrypto);
      expect(inner.digest).toBe((await db.packages.get(row?.id ?? ''))?.digest);
    }
    expect(built.summary).toEqual({
      answers: 2,
      incidents: 3,
      actions: 3,
      nested: 2,
      localReports: 1,
    });
  });

  it('refuses to forward a received package whose stored bytes are damaged', async () => {
    const { db, signer } = await sectionWithTwoUnits();
    const row = await db.packageFiles.get(`unit1:${YEAR}`);
    if (!row) throw new Error('not imported');
    const damaged = row.bytes.slice();
    damaged[0] = (damaged[0] ?? 0) ^ 1;
    await db.packageFiles.put({ ...row, bytes: damaged });
    await expect(build(db, signer)).rejects.toThrow(
      'Det mottagna paketet från Åsens boende är skadat',
    );
    // One whose stored file is text, not bytes (what a migration leaves of bad base64).
    await db
      .table<{ id: string; bytes: unknown }, string>('packageFiles')
      .put({ id: row.id, bytes: 'inte base64' });
    await expect(build(db, signer)).rejects.toThrow(
      'Det mottagna paketet från Åsens boende är skadat',
    );
    // And one whose file is gone altogether.
    await db.packageFiles.delete(row.id);
    await expect(build(db, signer)).rejects.toThrow(
      'Det mottagna paketet från Åsens boende är skadat',
    );
  });

  it('returns a received report with a comment and marks the submission returned', async () => {
    const { db, signer } = await sectionWithTwoUnits();
    const before = await dumpDatabase(db);
    const options = { nodeId: 'unit1', year: YEAR, signer, crypto: webCrypto, now: NOW };
    await expect(buildReturnPackage(db, { ...options, comment: '   ' })).rejects.toThrow(
      'Skriv en kommentar till mottagaren',
    );
    await expect(
      buildReturnPackage(db, { ...options, nodeId: 'unit4', comment: 'x' }),
    ).rejects.toThrow('Det finns inget mottaget paket 2026 från Cederns hemtjänst');
    await expect(
      buildReturnPackage(db, { ...options, nodeId: 'unit3', comment: 'x' }),
    ).rejects.toThrow('ligger inte under');
    expect(await dumpDatabase(db)).toBe(before);

    const built = await buildReturnPackage(db, {
      ...options,
      comment: ' Fråga 2 saknar kommentar. ',
    });
    expect(built.revision).toBe(1);
    expect(built.fileName).toBe('SAM-2026-retur-asens-boende-r1.samx');
    const opened = await openPackage(built.bytes, webCrypto);
    expect(opened.kind).toBe('return');
    expect(opened.manifest).toMatchObject({ kind: 'return', nodeId: 'sekA' });
    expect(opened.payload).toMatchObject({
      kind: 'return',
      targetNodeId: 'unit1',
      returnedRevision: 1,
      comment: 'Fråga 2 saknar kommentar.',
    });
    // Built, not saved yet: nothing is marked (a cancelled save leaves everything as it was).
    expect(await dumpDatabase(db)).toBe(before);

    const sent = await recordReturn(db, built, 'file', NOW);
    expect(sent).toMatchObject({
      id: `return:unit1:${YEAR}:1`,
      kind: 'return',
      via: 'file',
      digest: built.digest,
      comment: 'Fråga 2 saknar kommentar.',
    });
    expect(await db.submissions.get(`unit1:${YEAR}:1`)).toMatchObject({
      status: 'returned',
      comment: 'Fråga 2 saknar kommentar.',
    });
    expect(await db.submissions.get(`unit2:${YEAR}:1`)).toMatchObject({ status: 'received' });
  });

  it('does not mark a return whose report was replaced by a newer one before it was saved', async () => {
    const { db, signer, u1 } = await sectionWithTwoUnits();
    const built = await buildReturnPackage(db, {
      nodeId: 'unit1',
      year: YEAR,
      comment: 'Fråga 2 saknar kommentar.',
      signer,
      crypto: webCrypto,
      now: NOW,
    });
    // Revision 2 from the unit arrives while the save dialog is open.
    const revision1 = await build(u1.db, u1.signer);
    await recordSent(u1.db, {
      ...revision1,
      kind: 'report',
      nodeId: 'unit1',
      year: YEAR,
      via: 'file',
    });
    const revision2 = await build(u1.db, u1.signer);
    expect(revision2.revision).toBe(2);
    await receive(db, [{ nodeId: 'unit1', signer: u1.signer, bytes: revision2.bytes }]);
    const before = await dumpDatabase(db);
    await expect(recordReturn(db, built, 'file', NOW)).rejects.toThrow(
      'Ett nyare paket från Åsens boende har tagits emot under tiden',
    );
    expect(await dumpDatabase(db)).toBe(before);
  });
});
