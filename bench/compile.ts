import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../utils/shared/dataset/bundled';
import type { Dataset } from '../utils/shared/dataset/schema';
import { compileCast } from '../utils/shared/matching/compile';
import { findMentions } from '../utils/shared/matching/findMentions';
import { largestAllowedDataset, syntheticDataset } from './cast';

/**
 * Compile cost of a cast, as a content script pays it once per frame: `compileCast` plus the
 * first scan (where V8 compiles the pattern), in a fresh process each time (V8 caches compiled
 * patterns within one), CPU time, median of {@link RUNS}. `npm run bench:compile` prints the table and
 * writes it to `bench/compile-results.md`.
 */
const RUNS = 7;
const CASTS: Record<string, () => Dataset> = {
  bundled: bundledDataset,
  'synthetic 2,000 × 5': () => syntheticDataset(2_000, 5),
  'largest allowed': () => largestAllowedDataset(),
};
const article = readFileSync(
  new URL('../tests/fixtures/seed-article.txt', import.meta.url),
  'utf8',
);

/**
 * CPU time of this process (user + system), in ms: on a machine shared with other work, wall
 * time measures the neighbours as much as the code.
 */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One cold measurement, in this process: ms to compile and to scan the seed article once. */
function measureOnce(name: string): { compileMs: number; scanMs: number; names: number } {
  const dataset = CASTS[name]!();
  const start = cpuMs();
  const cast = compileCast(dataset.actors);
  const compiled = cpuMs();
  findMentions(cast, article);
  const scanned = cpuMs();
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
  const lines = [
    '| cast | names | compile (CPU ms) | first scan of the seed article (CPU ms) |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const name of Object.keys(CASTS)) {
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync('npx', ['tsx', self, name], { encoding: 'utf8' })),
    ) as ReturnType<typeof measureOnce>[];
    const median = (key: 'compileMs' | 'scanMs') => {
      const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
      return sorted[Math.floor(RUNS / 2)]!.toFixed(1);
    };
    const names = runs[0]!.names.toLocaleString('en');
    lines.push(`| ${name} | ${names} | ${median('compileMs')} | ${median('scanMs')} |`);
    console.log(lines.at(-1));
  }
  const intro = `# Compile cost\n\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, this machine. CPU time, median of ${RUNS} fresh processes: \`compileCast\`, then the first scan of the seed article (where V8 compiles the pattern).\n\n`;
  writeFileSync(new URL('./compile-results.md', import.meta.url), `${intro}${lines.join('\n')}\n`);
}

main();
