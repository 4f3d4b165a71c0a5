/**
 * Measures what 300 tiny frames without text cost the page's main thread and heap, with and
 * without an extension build: `npx tsx bench/tinyFrames.ts [extension dir ...]` (no directory:
 * the page without any extension). Each run loads the page in a fresh Chromium, waits for every
 * frame to load and 5 s more (Dramatis starts at idle), then reads Chromium's own metrics over
 * CDP. Prints one line per run; nothing is asserted (speed is measured, never tested).
 */
import { startArticleServer } from '../tests/support/server';
import { launchChromiumWithExtension } from '../tests/support/chromium';
import { chromium, type BrowserContext } from 'playwright-core';

const FRAMES = 300;
const page = `<!doctype html><title>Tiny frames</title><p>A page with ${FRAMES} tiny frames.</p>${Array.from(
  { length: FRAMES },
  (_, i) => `<iframe width="4" height="4" srcdoc="<div id=f${i}></div>"></iframe>`,
).join('')}`;

async function measure(context: BrowserContext, url: string) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(5_000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    taskMs: Math.round(get('TaskDuration') * 1000),
    scriptMs: Math.round(get('ScriptDuration') * 1000),
    heapMb: Math.round(get('JSHeapUsedSize') / 1e5) / 10,
  };
}

const server = await startArticleServer({ '/tiny': { body: page } });
try {
  for (const dir of process.argv.length > 2 ? process.argv.slice(2) : [undefined]) {
    let close: () => Promise<void>;
    let context: BrowserContext;
    if (dir) {
      const browser = await launchChromiumWithExtension(dir);
      ({ context } = browser);
      close = browser.close;
    } else {
      context = await chromium.launchPersistentContext('', {
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu'],
      });
      close = () => context.close();
    }
    console.log(dir ?? 'no extension', await measure(context, `${server.url}/tiny`));
    await close();
  }
} finally {
  await server.close();
}
