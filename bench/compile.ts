import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../utils/dataset/bundled';
import type { Dataset } from '../utils/dataset/schema';
import { compileCast } from '../utils/matching/compile';
import { findMentions } from '../utils/matching/findMentions';
import { largestAllowedDataset, syntheticDataset } from './cast';

/**
 * Compile cost of a cast, as a content script pays it once per frame: `compileCast` plus the
 * first scan (where V8 compiles the pattern), in a fresh process each time (V8 caches compiled
 * patterns within one), median of {@link RUNS}. `npx tsx bench/compile.ts` prints a table.
 */
const RUNS = 5;
const CASTS: Record<string, () => Dataset> = {
  bundled: bundledDataset,
  'synthetic 2,000 × 5': () => syntheticDataset(2_000, 5),
  'largest allowed': () => largestAllowedDataset(),
};
const article = readFileSync(
  new URL('../tests/fixtures/seed-article.txt', import.meta.url),
  'utf8',
);

/** One cold measurement, in this process: ms to compile and to scan the seed article once. */
function measureOnce(name: string): { compileMs: number; scanMs: number; names: number } {
  const dataset = CASTS[name]!();
  const start = performance.now();
  const cast = compileCast(dataset.actors);
  const compiled = performance.now();
  findMentions(cast, article);
  const scanned = performance.now();
  const names = dataset.actors.reduce((n, a) => n + a.names.length + (a.notNames?.length ?? 0), 0);
  return { compileMs: compiled - start, scanMs: scanned - compiled, names };
}

function main(): void {
  const one = process.argv[2];
  if (one) {
    console.log(JSON.stringify(measureOnce(one)));
    return;
  }
  const self = fileURLToPath(import.meta.url);
  console.log('| cast | names | compile (ms) | first scan of the seed article (ms) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const name of Object.keys(CASTS)) {
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync('npx', ['tsx', self, name], { encoding: 'utf8' })),
    ) as ReturnType<typeof measureOnce>[];
    const median = (key: 'compileMs' | 'scanMs') => {
      const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
      return sorted[Math.floor(RUNS / 2)]!.toFixed(1);
    };
    const names = runs[0]!.names.toLocaleString('en');
    console.log(`| ${name} | ${names} | ${median('compileMs')} | ${median('scanMs')} |`);
  }
}

main();
