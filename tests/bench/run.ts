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
  name: string;
  run(): Promise<void>;
}

const BENCHMARKS: Benchmark[] = [
  {
    name: 'KIA-import: 20 000 rader (CSV → mappning → validering → IndexedDB)',
    run: async () =>
      (
        await load<typeof import('./kia-import.bench')>('./kia-import.bench.ts')
      ).runKiaImportBenchmark(),
  },
  {
    name: 'Sammanställning: 2 000 enheter, 40 frågor, 20 000 händelser (signerade paket → import → aggregat)',
    run: async () =>
      (await load<typeof import('./rollup.bench')>('./rollup.bench.ts')).runRollupBenchmark(),
  },
  {
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
  for (const bench of BENCHMARKS) {
    console.log(`\n== ${bench.name}`);
    await bench.run();
  }
}

void main();
