import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Where Debian's Firefox ESR lives; override with the FIREFOX_PATH environment variable. */
const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

/** A Firefox instance, driven over WebDriver BiDi, with the built extension installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
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

/**
 * Launches headless Firefox ESR over WebDriver BiDi and installs the unpacked extension as a
 * temporary add-on, the way a developer loads it in about:debugging. Throws, never skips, when
 * Firefox is missing.
 */
export async function launchFirefoxWithExtension(dir: string): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  try {
    const addonId = await browser.installExtension(dir);
    return { browser, addonId, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
