/**
 * `npm run bench`: benchmarks on a generated large municipality. Numbers are printed, not asserted.
 * Each benchmark module registers itself in BENCHMARKS as the features that need them land.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

/*
 * Benchmarks import the app's modules, which use the `@shared/*` path alias; `tsx run.ts` alone
 * reads the root tsconfig (no paths), so each benchmark module is loaded with the test project's.
 */
const tsconfig = fileURLToPath(new URL('../../tsconfig.test.json', import.meta.url));
const load = <M>(specifier: string): Promise<M> =>
  tsImport(specifier, { parentURL: import.meta.url, tsconfig });

interface Benchmark {
  /** What `npm run bench -- <id>` selects. */
  id: string;
  name: string;
  run(): Promise<void>;
}

const BENCHMARKS: Benchmark[] = [
  {
    id: 'kia',
    name: 'KIA-import: 20 000 rader (CSV → mappning → validering → IndexedDB)',
    run: async () =>
      (
        await load<typeof import('./kia-import.bench')>('./kia-import.bench.ts')
      ).runKiaImportBenchmark(),
  },
  {
    id: 'rollup',
    name: 'Sammanställning: 2 000 enheter, 40 frågor, 20 000 händelser (signerade paket → import → aggregat)',
    run: async () =>
      (await load<typeof import('./rollup.bench')>('./rollup.bench.ts')).runRollupBenchmark(),
  },
  {
    id: 'report',
    name: 'Årsrapport: 2 000 enheter (modell, rendering till HTML, PDF i Chromium)',
    run: async () =>
      (await load<typeof import('./report.bench')>('./report.bench.ts')).runReportBenchmark(),
  },
];

async function main(): Promise<void> {
  if (BENCHMARKS.length === 0) {
    console.log(
      'Inga prestandatester ännu (KIA-import, sammanställning och rapport lägger till dem).',
    );
    return;
  }
  // `npm run bench -- rollup report`: only those; no argument: all of them.
  const asked = process.argv.slice(2);
  const unknown = asked.filter((id) => !BENCHMARKS.some((bench) => bench.id === id));
  if (unknown.length > 0) {
    console.error(
      `Okänt prestandatest: ${unknown.join(', ')}. Välj bland: ${BENCHMARKS.map((b) => b.id).join(', ')}.`,
    );
    process.exitCode = 1;
    return;
  }
  for (const bench of BENCHMARKS) {
    if (asked.length > 0 && !asked.includes(bench.id)) continue;
    console.log(`\n== ${bench.name}`);
    await bench.run();
  }
}

void main();
