/**
 * KIA import at scale: a generated 20,000-row export (CSV text, as a large municipality's year)
 * through parse → mapping → validation → import into IndexedDB (fake-indexeddb, one transaction).
 * Prints the time of each step and the peak memory. Target: ≤ 5 s in total.
 */
import 'fake-indexeddb/auto';
import { DEFAULT_CAUSE_CATEGORIES, DEFAULT_PLACE_CATEGORIES } from '@shared/incidents/categories';
import { suggestMapping, validateRows } from '@shared/incidents/kia';
import type { OrgNode } from '@shared/schemas';
import { SamDatabase, importIncidents } from '../../renderer/src/data';
import { parseCsv } from '../../renderer/src/features/incidents/kia/read-csv';

const ROWS = 20_000;
const UNITS = 250;
const TYPES = [
  'Riskobservation',
  'Tillbud',
  'Tillbud',
  'Olycksfall',
  'Olycksfall',
  'Färdolycksfall',
  'Arbetssjukdom',
];
const STATUSES = ['Avslutad', 'Avslutad', 'Åtgärdad', 'Pågående', 'Ny'];
const TEXTS = [
  'Brukare blev utagerande vid måltiden och slog en medarbetare på armen; ingen behövde vård.',
  'Halkade på isbelagd trappa vid entrén och slog i knät.',
  'Fick ont i ryggen vid förflyttning från säng till rullstol; taklyften var trasig.',
  'Stack sig på en använd kanyl som låg framme i brukarens kök.',
  'Handläggare hotades i telefon efter ett beslut om placering.',
];

/** A small deterministic generator (mulberry32), so every run measures the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function organisation(): OrgNode[] {
  const nodes: OrgNode[] = [
    { id: 'kommun', parentId: null, level: 4, name: 'Storstads kommun', archived: false },
    { id: 'sof', parentId: 'kommun', level: 3, name: 'Socialförvaltningen', archived: false },
  ];
  for (let s = 0; s < 25; s += 1)
    nodes.push({
      id: `omr-${s}`,
      parentId: 'sof',
      level: 2,
      name: `Område ${s + 1}`,
      archived: false,
    });
  for (let u = 0; u < UNITS; u += 1)
    nodes.push({
      id: `enh-${u}`,
      parentId: `omr-${u % 25}`,
      level: 1,
      name: `Enhet ${u + 1}`,
      archived: false,
    });
  return nodes;
}

const quote = (text: string) => (/[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function generateExport(rows = ROWS): string {
  const next = random(20_000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    'Ärendenummer;Händelsedatum;Klockslag;Ärendetyp;Arbetsställe;Plats;Skadeorsak/Risk;Beskrivning;Vidtagna åtgärder;Allvarlig;Anmäld till AV;Anmäld till FK;Status',
  ];
  for (let i = 0; i < rows; i += 1) {
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `2025-${pad(month)}-${pad(day)}`;
    const serious = next() < 0.02;
    lines.push(
      [
        String(300_000 + i),
        date,
        `${pad(6 + Math.floor(next() * 16))}:${pad(Math.floor(next() * 12) * 5)}`,
        pick(TYPES),
        `Enhet ${1 + Math.floor(next() * UNITS)}`,
        next() < 0.03 ? '' : pick(DEFAULT_PLACE_CATEGORIES),
        next() < 0.03 ? '' : pick(DEFAULT_CAUSE_CATEGORIES),
        quote(pick(TEXTS)),
        'Händelsen togs upp på APT.',
        serious ? 'Ja' : 'Nej',
        serious ? date : '',
        serious ? date : '',
        pick(STATUSES),
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

interface Timing {
  name: string;
  wall: number;
  /** This process's CPU time: steadier than wall time when other work shares the machine. */
  cpu: number;
}

export async function runKiaImportBenchmark(): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  // The synchronous steps block the timer; sample() after each step catches their high point too.
  const sampler = setInterval(sample, 10);
  const times: Timing[] = [];
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await work();
    const cpu = process.cpuUsage(cpuStart);
    times.push({ name, wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 });
    sample();
    return result;
  };

  const nodes = organisation();
  const units = nodes.filter((node) => node.level === 1);
  const text = generateExport();
  const db = new SamDatabase(`bench-kia-${Date.now()}`);
  try {
    await db.orgNodes.bulkPut(nodes);
    const table = await step('läsa CSV (papaparse)', () => parseCsv(text));
    const mapping = await step('föreslå mappning', () =>
      suggestMapping(
        table.headers,
        table.rows.map((row) => row.cells),
        { units, places: DEFAULT_PLACE_CATEGORIES, causes: DEFAULT_CAUSE_CATEGORIES },
      ),
    );
    const result = await step('validera rader', () =>
      validateRows(table, mapping, units, {
        places: DEFAULT_PLACE_CATEGORIES,
        causes: DEFAULT_CAUSE_CATEGORIES,
      }),
    );
    const first = await step('importera (IndexedDB, en transaktion)', () =>
      importIncidents(db, result.valid),
    );
    const total = times.reduce(
      (sum, time) => ({ wall: sum.wall + time.wall, cpu: sum.cpu + time.cpu }),
      { wall: 0, cpu: 0 },
    );
    const again = await step('importera samma fil igen', () => importIncidents(db, result.valid));

    console.log(`Fil: ${table.rows.length} rader, ${mb(text.length * 2)} text i minnet`);
    console.log(`  ${'steg'.padEnd(40)} ${'väggtid'.padStart(9)} ${'CPU-tid'.padStart(9)}`);
    for (const { name, wall, cpu } of times)
      console.log(`  ${name.padEnd(40)} ${ms(wall)} ${ms(cpu)}`);
    console.log(
      `  ${'totalt: läsa, mappa, validera, importera'.padEnd(40)} ${ms(total.wall)} ${ms(total.cpu)}`,
    );
    console.log(
      `Resultat: ${result.valid.length} giltiga, ${result.errors.length} fel; första importen ${first.added} nya, andra ${again.added} nya och ${again.updated} uppdaterade`,
    );
    console.log(`Minne: högsta RSS ${mb(peakRss)}, heap nu ${mb(process.memoryUsage().heapUsed)}`);
    console.log(total.wall <= 5000 ? 'Inom målet (≤ 5 s).' : 'ÖVER MÅLET (5 s)!');
  } finally {
    clearInterval(sampler);
    db.close();
    await db.delete();
  }
}
