import { afterEach } from 'vitest';
import { fromBase64 } from '@shared/exchange';
import { SamDatabase, newId } from '../../../renderer/src/data';
import { backedUpStoresAt } from '../../../renderer/src/data/schema-versions';
import type { AllTables } from '../../../renderer/src/data/tables';

/** A database of its own for each test, deleted afterwards. */
export function useTestDb(): () => SamDatabase {
  const open: SamDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = new SamDatabase(`test-${newId()}`);
    open.push(db);
    return db;
  };
}

export const NOW = new Date('2026-02-10T09:30:00.000Z');

/** An empty zip's bytes, base64 (stand-in for a package file in rows that are not real packages). */
export const EMPTY_ZIP_BASE64 = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';
export const emptyZip = (): Uint8Array => fromBase64(EMPTY_ZIP_BASE64) ?? new Uint8Array();

/** The template a received package brought (another administration's, so not among `templates`). */
function receivedTemplate(): AllTables['receivedTemplates'][number] {
  return {
    id: 'vuxen-2026-2',
    year: 2026,
    version: 2,
    status: 'published',
    publishedAt: '2026-01-07T08:00:00.000Z',
    ownerNodeId: 'sof',
    sections: [
      {
        id: 'risker',
        title: 'Risker',
        questions: [
          {
            id: 'q-risk',
            text: 'Risker bedöms innan förändringar genomförs.',
            help: '',
            legalRefs: [{ source: 'AFS 2023:1', section: '9 §' }],
            origin: 'standard',
          },
        ],
      },
    ],
  };
}

/** Representative, mutually consistent rows for every table of the current schema. */
export function sampleTables(): AllTables {
  return {
    orgNodes: [
      { id: 'kommun', parentId: null, level: 4, name: 'Exempelkommun', archived: false },
      { id: 'sof', parentId: 'kommun', level: 3, name: 'Socialförvaltningen', archived: false },
      { id: 'barn1', parentId: 'sof', level: 2, name: 'Barn 1', archived: false },
      { id: 'vuxen2', parentId: 'sof', level: 2, name: 'Vuxen 2', archived: false },
      { id: 'enhetA', parentId: 'barn1', level: 1, name: 'Åsens boende', archived: false },
      { id: 'enhetB', parentId: 'barn1', level: 1, name: 'Björkens boende', archived: true },
    ],
    templates: [
      {
        id: 'mall-2026-1',
        year: 2026,
        version: 1,
        status: 'published',
        publishedAt: '2026-01-05T08:00:00.000Z',
        ownerNodeId: 'sof',
        sections: [
          {
            id: 'delaktighet',
            title: 'Delaktighet',
            questions: [
              {
                id: 'q-rutiner',
                text: 'Enhetens rutiner för SAM är lätta att hitta och förstå.',
                help: '',
                legalRefs: [{ source: 'AFS 2023:1', section: '' }],
                origin: 'standard',
              },
              {
                id: 'q-apt',
                text: 'Minst 10 APT har hållits de senaste 12 månaderna.',
                help: 'Räkna protokollförda möten.',
                legalRefs: [],
                origin: 'local',
              },
            ],
          },
        ],
      },
    ],
    followUps: [
      {
        id: 'fu-a-2026',
        nodeId: 'enhetA',
        year: 2026,
        templateId: 'mall-2026-1',
        status: 'draft',
        meetingDate: '2026-02-03',
        participants: { manager: 'Anna Chef', safetyRep: 'Sven Ombud', staffCount: 14 },
        narrative: { done: 'Skyddsrond', results: '', improvements: '', notDone: '' },
        signOff: { manager: { name: 'Anna Chef', date: '2026-02-03' }, safetyRep: null },
        reopenLog: [],
        updatedAt: '2026-02-03T12:00:00.000Z',
      },
    ],
    answers: [
      {
        id: 'fu-a-2026:q-apt',
        followUpId: 'fu-a-2026',
        questionId: 'q-apt',
        value: 'delvis',
        comment: 'Åtta möten',
      },
      {
        id: 'fu-a-2026:q-rutiner',
        followUpId: 'fu-a-2026',
        questionId: 'q-rutiner',
        value: 'ja',
        comment: '',
      },
    ],
    incidents: [
      incident({ id: 'inc-1', date: '2025-03-14', externalId: 'kia:1001' }),
      incident({ id: 'inc-2', date: '2025-11-02', externalId: null, type: 'riskobservation' }),
    ],
    actions: [
      {
        id: 'act-1',
        nodeId: 'enhetA',
        year: 2026,
        text: 'Planera in två APT till',
        responsible: 'Anna Chef',
        dueDate: '2026-06-30',
        followUpDate: '2026-09-01',
        status: 'planerad',
        reason: '',
        source: { kind: 'question', ref: 'q-apt' },
        followUp: null,
      },
    ],
    summaries: [
      {
        id: 'barn1:2026',
        nodeId: 'barn1',
        year: 2026,
        summary: 'Enheterna har god struktur.',
        goodExamples: '',
        challenges: 'Arbetsbelastning',
        priorities: '',
      },
    ],
    surveys: [
      {
        id: 'mu-sof-2025',
        nodeId: 'sof',
        year: 2025,
        responseRate: 78.5,
        totalIndex: 72,
        hme: 79,
        items: [{ key: 'motivation-1', label: 'Mitt arbete känns meningsfullt', mean: 4.3 }],
      },
    ],
    submissions: [
      {
        id: 'sub-1',
        nodeId: 'enhetA',
        year: 2026,
        revision: 1,
        digest: 'a'.repeat(64),
        receivedAt: '2026-02-12T10:00:00.000Z',
        status: 'received',
        comment: '',
      },
    ],
    identity: [
      {
        id: 'self',
        nodeId: 'barn1',
        role: 'verksamhetschef',
        userName: 'Vera Verksamhet',
        levelNames: ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'],
      },
    ],
    settings: [
      { key: 'incident.places', value: ['Kontor', 'Brukarens hem'] },
      { key: 'ui', value: { compact: true, lastYear: 2026, note: null } },
    ],
    trustedKeys: [
      {
        nodeId: 'enhetA',
        publicKey: '1f'.repeat(32),
        fingerprint: '3F2A 91C0 0B7E 55D1 A0C4 7E12 9B3F 0D6A',
        trustedAt: '2026-02-11T08:00:00.000Z',
        previous: [
          {
            fingerprint: 'AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111',
            replacedAt: '2026-02-11T08:00:00.000Z',
          },
        ],
      },
    ],
    packages: [
      {
        id: 'enhetA:2026',
        nodeId: 'enhetA',
        year: 2026,
        revision: 1,
        digest: 'b'.repeat(64),
        author: 'Anna Chef',
        created: '2026-02-11T07:55:00.000Z',
        publicKey: '1f'.repeat(32),
        fingerprint: '3F2A 91C0 0B7E 55D1 A0C4 7E12 9B3F 0D6A',
        viaNodeId: null,
        receivedAt: '2026-02-12T10:00:00.000Z',
        // Not a real package: the row keeps the payload as read, without its templates (they are
        // in receivedTemplates); the file is in packageFiles.
        templateIds: ['vuxen-2026-2'],
        payload: {
          kind: 'report',
          year: 2026,
          options: { freeText: false, incidentDetails: false },
          reports: [],
          nested: [],
        },
      },
    ],
    receivedTemplates: [receivedTemplate()],
    // The file of the package above (here an empty zip, not a real package).
    packageFiles: [{ id: 'enhetA:2026', bytes: emptyZip() }],
    outbox: [
      {
        id: 'return:enhetA:2026:1',
        kind: 'return',
        nodeId: 'enhetA',
        year: 2026,
        revision: 1,
        digest: 'c'.repeat(64),
        createdAt: '2026-02-13T09:00:00.000Z',
        via: 'file',
        comment: 'Komplettera svaret om APT.',
      },
    ],
    returnNotices: [
      {
        id: 'barn1:2025:2',
        nodeId: 'barn1',
        year: 2025,
        revision: 2,
        fromNodeId: 'sof',
        author: 'Stina Förvaltning',
        returnedAt: '2025-03-01T10:00:00.000Z',
        comment: 'Handlingsplanen saknar ansvariga.',
        digest: 'd'.repeat(64),
        receivedAt: '2025-03-02T08:00:00.000Z',
      },
    ],
  };
}

/**
 * The sample rows as a version 2 database held them: each package row with its templates in the
 * payload (no templateIds, no receivedTemplates table) and package files in base64.
 */
export function sampleTablesV2(): Record<string, unknown[]> {
  const { receivedTemplates, ...tables } = sampleTables();
  return {
    ...tables,
    packages: tables.packages.map(({ templateIds, payload, ...row }) => ({
      ...row,
      payload: {
        ...payload,
        templates: templateIds.map((id) => receivedTemplates.find((t) => t.id === id)),
      },
    })),
    packageFiles: tables.packageFiles.map((file) => ({ ...file, bytes: EMPTY_ZIP_BASE64 })),
  };
}

/** The sample rows as a version 1 database held them: only the tables that version had. */
export function sampleTablesV1(): Partial<AllTables> {
  const v1 = backedUpStoresAt(1);
  return Object.fromEntries(Object.entries(sampleTables()).filter(([name]) => v1.has(name)));
}

type Incident = AllTables['incidents'][number];

export function incident(fields: Partial<Incident> & Pick<Incident, 'id'>): Incident {
  return {
    nodeId: 'enhetA',
    date: '2025-05-01',
    time: null,
    type: 'tillbud',
    placeCategory: null,
    causeCategory: null,
    description: 'Halkade i trappan',
    immediateMeasures: '',
    investigation: '',
    serious: false,
    reportedToAV: null,
    reportedToFK: null,
    status: 'ny',
    externalId: null,
    createdAt: '2026-01-20T08:00:00.000Z',
    ...fields,
  };
}

/** Writes rows straight into the tables (bypassing repositories) in one transaction. */
export async function fill(db: SamDatabase, tables: Partial<AllTables>): Promise<void> {
  const names = Object.keys(tables);
  await db.transaction('rw', names, async () => {
    for (const [name, rows] of Object.entries(tables))
      await db.table<unknown, string>(name).bulkPut(rows);
  });
}
