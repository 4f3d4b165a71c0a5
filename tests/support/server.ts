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

/**
 * A response other than plain HTML: any body, its content type (default UTF-8 HTML) and extra
 * headers, such as a `content-security-policy`.
 */
export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

const HTML = 'text/html; charset=utf-8';

/** Serves `routes[path]` (HTML text or a {@link Route}), or a plain 404. Queries are ignored. */
function handler(routes: Record<string, string | Route>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const found = routes[path];
    if (path === '/favicon.ico' && found === undefined) {
      res.writeHead(204).end(); // browsers ask for it; a 404 would log a console error
      return;
    }
    if (found === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const route = typeof found === 'string' ? { body: found } : found;
    res.writeHead(200, {
      'content-type': route.type ?? HTML,
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  };
}

/**
 * Starts a local HTTP server on 127.0.0.1 (a free port) that serves the seed article at `/`
 * and `/article`, plus any extra `routes` (path → HTML, or a {@link Route} for other content
 * types and headers). Content scripts only run on http(s) pages, so e2e tests and the demo need
 * a real server rather than `file://` or `page.setContent`. Two servers give two origins.
 */
export async function startArticleServer(
  routes: Record<string, string | Route> = {},
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
