/**
 * Roll-up at scale (issue 6): a generated municipality of 2,000 units (40 questions: the default
 * template's 38 plus 2 local ones in a published version, 20,000 incidents). Every node gets its
 * own Ed25519 key and signed package: units → sections (carrying their units' packages unchanged)
 * → administrations (carrying their sections'). The municipality's installation imports the four
 * administration packages into a fresh database (fake-indexeddb) with the organisation loaded and
 * every key trusted, loads the year's reports and aggregates at the top.
 *
 * Printed: setup (not part of any target); (a) the floor: for the same bytes, recursively, what
 * opening cannot avoid — unzip (fflate unzipSync; the entries are stored, so "inflate" is a copy),
 * SHA-256 of every entry and of the file, the Ed25519 verification (the app's Web Crypto port,
 * renderer/src/exchange/web-crypto.ts) and JSON.parse of manifest and payload; not the zod checks,
 * the strict reader's header checks, nor any database work. For comparison, the app's
 * own reader (openPackage) on the same bytes; (b) import + roll-up (importPackages, loadReports,
 * aggregate), each run into a fresh database, median of 3 like the floor, and its ratio to the
 * floor, target ≤ 2×; (c) aggregation at the top, an
 * administration, a section and a unit, median of several runs, target < 50 ms; (d) re-import of
 * one unit's package, unchanged and as a new revision, target < 100 ms (and an administration's
 * package unchanged, for comparison); peak RSS and the machine's load. Numbers are printed, not
 * asserted.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { availableParallelism, loadavg } from 'node:os';
import { unzipSync } from 'fflate';
import { DEFAULT_CAUSE_CATEGORIES, DEFAULT_PLACE_CATEGORIES } from '@shared/incidents/categories';
import {
  MANIFEST_FILE,
  PAYLOAD_FILE,
  SIGNATURE_FILE,
  buildPackage,
  fromHex,
  nestedEntryName,
  openPackage,
  toHex,
  type Signer,
} from '@shared/exchange';
import { generateMunicipality } from '@shared/demo/generate';
import type { Dataset } from '@shared/demo/dataset';
import { coveredYear } from '@shared/followup-year';
import { buildOrgTree, type OrgTree } from '@shared/org/tree';
import { aggregate } from '@shared/rollup/aggregate';
import { incidentStatsOf } from '@shared/rollup/incident-stats';
import { reportBody } from '@shared/rollup/report-body';
import type { NodeReport } from '@shared/rollup/types';
import type { OrgNode, Template } from '@shared/schemas';
import { defaultTemplate } from '@shared/templates';
import { addLocalQuestion, draftNextVersion } from '@shared/templates/versioning';
import { SamDatabase, defaultIdentity, saveIdentity } from '../../renderer/src/data';
import { importPackages } from '../../renderer/src/data/package-repo';
import { loadReports } from '../../renderer/src/data/rollup-repo';
import { trustKey } from '../../renderer/src/data/trust-repo';
import { webCrypto } from '../../renderer/src/exchange/web-crypto';

const YEAR = 2026;
/** ROLLUP_BENCH_UNITS: a smaller municipality, for profiling. */
const UNITS = Number(process.env.ROLLUP_BENCH_UNITS) || 2000;
/** ROLLUP_BENCH_PROFILE=file.cpuprofile: a CPU profile of (b)'s first run (open it in DevTools). */
const PROFILE = process.env.ROLLUP_BENCH_PROFILE;

/** Runs `work`, writing a CPU profile of it to PROFILE when that is set. */
async function profiled<T>(work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(PROFILE, JSON.stringify(profile));
    session.disconnect();
  }
}
const ADMINISTRATIONS = 4;
const SECTIONS_PER_ADMINISTRATION = 6;
const INCIDENTS = UNITS * 10;
const CREATED = `${YEAR}-04-15T09:00:00.000Z`;
const ED25519 = { name: 'Ed25519' } as const;
const RUNS = 15;

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** The published version an administration would make: the default plus two local questions. */
function benchTemplate(): Template {
  const base = defaultTemplate(YEAR);
  let draft = draftNextVersion(base, { year: YEAR, ownerNodeId: 'kommun', id: `bench-${YEAR}-v2` });
  const first = draft.sections[0]?.id ?? '';
  const last = draft.sections.at(-1)?.id ?? '';
  draft = addLocalQuestion(draft, first, {
    text: 'Finns en rutin för nyckelhantering i hemtjänsten?',
    help: '',
    legalRefs: [],
  });
  draft = addLocalQuestion(draft, last, {
    text: 'Har enheten gått igenom kommunens krisplan under året?',
    help: '',
    legalRefs: [],
  });
  return { ...draft, status: 'published', publishedAt: `${YEAR}-01-10T08:00:00.000Z` };
}

async function newSigner(): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey(ED25519, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey,
    async sign(data) {
      return new Uint8Array(
        await crypto.subtle.sign(ED25519, pair.privateKey, new Uint8Array(data)),
      );
    },
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

interface Built {
  node: OrgNode;
  signer: Signer;
  bytes: Uint8Array;
}

/** Every node's signed package, bottom-up; the administrations' are what the top imports. */
class PackageFactory {
  readonly signers = new Map<string, Signer>();
  readonly built = new Map<string, Built>();
  private readonly followUps;
  private readonly answers;
  private readonly actions;
  private readonly summaries;
  private readonly surveys;
  private readonly incidents;

  constructor(
    private readonly data: Dataset,
    private readonly tree: OrgTree,
    private readonly template: Template,
  ) {
    this.followUps = new Map(data.followUps.map((f) => [f.nodeId, f]));
    this.answers = groupBy(data.answers, (a) => a.followUpId);
    this.actions = groupBy(data.actions, (a) => a.nodeId);
    this.summaries = new Map(data.summaries.map((s) => [s.nodeId, s]));
    this.surveys = groupBy(data.surveys, (s) => s.nodeId);
    this.incidents = groupBy(data.incidents, (i) => i.nodeId);
  }

  async signerOf(nodeId: string): Promise<Signer> {
    let signer = this.signers.get(nodeId);
    if (!signer) {
      signer = await newSigner();
      this.signers.set(nodeId, signer);
    }
    return signer;
  }

  /** One node's package (revision `revision`), carrying its children's packages unchanged. */
  async build(node: OrgNode, revision = 1, change?: (body: NodeReport['body']) => void) {
    const followUp = this.followUps.get(node.id) ?? null;
    const incidents = this.incidents.get(node.id) ?? [];
    const body = reportBody({
      node,
      year: YEAR,
      followUp,
      answers: followUp ? (this.answers.get(followUp.id) ?? []) : [],
      incidentStats: incidentStatsOf(
        incidents,
        coveredYear(YEAR),
        DEFAULT_CAUSE_CATEGORIES,
        DEFAULT_PLACE_CATEGORIES,
      ),
      incidents,
      actions: this.actions.get(node.id) ?? [],
      summary: this.summaries.get(node.id) ?? null,
      surveys: this.surveys.get(node.id) ?? [],
      options: { freeText: false, incidentDetails: false },
    });
    change?.(body);
    const children = node.level === 1 ? [] : this.tree.childrenOf(node.id);
    const nested = children.map((child) => {
      const built = this.built.get(child.id);
      if (!built) throw new Error(`Paketet för ${child.id} saknas`);
      return { nodeId: child.id, file: nestedEntryName(child.id), bytes: built.bytes };
    });
    const digests = await Promise.all(nested.map((n) => webCrypto.sha256(n.bytes)));
    const signer = await this.signerOf(node.id);
    const bytes = await buildPackage(
      {
        kind: 'report',
        node: { id: node.id, name: node.name, level: node.level },
        year: YEAR,
        revision,
        created: CREATED,
        author: `Chef för ${node.name}`,
        payload: {
          kind: 'report',
          year: YEAR,
          options: { freeText: false, incidentDetails: false },
          templates: node.level === 1 ? [this.template] : [],
          reports: [body],
          nested: nested.map((n, i) => ({
            nodeId: n.nodeId,
            revision: 1,
            digest: toHex(digests[i] ?? new Uint8Array()),
            file: n.file,
          })),
        },
        nested: nested.map((n) => ({ file: n.file, bytes: n.bytes })),
      },
      signer,
      webCrypto,
    );
    return { node, signer, bytes };
  }

  async buildAll(root: string): Promise<void> {
    // Children before parents: the subtree reversed.
    for (const node of this.tree.subtree(root).reverse()) {
      if (node.level === 4) continue;
      this.built.set(node.id, await this.build(node));
    }
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The floor: what opening a package cannot avoid, for it and every package nested in it. Returns
 * how many packages were opened; throws on a bad signature or digest (so the work is not skipped).
 */
async function openFloor(bytes: Uint8Array): Promise<number> {
  const files = unzipSync(bytes);
  const manifestBytes = files[MANIFEST_FILE];
  const signature = files[SIGNATURE_FILE];
  const payload = files[PAYLOAD_FILE];
  if (!manifestBytes || !signature || !payload) throw new Error('Paketet saknar filer');
  const manifest = JSON.parse(decoder.decode(manifestBytes)) as {
    publicKey: string;
    files: { path: string; sha256: string }[];
  };
  const publicKey = fromHex(manifest.publicKey) ?? new Uint8Array();
  const [signed, digests] = await Promise.all([
    webCrypto.verifyEd25519(publicKey, signature, manifestBytes),
    Promise.all(manifest.files.map((f) => webCrypto.sha256(files[f.path] ?? new Uint8Array()))),
    webCrypto.sha256(bytes),
  ]);
  if (!signed) throw new Error('Ogiltig signatur');
  manifest.files.forEach((f, i) => {
    if (toHex(digests[i] ?? new Uint8Array()) !== f.sha256) throw new Error(`Fel kontrollsumma`);
  });
  JSON.parse(decoder.decode(payload));
  let opened = 1;
  for (const [name, data] of Object.entries(files)) {
    if (name.startsWith('packages/')) opened += await openFloor(data);
  }
  return opened;
}

/** The app's own reader (with the zod checks), recursively: for comparison with the floor. */
async function openAll(bytes: Uint8Array): Promise<number> {
  const opened = await openPackage(bytes, webCrypto);
  let count = 1;
  for (const data of opened.nested.values()) count += await openAll(data);
  return count;
}

interface Timing {
  wall: number;
  cpu: number;
}

async function timed<T>(work: () => T | Promise<T>): Promise<[T, Timing]> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuStart);
  return [result, { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 }];
}

/** The 1-minute load average against the number of cores (CPU time is steadier when it is high). */
const load = () =>
  `${loadavg()[0]?.toFixed(1) ?? '?'} i snitt senaste minuten på ${availableParallelism()} kärnor`;

const tally = (kinds: readonly string[]) =>
  [...groupBy(kinds, (k) => k)].map(([k, list]) => `${list.length} ${k}`).join(', ');

export async function runRollupBenchmark(): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 10);
  const line = (name: string, t: Timing, extra = '') =>
    console.log(`  ${name.padEnd(46)} ${ms(t.wall)} ${ms(t.cpu)}${extra ? `  ${extra}` : ''}`);

  // Wall times depend on what else the machine runs: say how loaded it was.
  console.log(`Belastning före: ${load()}`);

  // Setup: the municipality, one key and one signed package per node. Not part of any target.
  const template = benchTemplate();
  const [data, generateTime] = await timed(() =>
    generateMunicipality({
      seed: 2026,
      units: UNITS,
      administrations: ADMINISTRATIONS,
      sectionsPerAdministration: SECTIONS_PER_ADMINISTRATION,
      followUpYear: YEAR,
      template,
      totalIncidents: INCIDENTS,
      withTexts: true,
    }),
  );
  sample();
  const tree = buildOrgTree(data.orgNodes);
  const factory = new PackageFactory(data, tree, template);
  const [, buildTime] = await timed(() => factory.buildAll('kommun'));
  sample();
  const administrations = tree.childrenOf('kommun');
  const files = administrations.map((node) => {
    const built = factory.built.get(node.id);
    if (!built) throw new Error(node.id);
    return { name: `${node.id}-r1.samx`, bytes: built.bytes };
  });
  const totalBytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  const questions = template.sections.reduce((n, s) => n + s.questions.length, 0);
  const unitBytes = [...factory.built.values()]
    .filter((b) => b.node.level === 1)
    .map((b) => b.bytes.byteLength);

  console.log(
    `Kommun: ${UNITS} enheter, ${questions} frågor (${data.answers.length} svar), ${data.incidents.length} händelser, ${data.actions.length} åtgärder`,
  );
  console.log(
    `Paket: ${factory.built.size} signerade (${ADMINISTRATIONS} förvaltningar, ${ADMINISTRATIONS * SECTIONS_PER_ADMINISTRATION} verksamheter, ${unitBytes.length} enheter); enhetspaket i median ${(median(unitBytes) / 1024).toFixed(1)} kB; kommunen tar emot ${files.length} filer, ${mb(totalBytes)}`,
  );
  console.log(`  ${'steg'.padEnd(46)} ${'väggtid'.padStart(11)} ${'CPU-tid'.padStart(11)}`);
  line('förberedelse: generera kommunen', generateTime);
  line('förberedelse: nycklar och paket (alla nivåer)', buildTime);

  /** A new database as the municipality's installation has it before anything is received. */
  const freshDatabase = async (run: number): Promise<SamDatabase> => {
    const fresh = new SamDatabase(`bench-rollup-${Date.now()}-${run}`);
    await fresh.orgNodes.bulkPut(data.orgNodes);
    await fresh.templates.bulkPut(data.templates);
    await saveIdentity(fresh, {
      ...defaultIdentity(),
      nodeId: 'kommun',
      role: 'direktor',
      userName: 'Kommundirektör',
    });
    for (const [nodeId, signer] of factory.signers) {
      await trustKey(fresh, nodeId, toHex(signer.publicKey));
    }
    return fresh;
  };
  const [db, loadTime] = await timed(() => freshDatabase(0));
  try {
    line(`förberedelse: organisation, ${factory.signers.size} betrodda nycklar`, loadTime);

    // (a) The floor, and the app's reader for comparison (neither touches the database).
    const floorRuns: Timing[] = [];
    let opened = 0;
    for (let run = 0; run < 3; run++) {
      const [count, time] = await timed(async () => {
        let n = 0;
        for (const file of files) n += await openFloor(file.bytes);
        return n;
      });
      opened = count;
      floorRuns.push(time);
    }
    const floor: Timing = {
      wall: median(floorRuns.map((t) => t.wall)),
      cpu: median(floorRuns.map((t) => t.cpu)),
    };
    line(`(a) golv: packa upp + SHA-256 + Ed25519 + JSON (${opened} paket)`, floor, 'median av 3');
    const [, readerTime] = await timed(async () => {
      for (const file of files) await openAll(file.bytes);
    });
    line('    jämförelse: openPackage med zod, rekursivt', readerTime);
    sample();

    // (b) Import + roll-up at the top, into a fresh database each run (median of 3, as the floor).
    const rollupRun = async (target: SamDatabase) => {
      const [outcomes, importTime] = await timed(() => importPackages(target, files));
      sample();
      const [loaded, reportsTime] = await timed(() => loadReports(target, 'kommun', YEAR));
      sample();
      const [top, aggregateTime] = await timed(() =>
        aggregate({
          tree,
          nodeId: 'kommun',
          year: YEAR,
          reports: loaded.reports,
          templates: loaded.templates,
        }),
      );
      const total: Timing = {
        wall: importTime.wall + reportsTime.wall + aggregateTime.wall,
        cpu: importTime.cpu + reportsTime.cpu + aggregateTime.cpu,
      };
      return { outcomes, loaded, top, importTime, reportsTime, aggregateTime, total };
    };
    // The first run is profiled when asked, and its database is the one (c) and (d) go on with.
    const first = await profiled(() => rollupRun(db));
    const runs = [first];
    for (let run = 1; run < 3; run++) {
      const other = await freshDatabase(run);
      try {
        runs.push(await rollupRun(other));
      } finally {
        other.close();
        await other.delete();
      }
    }
    const middle = [...runs].sort((a, b) => a.total.wall - b.total.wall)[1] ?? first;
    const { loaded, top } = first;
    const input = (nodeId: string) => ({
      tree,
      nodeId,
      year: YEAR,
      reports: loaded.reports,
      templates: loaded.templates,
    });
    line(
      '(b) importPackages (4 förvaltningspaket)',
      middle.importTime,
      tally(middle.outcomes.map((o) => o.kind)),
    );
    line(
      '    loadReports (hela kommunen)',
      middle.reportsTime,
      `${middle.loaded.reports.size} rapporter`,
    );
    line('    aggregate på kommunen (första gången)', middle.aggregateTime);
    const ratio = middle.total.wall / floor.wall;
    line(
      '    import + sammanställning totalt',
      middle.total,
      `median av 3 (${runs.map((r) => r.total.wall.toFixed(0)).join(' / ')} ms): ${ratio.toFixed(2)} × golvet (mål ≤ 2×) ${ratio <= 2 ? 'inom målet' : 'ÖVER MÅLET'}`,
    );
    const answered = top.sections.flatMap((s) => s.questions).reduce((n, q) => n + q.counts.n, 0);
    const sane =
      top.units.total === UNITS &&
      top.units.signed === UNITS &&
      answered === data.answers.filter((a) => a.value !== null).length &&
      top.sections.flatMap((s) => s.questions).length === questions;
    console.log(
      `  Kontroll: ${top.units.withReport}/${top.units.total} enheter med rapport, ${top.units.signed} signerade, ${answered} svar räknade, ${top.actions.length} åtgärder, ${top.sections.length} avsnitt${sane ? '' : ' — FEL: stämmer inte med den genererade kommunen!'}`,
    );

    // (c) Aggregation at each level, median of RUNS.
    const firstAdmin = administrations[0];
    const firstSection = firstAdmin ? tree.childrenOf(firstAdmin.id)[0] : undefined;
    const firstUnit = firstSection ? tree.childrenOf(firstSection.id)[0] : undefined;
    if (!firstAdmin || !firstSection || !firstUnit) throw new Error('Organisationen är tom');
    for (const node of [tree.byId.get('kommun'), firstAdmin, firstSection, firstUnit]) {
      if (!node) continue;
      const runs: Timing[] = [];
      let units = 0;
      for (let run = 0; run < RUNS; run++) {
        const [result, time] = await timed(() => aggregate(input(node.id)));
        units = result.units.total;
        runs.push(time);
      }
      const wall = median(runs.map((t) => t.wall));
      line(
        `(c) aggregate: ${node.name} (nivå ${node.level}, ${units} enheter)`,
        { wall, cpu: median(runs.map((t) => t.cpu)) },
        `median av ${RUNS}, max ${Math.max(...runs.map((t) => t.wall)).toFixed(1)} ms; ${wall < 50 ? 'inom målet (< 50 ms)' : 'ÖVER MÅLET (50 ms)'}`,
      );
    }
    sample();

    // (d) Re-import into the full database: a unit's package and an administration's package.
    const reimport = async (name: string, bytes: Uint8Array, target?: number) => {
      const [result, time] = await timed(() => importPackages(db, [{ name, bytes }]));
      const verdict =
        target === undefined
          ? ''
          : time.wall < target
            ? ' inom målet'
            : ` ÖVER MÅLET (${target} ms)`;
      line(name, time, `${tally(result.map((o) => o.kind))};${verdict}`);
    };
    const unitBuilt = factory.built.get(firstUnit.id);
    const adminBuilt = factory.built.get(firstAdmin.id);
    if (!unitBuilt || !adminBuilt) throw new Error('Paket saknas');
    await reimport(`(d) enhetspaket ${firstUnit.id} igen, oförändrat`, unitBuilt.bytes, 100);
    const unitRevision = await factory.build(firstUnit, 2, (body) => {
      const first = body.answers[0];
      if (first) first.value = first.value === 'ja' ? 'nej' : 'ja';
    });
    await reimport(`    enhetspaket ${firstUnit.id}, ny revision 2`, unitRevision.bytes, 100);
    const [, afterRevision] = await timed(async () => {
      const again = await loadReports(db, 'kommun', YEAR);
      return aggregate({ ...input('kommun'), reports: again.reports, templates: again.templates });
    });
    line('    därefter loadReports + aggregate på kommunen', afterRevision);
    await reimport(`    förvaltningspaket ${firstAdmin.id} igen, oförändrat`, adminBuilt.bytes);
    sample();

    console.log(`Minne: högsta RSS ${mb(peakRss)}, heap nu ${mb(process.memoryUsage().heapUsed)}`);
    console.log(`Belastning efteråt: ${load()}`);
  } finally {
    clearInterval(sampler);
    db.close();
    await db.delete();
  }
}
