import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where Debian's Firefox ESR lives; override with the FIREFOX_PATH environment variable. */
const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

/**
 * Firefox's remote-agent switch for automation that needs more than web content (the
 * counterpart of geckodriver's `--allow-system-access`). Since Firefox 153 it is also what lets
 * WebDriver BiDi navigate a tab to a `moz-extension://` page, which the popup and options tests
 * need. It changes what the test driver may do, not what the extension or any web page may do.
 */
const ALLOW_SYSTEM_ACCESS = '--remote-allow-system-access';

/** A Firefox instance, driven over WebDriver BiDi, with the built extension installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** The extension's origin in this profile, `moz-extension://<uuid>` (no trailing slash). */
  extensionOrigin: string;
  /**
   * Opens one of the extension's own pages (`popup.html`, `options.html`) in a new tab, at its
   * real `moz-extension://` address, and resolves once it has loaded. Puppeteer keeps reporting
   * the tab's `url()` as `about:blank` (Firefox sends no navigation events for the switch into
   * the extension's process); everything else on the returned page works as usual.
   */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Options for {@link launchFirefoxWithExtension}. */
export interface FirefoxLaunchOptions {
  /** The add-on id to expect; by default read from `<path>/manifest.json` (needed for a zip). */
  addonId?: string;
  /** Accept any TLS certificate (a test https server's own), in pages and in the add-on. */
  acceptInsecureCerts?: boolean;
}

/** The Firefox binary to use, or a clear error telling how to install it. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? DEFAULT_FIREFOX_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}: install it with \`apt-get install -y firefox-esr\``,
    );
  }
  return path;
}

/** Absolute path of the built Firefox extension, or a clear error to build it first. */
export function firefoxExtensionDir(): string {
  const dir = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No Firefox build at ${dir}: run \`npm run build:firefox\` first`);
  }
  return dir;
}

/** The add-on id (`browser_specific_settings.gecko.id`) in an unpacked extension's manifest. */
export function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** The one command of puppeteer's (internal) WebDriver BiDi connection used here. */
interface BidiNavigator {
  send(
    method: 'browsingContext.navigate',
    params: { context: string; url: string; wait: 'complete' },
  ): Promise<unknown>;
}

/**
 * Navigates `page` to `url` with a plain BiDi `browsingContext.navigate`, which answers once the
 * page has loaded. `page.goto` cannot be used for a `moz-extension://` page: it waits for
 * navigation events that Firefox does not send when the tab switches into the extension's process.
 */
async function navigateOverBidi(browser: Browser, page: Page, url: string): Promise<void> {
  const connection = (browser as unknown as { connection?: BidiNavigator }).connection;
  const context = (page.mainFrame() as unknown as { _id?: string })._id;
  if (typeof connection?.send !== 'function' || typeof context !== 'string') {
    throw new Error(
      'puppeteer-core no longer exposes its BiDi connection or frame id: update navigateOverBidi',
    );
  }
  await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

/** The id the add-on in `path` must install under: given, or read from its manifest. */
function expectedAddonId(path: string, opts: FirefoxLaunchOptions): string {
  if (opts.addonId) return opts.addonId;
  if (!existsSync(path)) throw new Error(`No extension at ${path}`);
  if (statSync(path).isDirectory()) return geckoId(path);
  throw new Error(`Pass opts.addonId to install the archive ${path}`);
}

/**
 * Launches headless Firefox ESR over WebDriver BiDi and installs the extension in `path` (an
 * unpacked build directory or its zip) as a temporary add-on, the way a developer loads it in
 * about:debugging. The profile maps the add-on to a fresh UUID chosen here, so the tests know
 * its `moz-extension://` origin. Throws, never skips, when Firefox is missing.
 */
export async function launchFirefoxWithExtension(
  path: string,
  opts: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  const expectedId = expectedAddonId(path, opts);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
    args: [ALLOW_SYSTEM_ACCESS],
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      // Which moz-extension:// host each add-on gets in this profile.
      'extensions.webextensions.uuids': JSON.stringify({ [expectedId]: uuid }),
    },
  });
  try {
    const addonId = await browser.installExtension(path);
    if (addonId !== expectedId) {
      throw new Error(`Installed add-on ${addonId}, expected ${expectedId}`);
    }
    const extensionOrigin = `moz-extension://${uuid}`;
    return {
      browser,
      addonId,
      extensionOrigin,
      openExtensionPage: async (page) => {
        const tab = await browser.newPage();
        await navigateOverBidi(browser, tab, `${extensionOrigin}/${page.replace(/^\//, '')}`);
        return tab;
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
