import { statSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { bundledDataset } from '../utils/shared/dataset/bundled';
import type { Dataset } from '../utils/shared/dataset/schema';
import { chromiumPath, extensionDir, launchChromiumWithExtension } from '../tests/support/chromium';
import { allNames, largestAllowedDataset, syntheticDataset } from './cast';
import {
  appendUpdate,
  dramatisPass,
  lowerBound,
  naiveMarkJs,
  offStoryRead,
  writeFloors,
} from './measure';
import { formatResults, type OffStoryRow, type Row } from './report';
import { startBenchServer } from './server';
import { storiesWith } from '../tests/support/storedStories';

/** `npm run bench -- 2000 bundled` measures just that page size and cast, and writes nothing. */
const only = process.argv.slice(2);
const SIZES = [60, 2_000, 20_000].filter(
  (n) => !only.some((a) => /^\d+$/.test(a)) || only.includes(String(n)),
);
/** Naive mark.js runs one DOM pass per name; past this estimate it is skipped, and said so. */
const NAIVE_BUDGET_MS = 90_000;

async function useDataset(context: BrowserContext, dataset: Dataset | null): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(
    async (data) => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
          };
        }
      ).chrome;
      if (data) await chrome.storage.local.set({ stories: data });
      else await chrome.storage.local.remove('stories');
    },
    (dataset && storiesWith(dataset)) as never,
  );
}

/** Runs of the Dramatis pass (and of the update after it) per row; the median is reported. */
const RUNS = 3;

const median = <T>(items: T[], key: (item: T) => number): T =>
  [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;

/** The pass and the +100-paragraph update, each the median of {@link RUNS} fresh pages. */
async function dramatisRuns(context: BrowserContext, url: string) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, pass } = await dramatisPass(context, url);
    runs.push({ pass, update: await appendUpdate(page, 100) });
    await page.close();
  }
  return {
    pass: median(runs, (run) => run.pass.passMs).pass,
    update: median(runs, (run) => run.update.passMs).update,
  };
}

async function main() {
  // The machine is shared: its load says how far these times are from an idle machine's.
  const load = loadavg()[0]!;
  const server = await startBenchServer();
  const withExtension = await launchChromiumWithExtension(extensionDir());
  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const bare = await plain.newContext();
  const casts = [
    { name: 'bundled', dataset: bundledDataset(), store: false },
    { name: 'synthetic 2,000 × 5', dataset: syntheticDataset(2_000, 5), store: true },
    // The most a valid file can ask for (utils/shared/dataset/limits.ts).
    { name: 'largest allowed', dataset: largestAllowedDataset(), store: true },
  ].filter((c) => !only.some((a) => !/^\d+$/.test(a)) || only.includes(c.name.split(' ')[0]!));
  const rows: Row[] = [];
  const offStory: OffStoryRow[] = [];
  for (const cast of casts) {
    await useDataset(withExtension.context, cast.store ? cast.dataset : null);
    const names = allNames(cast.dataset);
    let naiveEstimate = 0;
    for (const size of SIZES) {
      const url = `${server.url}/page/${size}`;
      process.stdout.write(`${cast.name}, ${size} paragraphs… `);
      const { pass, update } = await dramatisRuns(withExtension.context, url);
      const bound = await lowerBound(bare, url, cast.dataset.actors);
      const floors = await writeFloors(bare, url, cast.dataset.actors);
      const naive =
        names.length > 700
          ? { skipped: `${names.length} names: mark.js overflows the stack past ~1,000 names` }
          : naiveEstimate > NAIVE_BUDGET_MS
            ? { skipped: `estimated ${Math.round(naiveEstimate / 1000)} s` }
            : await naiveMarkJs(bare, url, names);
      if ('ms' in naive) naiveEstimate = naive.ms * 10;
      rows.push({
        cast: cast.name,
        paragraphs: size,
        names: names.length,
        pass,
        bound,
        floors,
        naive,
        update,
      });
      console.log(`pass ${pass.passMs.toFixed(1)} ms, bound ${bound.ms.toFixed(1)} ms`);
    }
    for (const size of SIZES.filter((n) => n >= 2_000)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await offStoryRead(withExtension.context, `${server.url}/off/${size}`));
      const read = median(runs, (run) => run.decideMs);
      offStory.push({ cast: cast.name, paragraphs: size, read });
      console.log(
        `off-story ${size}: decision ${read.decideMs.toFixed(1)} ms, ${read.mutations} mutations`,
      );
    }
  }
  const script = readFileSync(`${extensionDir()}/content-scripts/content.js`);
  const size = {
    raw: statSync(`${extensionDir()}/content-scripts/content.js`).size,
    gzip: gzipSync(script).length,
  };
  const results = {
    date: new Date().toISOString(),
    browser: withExtension.context.browser()?.version() ?? 'chromium',
    contentScript: size,
    rows,
    offStory,
    load: Math.max(load, loadavg()[0]!),
  };
  if (!only.length) {
    writeFileSync(
      new URL('./results.json', import.meta.url),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    writeFileSync(new URL('./results.md', import.meta.url), formatResults(results));
  }
  console.log(`\n${formatResults(results)}`);
  await withExtension.close();
  await plain.close();
  await server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
