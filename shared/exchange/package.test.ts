import { zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyIncidentStats } from '../rollup/incident-stats';
import type { OrgNode } from '../schemas/org';
import { defaultTemplate } from '../templates';
import { toHex } from './bytes';
import { CheckedTemplates } from './checked-templates';
import type { CryptoPort, Signer } from './crypto-port';
import { ExchangeError, type ExchangeErrorCode } from './errors';
import {
  EXCHANGE_FORMAT_VERSION,
  MANIFEST_FILE,
  PAYLOAD_FILE,
  SIGNATURE_FILE,
  nestedEntryName,
  type Manifest,
} from './manifest';
import {
  DEFAULT_LIMITS,
  buildPackage,
  openPackage,
  type PackageInput,
  type PackageLimits,
} from './package';
import type { ReportPayload, ReturnPayload } from './payload';

/** The CryptoPort on Node's Web Crypto (the same `crypto.subtle` the renderer has). */
const crypto: CryptoPort = {
  sha256: async (data) =>
    new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(data))),
  verifyEd25519: async (publicKey, signature, data) => {
    try {
      const key = await globalThis.crypto.subtle.importKey(
        'raw',
        new Uint8Array(publicKey),
        { name: 'Ed25519' },
        false,
        ['verify'],
      );
      return await globalThis.crypto.subtle.verify(
        'Ed25519',
        key,
        new Uint8Array(signature),
        new Uint8Array(data),
      );
    } catch {
      return false;
    }
  },
};

async function newSigner(): Promise<Signer> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ]);
  const publicKey = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey,
    sign: async (data) =>
      new Uint8Array(
        await globalThis.crypto.subtle.sign('Ed25519', pair.privateKey, new Uint8Array(data)),
      ),
  };
}

const YEAR = 2026;
const CREATED = '2026-03-01T10:00:00.000Z';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const unit: OrgNode = {
  id: 'enhetA',
  parentId: 'barn1',
  level: 1,
  name: 'Enhet A',
  archived: false,
};
const section: OrgNode = {
  id: 'barn1',
  parentId: 'sof',
  level: 2,
  name: 'Barn och familj',
  archived: false,
};

function body(node: OrgNode): ReportPayload['reports'][number] {
  return {
    node,
    followUp: null,
    answers: [],
    incidentStats: emptyIncidentStats(YEAR - 1),
    incidents: null,
    actions: [],
    summary: {
      id: `${node.id}:${YEAR}`,
      nodeId: node.id,
      year: YEAR,
      summary: 'Sammanfattning',
      goodExamples: '',
      challenges: '',
      priorities: 'Prioritering',
    },
    surveys: [],
  };
}

function reportInput(
  node: OrgNode,
  nested: { nodeId: string; revision: number; bytes: Uint8Array; digest: string }[] = [],
  revision = 1,
): PackageInput {
  return {
    kind: 'report',
    node: { id: node.id, name: node.name, level: node.level },
    year: YEAR,
    revision,
    created: CREATED,
    author: 'Anna Andersson',
    payload: {
      kind: 'report',
      year: YEAR,
      options: { freeText: false, incidentDetails: false },
      templates: [],
      reports: [body(node)],
      nested: nested.map((n) => ({
        nodeId: n.nodeId,
        revision: n.revision,
        digest: n.digest,
        file: nestedEntryName(n.nodeId),
      })),
    },
    nested: nested.map((n) => ({ file: nestedEntryName(n.nodeId), bytes: n.bytes })),
  };
}

const returnPayload: ReturnPayload = {
  kind: 'return',
  year: YEAR,
  targetNodeId: 'enhetA',
  returnedRevision: 1,
  returnedAt: CREATED,
  comment: 'Fyll i svaret på fråga 3.',
};

function returnInput(): PackageInput {
  return {
    kind: 'return',
    node: { id: section.id, name: section.name, level: section.level },
    year: YEAR,
    revision: 1,
    created: CREATED,
    author: 'Bo Berg',
    payload: returnPayload,
  };
}

/** A package's entries, in order, as the strict reader sees them (every entry is stored). */
function entriesOf(bytes: Uint8Array): [string, Uint8Array][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: [string, Uint8Array][] = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const name = decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength;
    out.push([name, bytes.slice(start, start + size)]);
    at = start + size;
  }
  return out;
}

/** Zips entries the way buildPackage does (stored, the package's time), in the given order. */
function zipEntries(entries: [string, Uint8Array][]): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of entries)
    zippable[name] = [data, { level: 0, mtime: new Date(CREATED) }];
  return zipSync(zippable);
}

function manifestOf(bytes: Uint8Array): Manifest {
  const entry = entriesOf(bytes).find(([name]) => name === MANIFEST_FILE);
  if (!entry) throw new Error('no manifest');
  return JSON.parse(decoder.decode(entry[1])) as Manifest;
}

/**
 * Rebuilds a package from its entries with `change` applied to the manifest, then signs the new
 * manifest with `signer` (or keeps the old signature when `signer` is null).
 */
async function withManifest(
  bytes: Uint8Array,
  change: (manifest: Manifest) => unknown,
  signer: Signer | null,
  entries: [string, Uint8Array][] = entriesOf(bytes),
): Promise<Uint8Array> {
  const manifestBytes = encoder.encode(JSON.stringify(change(manifestOf(bytes)), null, 2));
  const oldSignature = entriesOf(bytes).find(([name]) => name === SIGNATURE_FILE)?.[1];
  const signature = signer ? await signer.sign(manifestBytes) : oldSignature;
  if (!signature) throw new Error('no signature');
  return zipEntries([
    [MANIFEST_FILE, manifestBytes],
    [SIGNATURE_FILE, signature],
    ...entries.filter(([name]) => name !== MANIFEST_FILE && name !== SIGNATURE_FILE),
  ]);
}

/** A manifest file row for bytes at `path`. */
async function fileRow(path: string, data: Uint8Array): Promise<Manifest['files'][number]> {
  return { path, sha256: toHex(await crypto.sha256(data)), size: data.byteLength };
}

async function refusal(
  bytes: Uint8Array,
  limits?: PackageLimits,
): Promise<{ code: ExchangeErrorCode; message: string }> {
  try {
    await openPackage(bytes, crypto, { limits });
  } catch (error) {
    if (error instanceof ExchangeError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the package was accepted');
}

let signer: Signer;
let other: Signer;
let unitBytes: Uint8Array;
let unitDigest: string;
let sectionBytes: Uint8Array;
let returnBytes: Uint8Array;

beforeAll(async () => {
  signer = await newSigner();
  other = await newSigner();
  unitBytes = await buildPackage(reportInput(unit), signer, crypto);
  unitDigest = toHex(await crypto.sha256(unitBytes));
  sectionBytes = await buildPackage(
    reportInput(section, [{ nodeId: unit.id, revision: 1, bytes: unitBytes, digest: unitDigest }]),
    other,
    crypto,
  );
  returnBytes = await buildPackage(returnInput(), other, crypto);
});

describe('buildPackage → openPackage', () => {
  it('round trips a report package', async () => {
    const opened = await openPackage(unitBytes, crypto);
    expect(opened.kind).toBe('report');
    expect(opened.payload).toEqual(reportInput(unit).payload);
    expect(opened.manifest).toMatchObject({
      format: 'sam-uppfoljning-paket',
      formatVersion: EXCHANGE_FORMAT_VERSION,
      kind: 'report',
      nodeId: 'enhetA',
      nodeName: 'Enhet A',
      level: 1,
      year: YEAR,
      revision: 1,
      created: CREATED,
      author: 'Anna Andersson',
      publicKey: toHex(signer.publicKey),
    });
    expect(opened.manifest.files.map((f) => f.path)).toEqual([PAYLOAD_FILE]);
    expect(opened.publicKey).toEqual(signer.publicKey);
    expect(opened.digest).toBe(unitDigest);
    expect(opened.bytes).toBe(unitBytes);
    expect(opened.nested.size).toBe(0);
  });

  it('makes the same bytes from the same input (Ed25519 signatures are deterministic)', async () => {
    expect(await buildPackage(reportInput(unit), signer, crypto)).toEqual(unitBytes);
  });

  it('lays the zip out as documented: manifest, signature, payload, nested packages', () => {
    expect(entriesOf(sectionBytes).map(([name]) => name)).toEqual([
      MANIFEST_FILE,
      SIGNATURE_FILE,
      PAYLOAD_FILE,
      'packages/enhetA.samx',
    ]);
    const [, signature] = entriesOf(sectionBytes)[1] ?? [];
    expect(signature?.byteLength).toBe(64);
  });

  it('carries nested packages unchanged, and they open on their own', async () => {
    const opened = await openPackage(sectionBytes, crypto);
    expect(opened.publicKey).toEqual(other.publicKey);
    expect(opened.payload).toMatchObject({
      nested: [{ nodeId: 'enhetA', revision: 1, digest: unitDigest, file: 'packages/enhetA.samx' }],
    });
    const carried = opened.nested.get('packages/enhetA.samx');
    expect(carried).toEqual(unitBytes);
    const inner = await openPackage(carried ?? new Uint8Array(), crypto);
    expect(inner.publicKey).toEqual(signer.publicKey);
    expect(inner.digest).toBe(unitDigest);
  });

  it('round trips a return package', async () => {
    const opened = await openPackage(returnBytes, crypto);
    expect(opened.kind).toBe('return');
    expect(opened.payload).toEqual(returnPayload);
    expect(opened.manifest.kind).toBe('return');
  });

  it('accepts a package signed by any key: which key belongs to a node is the importer’s call', async () => {
    const byOther = await buildPackage(reportInput(unit), other, crypto);
    expect((await openPackage(byOther, crypto)).publicKey).toEqual(other.publicKey);
  });
});

describe('openPackage refuses tampering', () => {
  it('refuses a change of any single byte, wherever it is', async () => {
    const accepted: number[] = [];
    for (let i = 0; i < sectionBytes.byteLength; i++) {
      for (const flip of [0x01, 0x80]) {
        const copy = sectionBytes.slice();
        copy[i] = (copy[i] ?? 0) ^ flip;
        try {
          await openPackage(copy, crypto);
          accepted.push(i);
        } catch (error) {
          if (!(error instanceof ExchangeError)) throw error;
        }
      }
    }
    expect(accepted).toEqual([]);
  });

  it('refuses a changed payload (digest) and a changed nested package (digest)', async () => {
    const entries = entriesOf(sectionBytes);
    const payload = JSON.parse(decoder.decode(entries[2]?.[1])) as ReportPayload;
    const changed: [string, Uint8Array][] = entries.map(([name, data]) =>
      name === PAYLOAD_FILE
        ? [name, encoder.encode(JSON.stringify({ ...payload, templates: [] }) + ' ')]
        : [name, data],
    );
    expect(await refusal(zipEntries(changed))).toMatchObject({
      code: 'bad-digest',
      message: expect.stringContaining('payload.json') as string,
    });

    const nested = entries.map(([name, data]): [string, Uint8Array] =>
      name === 'packages/enhetA.samx' ? [name, data.slice().fill(7, 100, 101)] : [name, data],
    );
    expect((await refusal(zipEntries(nested))).code).toBe('bad-digest');
  });

  it('refuses a manifest edited and not re-signed', async () => {
    const edited = await withManifest(unitBytes, (m) => ({ ...m, author: 'Någon annan' }), null);
    expect(await refusal(edited)).toMatchObject({
      code: 'bad-signature',
      message: expect.stringMatching(/Signaturen stämmer inte/) as string,
    });
  });

  it('refuses a signature from another key than the manifest names', async () => {
    const forged = await withManifest(unitBytes, (m) => ({ ...m, revision: 2 }), other);
    expect((await refusal(forged)).code).toBe('bad-signature');
    // And a signature of the right key over other bytes.
    const sectionSignature = entriesOf(sectionBytes)[1]?.[1] ?? new Uint8Array(64);
    const swapped = zipEntries(
      entriesOf(unitBytes).map(([name, data]) =>
        name === SIGNATURE_FILE ? [name, sectionSignature] : [name, data],
      ),
    );
    expect((await refusal(swapped)).code).toBe('bad-signature');
  });

  it('refuses a signature that is not 64 bytes or a public key that is not a key', async () => {
    const short = zipEntries(
      entriesOf(unitBytes).map(([name, data]) =>
        name === SIGNATURE_FILE ? [name, data.subarray(0, 10)] : [name, data],
      ),
    );
    expect((await refusal(short)).code).toBe('bad-signature');
    const zeroKey = await withManifest(
      unitBytes,
      (m) => ({ ...m, publicKey: '00'.repeat(32) }),
      signer,
    );
    expect((await refusal(zeroKey)).code).toBe('bad-signature');
  });

  it('refuses a file that the manifest does not list, even when signed', async () => {
    const extra = new Uint8Array([1, 2, 3]);
    const entries: [string, Uint8Array][] = [
      ...entriesOf(unitBytes),
      ['packages/extra.samx', extra],
    ];
    const unlisted = await withManifest(unitBytes, (m) => m, signer, entries);
    expect(await refusal(unlisted)).toMatchObject({
      code: 'unlisted-file',
      message: expect.stringContaining('packages/extra.samx') as string,
    });
  });

  it('refuses a nested package the manifest lists but the payload does not', async () => {
    const extra = new Uint8Array([1, 2, 3]);
    const row = await fileRow('packages/extra.samx', extra);
    const entries: [string, Uint8Array][] = [
      ...entriesOf(unitBytes),
      ['packages/extra.samx', extra],
    ];
    const signed = await withManifest(
      unitBytes,
      (m) => ({ ...m, files: [...m.files, row] }),
      signer,
      entries,
    );
    expect((await refusal(signed)).code).toBe('unlisted-file');
  });

  it('refuses a return package that carries a nested package', async () => {
    const extra = new Uint8Array([1, 2, 3]);
    const row = await fileRow('packages/extra.samx', extra);
    const entries: [string, Uint8Array][] = [
      ...entriesOf(returnBytes),
      ['packages/extra.samx', extra],
    ];
    const signed = await withManifest(
      returnBytes,
      (m) => ({ ...m, files: [...m.files, row] }),
      other,
      entries,
    );
    expect((await refusal(signed)).code).toBe('unlisted-file');
  });

  it('refuses a listed file that is missing, and a missing signature or payload', async () => {
    const row = await fileRow('packages/borta.samx', new Uint8Array([9]));
    const missing = await withManifest(
      unitBytes,
      (m) => ({ ...m, files: [...m.files, row] }),
      signer,
    );
    expect(await refusal(missing)).toMatchObject({
      code: 'missing-file',
      message: 'Paketet saknar filen packages/borta.samx.',
    });

    const noSignature = zipEntries(entriesOf(unitBytes).filter(([n]) => n !== SIGNATURE_FILE));
    expect((await refusal(noSignature)).code).toBe('missing-file');
    const noPayload = zipEntries(entriesOf(unitBytes).filter(([n]) => n !== PAYLOAD_FILE));
    expect((await refusal(noPayload)).code).toBe('missing-file');
  });

  it('refuses a nested package whose digest in the payload differs from the manifest', async () => {
    const wrong = await buildPackage(
      reportInput(section, [
        { nodeId: unit.id, revision: 1, bytes: unitBytes, digest: '0'.repeat(64) },
      ]),
      other,
      crypto,
    );
    expect((await refusal(wrong)).code).toBe('bad-digest');
  });

  it.each([
    '../x',
    '/abs',
    '/etc/passwd',
    'packages/../../x.samx',
    'packages/../manifest.json',
    'packages\\x.samx',
    '..\\x',
    'C:/x.samx',
    'packages/.dold.samx',
    'packages/a/b.samx',
    'packages/x.zip',
    'payload.json/',
    'Payload.json',
    'packages/å.samx',
    'packages/a b.samx',
  ])('refuses the entry name %j (zip slip and other paths)', async (name) => {
    const bytes = zipEntries([...entriesOf(unitBytes), [name, new Uint8Array([1])]]);
    expect((await refusal(bytes)).code).toBe('bad-path');
  });

  it('refuses duplicate entry names', async () => {
    // fflate keys entries by name, so the second name is patched in afterwards (same length).
    const entries = entriesOf(unitBytes);
    const bytes = zipEntries([...entries, ['payload.jsoo', new Uint8Array([1])]]);
    const patched = patchAll(bytes, 'payload.jsoo', 'payload.json');
    expect(await refusal(patched)).toMatchObject({
      code: 'duplicate-entry',
      message: 'Paketet innehåller filen "payload.json" två gånger.',
    });
  });

  it('refuses 10 000 entries from the end record, before reading any of them', async () => {
    const many: Zippable = {};
    for (let i = 0; i < 10_000; i++)
      many[`packages/n${i}.samx`] = [new Uint8Array(0), { level: 0 }];
    const bytes = zipSync(many);
    expect(await refusal(bytes)).toMatchObject({
      code: 'too-many-entries',
      message: expect.stringContaining('5\u00a0000') as string,
    });
    // Only the end record, claiming 10 000 entries: refused by count, not as a broken zip.
    const endOnly = new Uint8Array(22);
    const view = new DataView(endOnly.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, 10_000, true);
    view.setUint16(10, 10_000, true);
    expect((await refusal(endOnly)).code).toBe('too-many-entries');
    // 5 001 is one too many; the cap itself is allowed (checked with a lower cap).
    expect((await refusal(unitBytes, { ...DEFAULT_LIMITS, maxEntries: 2 })).code).toBe(
      'too-many-entries',
    );
    await expect(
      openPackage(unitBytes, crypto, { limits: { ...DEFAULT_LIMITS, maxEntries: 3 } }),
    ).resolves.toBeDefined();
  });

  it('refuses a declared uncompressed size over the cap, before reading the data', async () => {
    // The payload's size in the central directory says 400 MB (compressed = uncompressed, as
    // stored entries have); the file itself is a few kilobytes.
    const bytes = unitBytes.slice();
    const view = new DataView(bytes.buffer);
    const centralStart = view.getUint32(bytes.byteLength - 22 + 16, true);
    let at = centralStart;
    for (;;) {
      const nameLength = view.getUint16(at + 28, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === PAYLOAD_FILE) break;
      at += 46 + nameLength;
    }
    view.setUint32(at + 20, 400 * 1024 * 1024, true);
    view.setUint32(at + 24, 400 * 1024 * 1024, true);
    expect(await refusal(bytes)).toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/zip-bomb/) as string,
    });
    // The same package under a cap below its real size.
    expect((await refusal(unitBytes, { ...DEFAULT_LIMITS, maxUncompressedBytes: 1000 })).code).toBe(
      'too-large',
    );
    // And a package file larger than allowed is refused before it is read at all.
    expect(await refusal(unitBytes, { ...DEFAULT_LIMITS, maxPackageBytes: 100 })).toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(
        /^Paketet är .* MB, mer än de .* MB ett paket får vara/,
      ) as string,
    });
  });

  it('refuses a foreign zip: no manifest, or a manifest without our format mark', async () => {
    const noManifest = zipEntries([[PAYLOAD_FILE, encoder.encode('{}')]]);
    expect(await refusal(noManifest)).toMatchObject({
      code: 'missing-file',
      message: 'Paketet saknar filen manifest.json.',
    });
    const otherNames = zipEntries([['readme.txt', encoder.encode('hej')]]);
    expect((await refusal(otherNames)).code).toBe('bad-path');
    const foreign = zipEntries([
      [MANIFEST_FILE, encoder.encode('{"name":"något annat"}')],
      [SIGNATURE_FILE, new Uint8Array(64)],
    ]);
    expect(await refusal(foreign)).toMatchObject({
      code: 'bad-manifest',
      message: expect.stringMatching(/saknar formatmärkningen/) as string,
    });
    // Our own files, deflated by another zip tool: not the stored layout we write.
    const deflated: Zippable = {};
    for (const [name, data] of entriesOf(unitBytes)) deflated[name] = [data, { level: 6 }];
    expect((await refusal(zipSync(deflated))).code).toBe('not-zip');
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a PDF', encoder.encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF')],
    ['JSON', encoder.encode('{"format":"sam-uppfoljning-paket"}')],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)],
  ])('refuses %s as not a zip', async (_what, bytes) => {
    expect(await refusal(bytes)).toMatchObject({
      code: 'not-zip',
      message: 'Filen är inget SAM-paket (.samx): den går inte att läsa som zip-arkiv.',
    });
  });

  it('refuses a newer formatVersion with a message to update, even when signed', async () => {
    const newer = await withManifest(
      unitBytes,
      (m) => ({ ...m, formatVersion: EXCHANGE_FORMAT_VERSION + 1 }),
      signer,
    );
    expect(await refusal(newer)).toMatchObject({
      code: 'bad-manifest',
      message: expect.stringMatching(/formatversion 2.*Uppdatera programmet/) as string,
    });
  });

  it('refuses a manifest that is not valid JSON or breaks the schema', async () => {
    const broken = await withManifest(unitBytes, () => undefined, signer);
    expect((await refusal(broken)).code).toBe('bad-manifest');
    const badYear = await withManifest(unitBytes, (m) => ({ ...m, year: 1800 }), signer);
    expect(await refusal(badYear)).toMatchObject({
      code: 'bad-manifest',
      message: 'manifest.json: year: Orimligt år',
    });
    const extraField = await withManifest(unitBytes, (m) => ({ ...m, extra: 1 }), signer);
    expect((await refusal(extraField)).code).toBe('bad-manifest');
  });

  it('refuses a payload that does not match its manifest', async () => {
    const otherYear = reportInput(unit);
    if (otherYear.kind !== 'report') throw new Error('report');
    otherYear.payload = { ...otherYear.payload, year: YEAR + 1 };
    expect(await refusal(await buildPackage(otherYear, signer, crypto))).toMatchObject({
      code: 'bad-payload',
      message: expect.stringMatching(/året skiljer sig/) as string,
    });
    const otherNode = reportInput(unit);
    if (otherNode.kind !== 'report') throw new Error('report');
    otherNode.payload = { ...otherNode.payload, reports: [body(section)] };
    expect((await refusal(await buildPackage(otherNode, signer, crypto))).code).toBe('bad-payload');
  });

  it('checks every template in full, also one seen before in the batch under the same id', async () => {
    const template = defaultTemplate(YEAR);
    const good = reportInput(unit);
    if (good.kind !== 'report') throw new Error('report');
    good.payload = { ...good.payload, templates: [template] };
    const templates = new CheckedTemplates();
    const opened = await openPackage(await buildPackage(good, signer, crypto), crypto, {
      templates,
    });
    expect(opened.kind === 'report' && opened.payload.templates).toEqual([template]);

    // The same id with a question whose origin is not allowed: refused, naming where.
    const broken = structuredClone(template);
    const question = broken.sections[2]?.questions[1];
    if (!question) throw new Error('no question');
    (question as { origin: string }).origin = 'påhittad';
    const bad = reportInput(unit, [], 2);
    if (bad.kind !== 'report') throw new Error('report');
    bad.payload = { ...bad.payload, templates: [template, broken] };
    const bytes = await buildPackage(bad, signer, crypto);
    await expect(openPackage(bytes, crypto, { templates })).rejects.toMatchObject({
      code: 'bad-payload',
      message: expect.stringContaining('templates.1.sections.2.questions.1.origin') as string,
    });
  });
});

/** Replaces every occurrence of an ASCII string of the same length (names in both headers). */
function patchAll(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = encoder.encode(from);
  const b = encoder.encode(to);
  const out = bytes.slice();
  for (let i = 0; i + a.length <= out.length; i++) {
    if (a.every((byte, j) => out[i + j] === byte)) out.set(b, i);
  }
  return out;
}
