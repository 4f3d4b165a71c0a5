import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { newsPage, offStoryPage } from './pages';

/**
 * Serves the bench pages (`/page/<paragraphs>`, and `/off/<paragraphs>` about no story), mark.js
 * and the in-page lower-bound script.
 */
export async function startBenchServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [new URL('./inPage.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const scripts: Record<string, string> = {
    '/inpage.js': bundle.outputFiles[0]!.text,
    '/mark.js': readFileSync(
      new URL('../node_modules/mark.js/dist/mark.min.js', import.meta.url),
      'utf8',
    ),
  };
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const [, kind, size] = /^\/(page|off)\/(\d+)$/.exec(path) ?? [];
    if (scripts[path]) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[path]);
    } else if (kind && size) {
      const n = Number(size);
      if (!pages.has(path)) pages.set(path, kind === 'off' ? offStoryPage(n) : newsPage(n));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
