import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Where Debian's Chromium lives; override with the CHROMIUM_PATH environment variable. */
const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** How long to wait for the extension's MV3 service worker after launch. */
const SERVICE_WORKER_TIMEOUT_MS = 15_000;

/**
 * Flags Chromium needs to run as root in this sandbox-less, offline machine: no sandbox, no
 * GPU, and no background network traffic (which would otherwise be refused noisily).
 * Playwright adds `--headless` itself when `headless` is true (the new headless mode).
 */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests watch several tabs at once: keep background tabs running at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** A Chromium instance with one unpacked extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Options for {@link launchChromiumWithExtension}. */
export interface LaunchOptions {
  /** Run without a window (default true). */
  headless?: boolean;
  /** Browser UI language, which picks the extension's locale (default "en-US"). */
  lang?: string;
  /** Emulate a touch screen (taps produce touch pointer events). */
  hasTouch?: boolean;
  /** More command-line flags (e.g. `--ignore-certificate-errors` for a test https server). */
  args?: string[];
}

/** The Chromium binary to use, or a clear error telling how to install it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install it with \`apt-get install -y chromium\``,
    );
  }
  return path;
}

/**
 * Absolute path of a built Chrome MV3 extension: the shipped build (`.output/chrome-mv3`, what
 * `npm run zip` packs) or the test build (`.output/chrome-mv3-e2e`, `npm run build:e2e`, which
 * adds the test hooks of `utils/background/exposeTestHooks.ts`), so tests never run against a
 * missing or stale location by accident.
 */
export function extensionDir(build: 'shipped' | 'test' = 'shipped'): string {
  const folder = build === 'test' ? 'chrome-mv3-e2e' : 'chrome-mv3';
  const dir = fileURLToPath(new URL(`../../.output/${folder}`, import.meta.url));
  if (!existsSync(join(dir, 'manifest.json'))) {
    const command = build === 'test' ? 'npm run build:e2e' : 'npm run build';
    throw new Error(
      `No built extension at ${dir} (manifest.json missing): run \`${command}\` first`,
    );
  }
  return dir;
}

/**
 * The id Chromium gives an unpacked extension without a `key`: SHA-256 of its real absolute
 * path, first 16 bytes in hex, digits 0–f mapped to letters a–p. Useful to cross-check the id
 * or to find it when the extension has no service worker.
 */
export function extensionIdFromPath(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Waits for the extension's service worker; its URL host is the extension id. */
async function extensionIdFromWorker(context: BrowserContext): Promise<string> {
  const isExtension = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isExtension) ??
    (await context
      .waitForEvent('serviceworker', { predicate: isExtension, timeout: SERVICE_WORKER_TIMEOUT_MS })
      .catch((err: unknown) => {
        throw new Error(
          `The extension's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS} ms ` +
            '(does the manifest declare background.service_worker, and did it load?)',
          { cause: err },
        );
      }));
  return new URL(worker.url()).host;
}

/**
 * Launches Chromium with a fresh profile and the unpacked extension in `dir` loaded,
 * and returns the context, the extension id (from its MV3 service worker) and a `close()` that
 * also removes the temporary profile. Throws (never skips) when Chromium is missing.
 */
export async function launchChromiumWithExtension(
  dir: string,
  opts: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  const userDataDir = await mkdtemp(join(tmpdir(), 'dramatis-chromium-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: opts.headless ?? true,
      hasTouch: opts.hasTouch ?? false,
      // On Linux Chromium takes its UI language (and the extension's locale) from LANGUAGE;
      // `--lang` alone does not change it.
      env: { ...process.env, LANGUAGE: (opts.lang ?? 'en-US').replace('-', '_') },
      // Playwright passes --disable-extensions by default, which would ignore --load-extension.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        `--lang=${opts.lang ?? 'en-US'}`,
        ...CHROMIUM_FLAGS,
        ...(opts.args ?? []),
      ],
    });
    const extensionId = await extensionIdFromWorker(context);
    const ctx = context;
    return {
      context: ctx,
      extensionId,
      close: async () => {
        await ctx.close();
        await removeProfile();
      },
    };
  } catch (err) {
    await context?.close().catch(() => undefined);
    await removeProfile();
    throw err;
  }
}
