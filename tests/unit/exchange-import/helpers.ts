import { unzipSync, zipSync, type Zippable } from 'fflate';
import { buildPackage, nestedEntryName, toHex, type Manifest, type Signer } from '@shared/exchange';
import { emptyIncidentStats } from '@shared/rollup/incident-stats';
import type { OrgNode, Template } from '@shared/schemas';
import type { SamDatabase } from '../../../renderer/src/data';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { fill, sampleTables } from '../data/fixtures';

export const YEAR = 2026;
export const NOW = new Date('2026-03-01T10:00:00.000Z');

/** A fresh Ed25519 key pair as a Signer (what key-store makes for an installation). */
export async function newSigner(): Promise<Signer> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey: raw,
    sign: async (data) =>
      new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, new Uint8Array(data))),
  };
}

/**
 * The sample organisation plus a unit under the other section:
 * kommun > sof > barn1 > enhetA, enhetB; sof > vuxen2 > enhetC.
 */
export function orgNodes(): OrgNode[] {
  return [
    ...sampleTables().orgNodes,
    { id: 'enhetC', parentId: 'vuxen2', level: 1, name: 'Ceders hemtjänst', archived: false },
  ];
}

export const node = (id: string): OrgNode => {
  const found = orgNodes().find((n) => n.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Puts the organisation into an empty database, acting for `actsFor`. */
export async function setUp(db: SamDatabase, actsFor: string): Promise<SamDatabase> {
  await fill(db, {
    orgNodes: orgNodes(),
    identity: [
      {
        id: 'self',
        nodeId: actsFor,
        role: 'verksamhetschef',
        userName: 'Testare',
        levelNames: ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'],
      },
    ],
  });
  return db;
}

export interface ReportOptions {
  revision?: number;
  created?: string;
  author?: string;
  nested?: readonly { nodeId: string; revision: number; bytes: Uint8Array }[];
  /** Extra report bodies (nodes held locally by the sender). */
  alsoFor?: readonly string[];
  /**
   * The templates it brings. By default one of its own per revision (`mall-<year>-r<revision>`),
   * so that a refused revision whose template got stored would show in a dump of the database.
   */
  templates?: readonly Template[];
}

/** A small published template (one section, one question) with the given id and question text. */
export function template(id: string, text = 'Rutinerna är kända.'): Template {
  return {
    id,
    year: YEAR,
    version: 1,
    status: 'published',
    publishedAt: '2026-01-05T08:00:00.000Z',
    ownerNodeId: null,
    sections: [
      {
        id: 'rutiner',
        title: 'Rutiner',
        questions: [{ id: 'q1', text, help: '', legalRefs: [], origin: 'standard' }],
      },
    ],
  };
}

function body(id: string) {
  return {
    node: node(id),
    followUp: null,
    answers: [],
    incidentStats: emptyIncidentStats(YEAR - 1),
    incidents: null,
    actions: [],
    summary: null,
    surveys: [],
  };
}

/** A real, signed report package of `nodeId` for YEAR. */
export async function reportPackage(
  nodeId: string,
  signer: Signer,
  options: ReportOptions = {},
): Promise<Uint8Array> {
  const { revision = 1, created = '2026-02-20T08:00:00.000Z', nested = [] } = options;
  const n = node(nodeId);
  const entries = await Promise.all(
    nested.map(async (inner) => ({
      nodeId: inner.nodeId,
      revision: inner.revision,
      digest: toHex(await webCrypto.sha256(inner.bytes)),
      file: nestedEntryName(inner.nodeId),
      bytes: inner.bytes,
    })),
  );
  return buildPackage(
    {
      kind: 'report',
      node: { id: n.id, name: n.name, level: n.level },
      year: YEAR,
      revision,
      created,
      author: options.author ?? 'Anna Chef',
      payload: {
        kind: 'report',
        year: YEAR,
        options: { freeText: false, incidentDetails: false },
        templates: [...(options.templates ?? [template(`mall-${YEAR}-r${revision}`)])],
        reports: [body(nodeId), ...(options.alsoFor ?? []).map(body)],
        nested: entries.map(({ bytes: _bytes, ...entry }) => entry),
      },
      nested: entries.map((entry) => ({ file: entry.file, bytes: entry.bytes })),
    },
    signer,
    webCrypto,
  );
}

/** A real, signed return package from `fromId` sending `targetId`'s revision back. */
export function returnPackage(
  fromId: string,
  targetId: string,
  signer: Signer,
  { returnedRevision = 1, revision = 1, comment = 'Komplettera handlingsplanen.' } = {},
): Promise<Uint8Array> {
  const n = node(fromId);
  return buildPackage(
    {
      kind: 'return',
      node: { id: n.id, name: n.name, level: n.level },
      year: YEAR,
      revision,
      created: '2026-02-25T08:00:00.000Z',
      author: 'Vera Verksamhet',
      payload: {
        kind: 'return',
        year: YEAR,
        targetNodeId: targetId,
        returnedRevision,
        returnedAt: '2026-02-25T08:00:00.000Z',
        comment,
      },
    },
    signer,
    webCrypto,
  );
}

const encoder = new TextEncoder();

/**
 * Rebuilds a package with extra entries listed in a manifest re-signed by `signer`: everything
 * checks out except what the extra entries themselves break (a path, the entry count).
 */
export async function withExtraEntries(
  bytes: Uint8Array,
  signer: Signer,
  extra: Record<string, Uint8Array>,
): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
  for (const [path, data] of Object.entries(extra)) {
    manifest.files.push({
      path,
      sha256: toHex(await webCrypto.sha256(data)),
      size: data.byteLength,
    });
  }
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2));
  const zippable: Zippable = {
    'manifest.json': [manifestBytes, { level: 0 }],
    'manifest.sig': [await signer.sign(manifestBytes), { level: 0 }],
    'payload.json': [files['payload.json'] ?? new Uint8Array(), { level: 0 }],
  };
  for (const [path, data] of Object.entries(extra)) zippable[path] = [data, { level: 0 }];
  return zipSync(zippable);
}
