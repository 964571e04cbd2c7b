/**
 * `npm run bench`: benchmarks on a generated large municipality. Numbers are printed, not asserted.
 * Each benchmark module registers itself in BENCHMARKS as the features that need them land.
 */
interface Benchmark {
  name: string;
  run(): Promise<void>;
}

const BENCHMARKS: Benchmark[] = [];

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
