import { afterAll, beforeAll } from 'vitest';
import { extensionDir, launchChromiumWithExtension, type ExtensionBrowser } from './chromium';
import { highlightEverywhere } from './highlightEverywhere';
import { firstPass, openWatched, startHostileServers, type WatchedPage } from './hostilePages';
import { withOpenCard } from './openCardBuild';
import type { ArticleServer } from './server';

/** The hostile-page servers (two origins) and a Chromium with the built extension. */
export interface HostileSession {
  readonly browser: ExtensionBrowser;
  readonly servers: { main: ArticleServer; other: ArticleServer };
  /** Opens `tests/fixtures/pages/<name>`, watching for errors, after the first highlight pass. */
  open(name: string): Promise<WatchedPage>;
}

/**
 * Registers the suite's hooks that start the hostile-page servers and Chromium before its tests
 * and stop both after them, so each hostile-page suite states only what it tests. With
 * `openCard` the extension loaded is the copy whose card tests can read (see withOpenCard).
 * The hostile pages test the highlighter, not which story a page is about: the reader's
 * "Highlight on every page" is switched on first, so each page gets the whole cast.
 */
export function useHostileSession(
  prepare?: (browser: ExtensionBrowser) => Promise<unknown>,
  options: { openCard?: boolean } = {},
): HostileSession {
  let browser: ExtensionBrowser | undefined;
  let servers: HostileSession['servers'] | undefined;
  beforeAll(async () => {
    servers = await startHostileServers();
    const dir = options.openCard ? withOpenCard(extensionDir()) : extensionDir();
    browser = await launchChromiumWithExtension(dir);
    await highlightEverywhere(browser);
    await prepare?.(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.main.close();
    await servers?.other.close();
  });
  const session: HostileSession = {
    get browser() {
      if (!browser) throw new Error('the hostile session has not started');
      return browser;
    },
    get servers() {
      if (!servers) throw new Error('the hostile session has not started');
      return servers;
    },
    async open(name) {
      const watched = await openWatched(
        session.browser.context,
        `${session.servers.main.url}/pages/${name}`,
      );
      await firstPass(watched.page);
      return watched;
    },
  };
  return session;
}
