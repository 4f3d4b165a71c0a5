import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { articleHtml, readSeedArticle } from './articlePage';

/** Title of the seed article as the e2e tests and the demo show it. */
export const SEED_ARTICLE_TITLE = 'Putin rejects Zelenskyy’s offer to meet in Istanbul';

/** A running article server: its base URL (no trailing slash) and a way to stop it. */
export interface ArticleServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `routes[path]` as UTF-8 HTML, or a plain 404. Query strings are ignored. */
function handler(routes: Record<string, string>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const html = routes[path];
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  };
}

/**
 * Starts a local HTTP server on 127.0.0.1 (a free port) that serves the seed article at `/`
 * and `/article`, plus any extra `routes` (path → HTML). Content scripts only run on
 * http(s) pages, so e2e tests and the demo need a real server rather than `file://` or
 * `page.setContent`.
 */
export async function startArticleServer(
  routes: Record<string, string> = {},
): Promise<ArticleServer> {
  const article = articleHtml(readSeedArticle(), SEED_ARTICLE_TITLE);
  const server = createServer(handler({ '/': article, '/article': article, ...routes }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
