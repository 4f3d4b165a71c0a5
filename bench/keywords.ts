import { readFileSync, writeFileSync } from 'node:fs';
import { fold } from '../utils/shared/matching/fold';
import type { StoryMeta } from '../utils/shared/story/cast';
import { compileKeywords } from '../utils/shared/story/keywords';
import { bundledStories } from '../tests/support/storyMetas';

/**
 * Cost of the story rule's keyword scan (utils/shared/story/keywords.ts), as a page pays it once per
 * article: compiling every story's keywords, then one scan of the page's text. CPU time, median
 * of {@link RUNS}; texts of 200 KB made of the seven language fixture pages (Latin and
 * Cyrillic), and the folding alone for comparison (the scan folds the text first). `npx tsx
 * bench/keywords.ts` prints the table and writes `bench/keywords-results.md`.
 */
const RUNS = 9;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const pages = ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk'].map((lang) =>
  readFileSync(new URL(`../tests/fixtures/languages/${lang}.html`, import.meta.url), 'utf8')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' '),
);
const text = pages.join(' ').repeat(40).slice(0, 200_000);

/** 400 made-up keywords in Latin and Cyrillic, a third with `*`, a fifth of them phrases. */
function syntheticStories(): StoryMeta[] {
  const letters = 'abcdefghijklmnoprstuvzабвгдежзиклмнопрстуфхц';
  let seed = 11;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const word = () =>
    Array.from(
      { length: 6 + Math.floor(next() * 7) },
      () => letters[Math.floor(next() * letters.length)],
    ).join('');
  const keywords = Array.from(
    { length: 400 },
    (_, i) => `${word()}${i % 5 ? '' : ` ${word()}`}${i % 3 ? '' : '*'}`,
  );
  const base = bundledStories().stories[0]!;
  return [0, 1].map((k) => ({
    ...base,
    id: `s${k}`,
    keywords: { en: keywords.slice(k * 200, k * 200 + 200) },
  }));
}

const SETS: Record<string, () => StoryMeta[]> = {
  'bundled (2 stories)': () => bundledStories().stories,
  'synthetic 400 keywords': syntheticStories,
};

const lines = [
  '| keywords | count | compile (CPU ms) | first scan, 200 KB (CPU ms) | later scans (CPU ms) | fold alone (CPU ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
];
for (const [name, make] of Object.entries(SETS)) {
  const stories = make();
  const count = stories.reduce((n, s) => n + Object.values(s.keywords).flat().length, 0);
  const compile: number[] = [];
  const first: number[] = [];
  const later: number[] = [];
  const folds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = cpuMs();
    const matcher = compileKeywords(stories);
    const t1 = cpuMs();
    matcher.find(text);
    const t2 = cpuMs();
    matcher.find(text);
    const t3 = cpuMs();
    fold(text);
    const t4 = cpuMs();
    compile.push(t1 - t0);
    first.push(t2 - t1);
    later.push(t3 - t2);
    folds.push(t4 - t3);
  }
  const f = (xs: number[]) => median(xs).toFixed(1);
  lines.push(`| ${name} | ${count} | ${f(compile)} | ${f(first)} | ${f(later)} | ${f(folds)} |`);
}
const table = lines.join('\n');
console.log(table);
writeFileSync(new URL('./keywords-results.md', import.meta.url), `${table}\n`);
