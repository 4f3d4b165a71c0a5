import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { format } from 'prettier';
import { bundledDataset } from '../utils/shared/dataset/bundled';
import type { Dataset } from '../utils/shared/dataset/schema';
import { chromiumPath } from '../tests/support/chromium';

import { syntheticDataset } from './cast';

/**
 * Issue 15's cost, measured in real Chromium: the time to derive every spelling of a dataset
 * (the background's `withDerivedNames`, once per dataset) and to compile the cast a tab
 * receives (`compileCast`, once per dataset per content script), before (the names as listed)
 * and after (listed + native + derived). Median of 7 runs each. `npm run bench:spellings` writes
 * bench/spellings.md.
 */
const IN_PAGE = `
import { compileCast } from '../utils/shared/matching/compile';
import { withDerivedNames } from '../utils/shared/dataset/withDerivedNames';
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
function time(fn) {
  const runs = [];
  for (let i = 0; i < 7; i++) { const t = performance.now(); fn(); runs.push(performance.now() - t); }
  return median(runs);
}
globalThis.measure = (dataset) => {
  const served = withDerivedNames(dataset);
  const names = (d) => d.actors.reduce((n, a) => n + a.names.length, 0);
  return {
    namesBefore: names(dataset), namesAfter: names(served),
    compileBefore: time(() => compileCast(dataset.actors)),
    derive: time(() => withDerivedNames(dataset)),
    compileAfter: time(() => compileCast(served.actors)),
  };
};`;

async function main() {
  const bundle = await build({
    stdin: { contents: IN_PAGE, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const casts: [string, Dataset][] = [
    ['bundled (listed names, as shipped)', bundledDataset()],
    ['synthetic 2,000 × 5 (no native names)', syntheticDataset(2_000, 5)],
    ['synthetic 2,000 × 5 + ru/uk native names', syntheticDataset(2_000, 5, true)],
  ];
  const rows = [
    '| cast | names listed → served | compile listed | derive (background) | compile served |',
  ];
  rows.push('| --- | --- | --- | --- | --- |');
  await page.evaluate(`measure(${JSON.stringify(bundledDataset())})`); // warm the JIT up
  for (const [name, dataset] of casts) {
    const r = (await page.evaluate(`measure(${JSON.stringify(dataset)})`)) as Record<
      string,
      number
    >;
    const ms = (x: number | undefined) => `${(x ?? 0).toFixed(1)} ms`;
    rows.push(
      `| ${name} | ${r.namesBefore} → ${r.namesAfter} | ${ms(r.compileBefore)} | ${ms(r.derive)} | ${ms(r.compileAfter)} |`,
    );
  }
  const md = `# Compile time (issue 15)\n\n${new Date().toISOString()}, ${browser.version()}\n\n${rows.join('\n')}\n`;
  writeFileSync(
    new URL('./spellings.md', import.meta.url),
    await format(md, { parser: 'markdown' }),
  );
  console.log(md);
  await browser.close();
}

await main();
