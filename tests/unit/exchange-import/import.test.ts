import { zipSync, type Zippable } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, toHex, type Signer } from '@shared/exchange';
import { dumpDatabase, type SamDatabase } from '../../../renderer/src/data';
import {
  importPackages,
  verifyStoredPackage,
  type ImportOutcome,
} from '../../../renderer/src/data/package-repo';
import { loadReports } from '../../../renderer/src/data/rollup-repo';
import { retrustKey, trustKey } from '../../../renderer/src/data/trust-repo';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { useTestDb } from '../data/fixtures';
import {
  NOW,
  YEAR,
  newSigner,
  reportPackage,
  returnPackage,
  setUp,
  template,
  withExtraEntries,
} from './helpers';

const newDb = useTestDb();
const now = () => NOW;
const hex = (signer: Signer) => toHex(signer.publicKey);

async function importOne(db: SamDatabase, bytes: Uint8Array, name = 'paket.samx') {
  const [outcome] = await importPackages(db, [{ name, bytes }], { now });
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

/** Imports and expects the file refused with `code`, the database exactly as before. */
async function expectRefused(db: SamDatabase, bytes: Uint8Array, code: string | string[]) {
  const before = await dumpDatabase(db);
  const outcome = await importOne(db, bytes, 'fel.samx');
  if (outcome.kind !== 'refused') throw new Error(`not refused: ${JSON.stringify(outcome)}`);
  expect(outcome.file).toBe('fel.samx');
  expect([code].flat()).toContain(outcome.code);
  expect(outcome.message.length).toBeGreaterThan(20);
  expect(await dumpDatabase(db)).toBe(before);
  return outcome;
}

describe('importing unit packages at the section (barn1)', () => {
  let db: SamDatabase;
  let unitA: Signer;
  beforeEach(async () => {
    db = await setUp(newDb(), 'barn1');
    unitA = await newSigner();
  });

  it('asks to trust an unknown key first, storing nothing; imports once trusted', async () => {
    const bytes = await reportPackage('enhetA', unitA);
    const before = await dumpDatabase(db);
    const first = await importOne(db, bytes);
    expect(first).toEqual({
      file: 'paket.samx',
      kind: 'needs-trust',
      nodeId: 'enhetA',
      nodeName: 'Åsens boende',
      fingerprint: await fingerprint(webCrypto, unitA.publicKey),
      publicKey: hex(unitA),
      changed: false,
      previousFingerprint: null,
    });
    expect(await dumpDatabase(db)).toBe(before);

    await trustKey(db, 'enhetA', hex(unitA), { now });
    const second = await importOne(db, bytes);
    expect(second).toEqual({
      file: 'paket.samx',
      kind: 'imported',
      nodeId: 'enhetA',
      nodeName: 'Åsens boende',
      revision: 1,
      replaced: null,
      nested: 0,
    });
    const row = await db.packages.get(`enhetA:${YEAR}`);
    expect(row).toMatchObject({ revision: 1, viaNodeId: null, author: 'Anna Chef' });
    expect(row?.payload.reports[0]?.node.id).toBe('enhetA');
    expect(await db.submissions.get(`enhetA:${YEAR}:1`)).toMatchObject({
      status: 'received',
      receivedAt: NOW.toISOString(),
      digest: row?.digest,
    });
    expect(await verifyStoredPackage(db, 'enhetA', YEAR)).toEqual({
      ok: true,
      fingerprint: await fingerprint(webCrypto, unitA.publicKey),
      author: 'Anna Chef',
      created: '2026-02-20T08:00:00.000Z',
      revision: 1,
      carriedBy: null,
    });
  });

  it('names a stored file that is not bytes (a damaged database) instead of failing', async () => {
    await trustKey(db, 'enhetA', hex(unitA), { now });
    await importOne(db, await reportPackage('enhetA', unitA));
    // What the version 3 migration leaves when a version 2 row held text that is not base64.
    await db
      .table<{ id: string; bytes: unknown }, string>('packageFiles')
      .put({ id: `enhetA:${YEAR}`, bytes: 'inte base64' });
    expect(await verifyStoredPackage(db, 'enhetA', YEAR)).toEqual({
      ok: false,
      message: 'Det sparade paketet är skadat: innehållet går inte att läsa.',
    });
  });

  it('refuses a changed key until it is re-trusted explicitly', async () => {
    await trustKey(db, 'enhetA', hex(unitA), { now });
    const other = await newSigner();
    const bytes = await reportPackage('enhetA', other);
    const before = await dumpDatabase(db);
    const outcome = await importOne(db, bytes);
    expect(outcome).toMatchObject({
      kind: 'needs-trust',
      changed: true,
      publicKey: hex(other),
      previousFingerprint: await fingerprint(webCrypto, unitA.publicKey),
    });
    expect(await dumpDatabase(db)).toBe(before);

    const key = await retrustKey(db, 'enhetA', hex(other), { now });
    expect(key.previous).toEqual([
      {
        fingerprint: await fingerprint(webCrypto, unitA.publicKey),
        replacedAt: NOW.toISOString(),
      },
    ]);
    expect(await importOne(db, bytes)).toMatchObject({ kind: 'imported', revision: 1 });
  });

  it('applies the revision rules: unchanged, newer, older, conflict', async () => {
    await trustKey(db, 'enhetA', hex(unitA), { now });
    const rev1 = await reportPackage('enhetA', unitA, { revision: 1 });
    const rev2 = await reportPackage('enhetA', unitA, {
      revision: 2,
      created: '2026-02-22T08:00:00.000Z',
    });
    const rev2b = await reportPackage('enhetA', unitA, {
      revision: 2,
      created: '2026-02-23T08:00:00.000Z',
    });
    expect(await importOne(db, rev1)).toMatchObject({ kind: 'imported', replaced: null });

    let before = await dumpDatabase(db);
    expect(await importOne(db, rev1)).toMatchObject({ kind: 'unchanged', revision: 1 });
    expect(await dumpDatabase(db)).toBe(before);

    expect(await importOne(db, rev2)).toMatchObject({
      kind: 'imported',
      revision: 2,
      replaced: 1,
    });
    expect(await db.packages.get(`enhetA:${YEAR}`)).toMatchObject({ revision: 2 });
    // The file beside the row is the new revision's, byte for byte.
    expect((await db.packageFiles.get(`enhetA:${YEAR}`))?.bytes).toEqual(rev2);
    expect((await db.submissions.toArray()).map((s) => s.id)).toEqual([
      `enhetA:${YEAR}:1`,
      `enhetA:${YEAR}:2`,
    ]);

    before = await dumpDatabase(db);
    expect(await importOne(db, rev1)).toMatchObject({ kind: 'older', revision: 1, current: 2 });
    expect(await dumpDatabase(db)).toBe(before);

    const conflict = await importOne(db, rev2b);
    expect(conflict).toMatchObject({
      kind: 'conflict',
      revision: 2,
      storedCreated: '2026-02-22T08:00:00.000Z',
      newCreated: '2026-02-23T08:00:00.000Z',
      storedDigest: toHex(await webCrypto.sha256(rev2)),
      newDigest: toHex(await webCrypto.sha256(rev2b)),
    });
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('decides a batch in order, and one bad file does not stop the others', async () => {
    await trustKey(db, 'enhetA', hex(unitA), { now });
    const unitB = await newSigner();
    await trustKey(db, 'enhetB', hex(unitB), { now });
    const files = [
      { name: 'a1.samx', bytes: await reportPackage('enhetA', unitA, { revision: 1 }) },
      { name: 'trasig.samx', bytes: new TextEncoder().encode('inte ett paket') },
      { name: 'a2.samx', bytes: await reportPackage('enhetA', unitA, { revision: 2 }) },
      { name: 'b1.samx', bytes: await reportPackage('enhetB', unitB) },
      { name: 'a1-igen.samx', bytes: await reportPackage('enhetA', unitA, { revision: 1 }) },
    ];
    const progress: number[] = [];
    const outcomes = await importPackages(db, files, {
      now,
      onProgress: (done, total) => {
        expect(total).toBe(5);
        progress.push(done);
      },
    });
    expect(outcomes.map((o) => [o.file, o.kind])).toEqual([
      ['a1.samx', 'imported'],
      ['trasig.samx', 'refused'],
      ['a2.samx', 'imported'],
      ['b1.samx', 'imported'],
      ['a1-igen.samx', 'older'],
    ]);
    expect(outcomes[1]).toMatchObject({ code: 'not-zip' });
    expect(progress.at(-1)).toBe(5);
    expect(progress.slice(0, -1).every((d) => d < 5)).toBe(true);
    expect((await db.packages.toArray()).map((p) => [p.id, p.revision])).toEqual([
      [`enhetA:${YEAR}`, 2],
      [`enhetB:${YEAR}`, 1],
    ]);
  });

  it('stores nothing when aborted before the writes', async () => {
    await trustKey(db, 'enhetA', hex(unitA), { now });
    const bytes = await reportPackage('enhetA', unitA);
    const before = await dumpDatabase(db);
    const controller = new AbortController();
    const importing = importPackages(db, [{ name: 'a.samx', bytes }], {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(importing).rejects.toThrow();
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('refused packages leave the database identical (issue 6 acceptance)', () => {
  let db: SamDatabase;
  let unitA: Signer;
  beforeEach(async () => {
    db = await setUp(newDb(), 'barn1');
    unitA = await newSigner();
    await trustKey(db, 'enhetA', hex(unitA), { now });
    // Something stored already, so "nothing changed" is not trivially an empty database.
    expect(await importOne(db, await reportPackage('enhetA', unitA))).toMatchObject({
      kind: 'imported',
    });
  });

  it('a package with one byte changed', async () => {
    const bytes = await reportPackage('enhetA', unitA, { revision: 2 });
    // One letter of the author's name in manifest.json: its CRC, or else its signature, breaks.
    const at = toHex(bytes).indexOf(toHex(new TextEncoder().encode('Anna Chef'))) / 2;
    expect(at).toBeGreaterThan(0);
    const changed = bytes.slice();
    changed[at] = 'B'.charCodeAt(0);
    await expectRefused(db, changed, ['bad-digest', 'bad-signature']);

    // Any other single byte: refused too, whatever the reason found first.
    for (const position of [10, Math.floor(bytes.length / 2), bytes.length - 30]) {
      const flipped = bytes.slice();
      flipped[position] = (flipped[position] ?? 0) ^ 0xff;
      const before = await dumpDatabase(db);
      expect(await importOne(db, flipped)).toMatchObject({ kind: 'refused' });
      expect(await dumpDatabase(db)).toBe(before);
    }
  });

  it('a package signed by another key than the registered one', async () => {
    const before = await dumpDatabase(db);
    const outcome = await importOne(
      db,
      await reportPackage('enhetA', await newSigner(), { revision: 2 }),
    );
    expect(outcome).toMatchObject({ kind: 'needs-trust', changed: true });
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('a package whose signature is by another key than the one in its manifest', async () => {
    const bytes = await reportPackage('enhetA', unitA, { revision: 2 });
    const other = await newSigner();
    const forged = await withExtraEntries(bytes, other, {});
    await expectRefused(db, forged, 'bad-signature');
  });

  it('a package for a node outside the subtree, or not in the tree at all', async () => {
    const unitC = await newSigner();
    await trustKey(db, 'enhetC', hex(unitC), { now });
    const outside = await expectRefused(
      db,
      await reportPackage('enhetC', unitC),
      'outside-subtree',
    );
    expect(outside.message).toContain('Ceders hemtjänst');
    expect(outside.message).toContain('Barn 1');
    // The importer's own node and the nodes above it are not below it either.
    const own = await newSigner();
    await trustKey(db, 'barn1', hex(own), { now });
    await expectRefused(db, await reportPackage('barn1', own), 'outside-subtree');
    await db.orgNodes.delete('enhetB');
    const unitB = await newSigner();
    const unknown = await expectRefused(db, await reportPackage('enhetB', unitB), 'unknown-node');
    expect(unknown.message).toContain('Björkens boende');
  });

  it('a package with a zip-slip path', async () => {
    const bytes = await reportPackage('enhetA', unitA, { revision: 2 });
    const evil = await withExtraEntries(bytes, unitA, {
      '../evil.json': new TextEncoder().encode('{"pwned":true}'),
    });
    const outcome = await expectRefused(db, evil, 'bad-path');
    expect(outcome.message).toContain('../evil.json');
  });

  it('a package with 10,000 entries', async () => {
    const bytes = await reportPackage('enhetA', unitA, { revision: 2 });
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 9_997; i++) extra[`packages/n${i}.samx`] = new Uint8Array([i & 255]);
    const big = await withExtraEntries(bytes, unitA, extra);
    await expectRefused(db, big, 'too-many-entries');
  });

  it('a zip that is not a package, and an empty file', async () => {
    const zippable: Zippable = { 'readme.txt': [new TextEncoder().encode('hej'), { level: 0 }] };
    await expectRefused(db, zipSync(zippable), 'bad-path');
    await expectRefused(db, new Uint8Array(), 'not-zip');
  });
});

describe('nested packages at the administration (sof)', () => {
  let db: SamDatabase;
  let section: Signer;
  let unitA: Signer;
  let unitB: Signer;
  beforeEach(async () => {
    db = await setUp(newDb(), 'sof');
    [section, unitA, unitB] = await Promise.all([newSigner(), newSigner(), newSigner()]);
    await trustKey(db, 'barn1', hex(section), { now });
  });

  async function sectionPackage(revision: number, nested: { nodeId: string; bytes: Uint8Array }[]) {
    return reportPackage('barn1', section, {
      revision,
      created: `2026-02-2${revision}T08:00:00.000Z`,
      nested: nested.map((n) => ({ ...n, revision: 1 })),
    });
  }

  it('verifies and stores carried packages; a newer carrier revision replaces them', async () => {
    const a1 = await reportPackage('enhetA', unitA);
    const b1 = await reportPackage('enhetB', unitB);
    const carrier = await sectionPackage(1, [
      { nodeId: 'enhetA', bytes: a1 },
      { nodeId: 'enhetB', bytes: b1 },
    ]);
    const outcome = await importOne(db, carrier);
    expect(outcome).toMatchObject({ kind: 'imported', nodeId: 'barn1', nested: 2 });
    // The carrier's bytes are kept exactly as received (they are forwarded upward unchanged).
    expect((await db.packageFiles.get(`barn1:${YEAR}`))?.bytes).toEqual(carrier);
    expect((await db.packageFiles.toArray()).map((f) => f.id)).toEqual([`barn1:${YEAR}`]);
    expect((await db.packages.toArray()).map((p) => [p.id, p.viaNodeId, p.digest])).toEqual([
      [`barn1:${YEAR}`, null, toHex(await webCrypto.sha256(carrier))],
      [`enhetA:${YEAR}`, 'barn1', toHex(await webCrypto.sha256(a1))],
      [`enhetB:${YEAR}`, 'barn1', toHex(await webCrypto.sha256(b1))],
    ]);
    // The unit's own signature, not the section's, is what the drill-down shows.
    expect(await verifyStoredPackage(db, 'enhetA', YEAR)).toMatchObject({
      ok: true,
      fingerprint: await fingerprint(webCrypto, unitA.publicKey),
      carriedBy: 'barn1',
    });
    expect((await db.submissions.toArray()).map((s) => s.id).sort()).toEqual([
      `barn1:${YEAR}:1`,
      `enhetA:${YEAR}:1`,
      `enhetB:${YEAR}:1`,
    ]);

    // Revision 2 of the section carries only enhetA: enhetB's carried row goes with revision 1.
    const second = await importOne(db, await sectionPackage(2, [{ nodeId: 'enhetA', bytes: a1 }]));
    expect(second).toMatchObject({ kind: 'imported', revision: 2, replaced: 1, nested: 1 });
    expect((await db.packages.toArray()).map((p) => [p.id, p.viaNodeId])).toEqual([
      [`barn1:${YEAR}`, null],
      [`enhetA:${YEAR}`, 'barn1'],
    ]);
  });

  it('stores each template once and lists their ids on the rows; the first received is kept', async () => {
    const shared = template('mall-2026-sof');
    const a1 = await reportPackage('enhetA', unitA, { templates: [shared] });
    const b1 = await reportPackage('enhetB', unitB, {
      templates: [shared, template('mall-2026-lokal')],
    });
    const s1 = await sectionPackage(1, [
      { nodeId: 'enhetA', bytes: a1 },
      { nodeId: 'enhetB', bytes: b1 },
    ]);
    expect(await importOne(db, s1)).toMatchObject({ kind: 'imported', nested: 2 });
    const rows = await db.packages.toArray();
    expect(rows.map((row) => [row.id, row.templateIds, 'templates' in row.payload])).toEqual([
      [`barn1:${YEAR}`, [`mall-${YEAR}-r1`], false],
      [`enhetA:${YEAR}`, ['mall-2026-sof'], false],
      [`enhetB:${YEAR}`, ['mall-2026-sof', 'mall-2026-lokal'], false],
    ]);
    expect(await db.receivedTemplates.toArray()).toEqual(
      [template(`mall-${YEAR}-r1`), template('mall-2026-lokal'), shared].sort((x, y) =>
        x.id < y.id ? -1 : 1,
      ),
    );
    const { templates } = await loadReports(db, 'sof', YEAR);
    expect(templates.get('mall-2026-sof')).toEqual(shared);

    // A newer revision bringing other content under the same id: the stored version stays (a
    // published version never changes; the first one received is the one the views use).
    const changed = template('mall-2026-sof', 'Rutinerna är kända och används.');
    const a2 = await reportPackage('enhetA', unitA, { revision: 2, templates: [changed] });
    const s2 = await reportPackage('barn1', section, {
      revision: 2,
      nested: [{ nodeId: 'enhetA', revision: 2, bytes: a2 }],
    });
    expect(await importOne(db, s2)).toMatchObject({ kind: 'imported', replaced: 1 });
    expect(await db.receivedTemplates.get('mall-2026-sof')).toEqual(shared);
    expect((await db.packages.get(`enhetA:${YEAR}`))?.templateIds).toEqual(['mall-2026-sof']);
  });

  it('refuses a carrier whose nested package is broken, storing nothing', async () => {
    const a1 = await reportPackage('enhetA', unitA);
    const broken = a1.slice();
    const at = toHex(a1).indexOf(toHex(new TextEncoder().encode('Anna Chef'))) / 2;
    broken[at] = 'X'.charCodeAt(0);
    const outcome = await expectRefused(
      db,
      await sectionPackage(1, [{ nodeId: 'enhetA', bytes: broken }]),
      'nested',
    );
    expect(outcome.message).toContain('packages/enhetA.samx');
  });

  it('refuses a carrier that carries a node not below it', async () => {
    const unitC = await newSigner();
    const c1 = await reportPackage('enhetC', unitC);
    const outcome = await expectRefused(
      db,
      await sectionPackage(1, [{ nodeId: 'enhetC', bytes: c1 }]),
      'outside-subtree',
    );
    expect(outcome.message).toContain('Ceders hemtjänst');
  });

  it('refuses a carried package that conflicts with the one already received', async () => {
    await trustKey(db, 'enhetA', hex(unitA), { now });
    expect(await importOne(db, await reportPackage('enhetA', unitA))).toMatchObject({
      kind: 'imported',
    });
    const other = await reportPackage('enhetA', unitA, { created: '2026-02-21T09:00:00.000Z' });
    await expectRefused(
      db,
      await sectionPackage(1, [{ nodeId: 'enhetA', bytes: other }]),
      'conflict',
    );
  });
});

describe('carried packages are stored once, inside their carrier (kommun)', () => {
  let db: SamDatabase;
  let admin: Signer;
  let section: Signer;
  let unitA: Signer;
  let unitB: Signer;
  beforeEach(async () => {
    db = await setUp(newDb(), 'kommun');
    [admin, section, unitA, unitB] = await Promise.all([
      newSigner(),
      newSigner(),
      newSigner(),
      newSigner(),
    ]);
    await trustKey(db, 'sof', hex(admin), { now });
    await trustKey(db, 'barn1', hex(section), { now });
  });

  const rows = async () => {
    const files = new Set((await db.packageFiles.toArray()).map((f) => f.id));
    return (await db.packages.toArray()).map((p) => [
      p.id,
      p.viaNodeId,
      files.has(p.id),
      p.carriedPath,
    ]);
  };

  it('keeps only the carrier bytes and verifies a unit two levels down by its own key', async () => {
    const a1 = await reportPackage('enhetA', unitA);
    const b1 = await reportPackage('enhetB', unitB);
    const s1 = await reportPackage('barn1', section, {
      nested: [
        { nodeId: 'enhetA', revision: 1, bytes: a1 },
        { nodeId: 'enhetB', revision: 1, bytes: b1 },
      ],
    });
    const f1 = await reportPackage('sof', admin, {
      nested: [{ nodeId: 'barn1', revision: 1, bytes: s1 }],
    });
    expect(await importOne(db, f1)).toMatchObject({ kind: 'imported', nested: 3 });
    expect((await db.packageFiles.get(`sof:${YEAR}`))?.bytes).toEqual(f1);
    expect(await rows()).toEqual([
      [`barn1:${YEAR}`, 'sof', false, ['packages/barn1.samx']],
      [`enhetA:${YEAR}`, 'sof', false, ['packages/barn1.samx', 'packages/enhetA.samx']],
      [`enhetB:${YEAR}`, 'sof', false, ['packages/barn1.samx', 'packages/enhetB.samx']],
      [`sof:${YEAR}`, null, true, undefined],
    ]);
    for (const [nodeId, signer] of [
      ['enhetA', unitA],
      ['enhetB', unitB],
      ['barn1', section],
      ['sof', admin],
    ] as const) {
      expect(await verifyStoredPackage(db, nodeId, YEAR)).toMatchObject({
        ok: true,
        fingerprint: await fingerprint(webCrypto, signer.publicKey),
        carriedBy: nodeId === 'sof' ? null : 'sof',
      });
    }

    // A row that points at another entry than its own is not verified as its own.
    const rowA = await db.packages.get(`enhetA:${YEAR}`);
    if (!rowA) throw new Error('not stored');
    await db.packages.put({
      ...rowA,
      carriedPath: ['packages/barn1.samx', 'packages/enhetB.samx'],
    });
    expect(await verifyStoredPackage(db, 'enhetA', YEAR)).toMatchObject({ ok: false });
    await db.packages.put(rowA);

    // A changed byte in the carrier's stored bytes: nothing it carries verifies.
    const carrier = await db.packageFiles.get(`sof:${YEAR}`);
    if (!carrier) throw new Error('not stored');
    const damaged = f1.slice();
    const at = toHex(f1).indexOf(toHex(new TextEncoder().encode('Anna Chef'))) / 2;
    damaged[at] = 'X'.charCodeAt(0);
    await db.packageFiles.put({ ...carrier, bytes: damaged });
    for (const nodeId of ['enhetA', 'barn1', 'sof']) {
      expect(await verifyStoredPackage(db, nodeId, YEAR)).toMatchObject({ ok: false });
    }
  });

  it('a package received directly, replaced by a newer one carried: what it carried goes too', async () => {
    const a1 = await reportPackage('enhetA', unitA);
    const b1 = await reportPackage('enhetB', unitB);
    const s1 = await reportPackage('barn1', section, {
      nested: [
        { nodeId: 'enhetA', revision: 1, bytes: a1 },
        { nodeId: 'enhetB', revision: 1, bytes: b1 },
      ],
    });
    expect(await importOne(db, s1)).toMatchObject({ kind: 'imported', nested: 2 });
    expect(await rows()).toEqual([
      [`barn1:${YEAR}`, null, true, undefined],
      [`enhetA:${YEAR}`, 'barn1', false, ['packages/enhetA.samx']],
      [`enhetB:${YEAR}`, 'barn1', false, ['packages/enhetB.samx']],
    ]);
    expect(await verifyStoredPackage(db, 'enhetB', YEAR)).toMatchObject({ ok: true });

    // Revision 2 of the section, carrying enhetA only, arrives inside the administration's package.
    const s2 = await reportPackage('barn1', section, {
      revision: 2,
      created: '2026-02-22T08:00:00.000Z',
      nested: [{ nodeId: 'enhetA', revision: 1, bytes: a1 }],
    });
    const f1 = await reportPackage('sof', admin, {
      nested: [{ nodeId: 'barn1', revision: 2, bytes: s2 }],
    });
    expect(await importOne(db, f1)).toMatchObject({ kind: 'imported', nested: 2 });
    expect(await rows()).toEqual([
      [`barn1:${YEAR}`, 'sof', false, ['packages/barn1.samx']],
      [`enhetA:${YEAR}`, 'sof', false, ['packages/barn1.samx', 'packages/enhetA.samx']],
      [`sof:${YEAR}`, null, true, undefined],
    ]);
    for (const nodeId of ['enhetA', 'barn1', 'sof']) {
      expect(await verifyStoredPackage(db, nodeId, YEAR)).toMatchObject({ ok: true });
    }
    expect((await verifyStoredPackage(db, 'barn1', YEAR)).ok && 2).toBe(2);
  });

  it('verifies a carried row kept with a file of its own (no carriedPath) from that file', async () => {
    const a1 = await reportPackage('enhetA', unitA);
    const s1 = await reportPackage('barn1', section, {
      nested: [{ nodeId: 'enhetA', revision: 1, bytes: a1 }],
    });
    await importOne(db, s1);
    const row = await db.packages.get(`enhetA:${YEAR}`);
    if (!row) throw new Error('not stored');
    const { carriedPath: _path, ...older } = row;
    await db.packages.put(older);
    expect(await verifyStoredPackage(db, 'enhetA', YEAR)).toMatchObject({ ok: false });
    await db.packageFiles.put({ id: `enhetA:${YEAR}`, bytes: a1 });
    expect(await verifyStoredPackage(db, 'enhetA', YEAR)).toMatchObject({
      ok: true,
      fingerprint: await fingerprint(webCrypto, unitA.publicKey),
      carriedBy: 'barn1',
    });
  });
});

describe('return packages at the unit (enhetA)', () => {
  let db: SamDatabase;
  let section: Signer;
  beforeEach(async () => {
    db = await setUp(newDb(), 'enhetA');
    section = await newSigner();
    await trustKey(db, 'barn1', hex(section), { now });
  });

  it('stores a return from the node above as a notice', async () => {
    const outcome: ImportOutcome = await importOne(
      db,
      await returnPackage('barn1', 'enhetA', section, { returnedRevision: 1 }),
    );
    expect(outcome).toEqual({
      file: 'paket.samx',
      kind: 'return',
      nodeId: 'enhetA',
      revision: 1,
      fromNodeName: 'Barn 1',
      comment: 'Komplettera handlingsplanen.',
    });
    expect(await db.returnNotices.get(`enhetA:${YEAR}:1`)).toMatchObject({
      fromNodeId: 'barn1',
      author: 'Vera Verksamhet',
      comment: 'Komplettera handlingsplanen.',
      receivedAt: NOW.toISOString(),
    });
  });

  it('refuses a return for another node, from a node not above, or by an unknown key', async () => {
    await expectRefused(db, await returnPackage('barn1', 'enhetB', section), 'wrong-recipient');
    const sibling = await newSigner();
    await trustKey(db, 'enhetB', hex(sibling), { now });
    await expectRefused(db, await returnPackage('enhetB', 'enhetA', sibling), 'wrong-recipient');
    const before = await dumpDatabase(db);
    const unknownKey = await importOne(
      db,
      await returnPackage('barn1', 'enhetA', await newSigner()),
    );
    expect(unknownKey).toMatchObject({ kind: 'needs-trust', changed: true, nodeId: 'barn1' });
    expect(await dumpDatabase(db)).toBe(before);
  });
});
