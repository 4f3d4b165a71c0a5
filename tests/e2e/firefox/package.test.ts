import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension } from '../../support/chromium';
import {
  firefoxExtensionDir,
  geckoId,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import { startArticleServer, type ArticleServer } from '../../support/server';

/**
 * The packages as they go to the stores. The Firefox one: its manifest keeps to the permissions
 * and CSP the README states, `web-ext lint` finds nothing but the warnings the README explains,
 * its sources zip rebuilds it byte for byte, and the zip itself installs and works. The Chrome one
 * asks for the same, and its zip, unpacked, loads and works. `npm run test:e2e` zips first.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = join(root, '.output', `${pkg.name}-${pkg.version}-firefox.zip`);
const sourcesZipPath = join(root, '.output', `${pkg.name}-${pkg.version}-sources.zip`);
const chromeZipPath = join(root, '.output', `${pkg.name}-${pkg.version}-chrome.zip`);

/** The README's "Permissions and privacy" section, which the manifests must keep to. */
const privacy = (() => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## Permissions and privacy');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('README.md has no "Permissions and privacy" section');
  return readme.slice(start, end < 0 ? undefined : end);
})();

/** The `code` spans of the README bullet that starts with `**Not asked for**`. */
const notAskedFor = [
  ...(/^- \*\*Not asked for\*\*:(.*(?:\n {2}.*)*)/m.exec(privacy)?.[1] ?? '').matchAll(
    /`([^`]+)`/g,
  ),
].map((m) => m[1]);

/** The parsed directives of a Content Security Policy: name → sources. */
const directives = (csp = '') =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );

interface Manifest {
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
  content_security_policy?: string | { extension_pages?: string };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  icons?: Record<string, string>;
  browser_action?: { default_icon?: Record<string, string>; default_popup?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
    gecko_android?: { strict_min_version?: string };
  };
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/** The files in a zip archive (stored or deflated, as WXT writes them): name → contents. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + skip;
  }
  return files;
}

/** Writes every file of a zip archive under `dir`. */
async function unzipTo(file: string, dir: string): Promise<void> {
  for (const [name, data] of readZip(file)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), data);
  }
}

/** The names of the files in a zip archive, sorted. */
const zipEntries = (file: string): string[] => [...readZip(file).keys()].sort();

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** Runs `web-ext lint` (the same check as `npm run lint:firefox`) and returns its JSON report. */
async function lint(dir: string) {
  const webExt = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [webExt, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  return JSON.parse(stdout) as {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
}

describe('the Firefox package', () => {
  const dir = firefoxExtensionDir();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('carries package.json’s version, and the zip holds exactly the build', () => {
    expect(manifest.version).toBe(pkg.version);
    expect(existsSync(zipPath), `${zipPath} (run npm run zip)`).toBe(true);
    expect(zipEntries(zipPath)).toEqual(filesUnder(dir));
    const sources = zipEntries(sourcesZipPath);
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
    expect(sources).toEqual(expect.arrayContaining(['wxt.config.ts', 'entrypoints/background.ts']));
    expect(sources.filter((name) => /^(node_modules|\.output)\//.test(name))).toEqual([]);
  });

  it('rebuilds, from its sources zip alone, into the very same add-on', async () => {
    const work = await mkdtemp(join(tmpdir(), 'dramatis-sources-'));
    try {
      await unzipTo(sourcesZipPath, work);
      // A reviewer runs `npm ci` first; the installed packages stand in for that here.
      await symlink(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
      const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
      // A plain shell's environment: the test runner's (NODE_ENV=test, MODE, …) changes builds.
      const env = Object.fromEntries(
        ['PATH', 'HOME', 'TMPDIR', 'LANG'].flatMap((key) =>
          process.env[key] === undefined ? [] : [[key, process.env[key]]],
        ),
      );
      await promisify(execFile)(process.execPath, [wxt, 'build', '-b', 'firefox'], {
        cwd: work,
        env,
      });
      const rebuilt = join(work, '.output', 'firefox-mv2');
      expect(filesUnder(rebuilt)).toEqual(filesUnder(dir));
      for (const file of filesUnder(dir)) {
        expect(readFileSync(join(rebuilt, file)).equals(readFileSync(join(dir, file))), file).toBe(
          true,
        );
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('asks only for the permissions the README explains, hosts only optionally and over https', () => {
    const required = manifest.permissions ?? [];
    const optional = manifest.optional_permissions ?? [];
    for (const permission of [...required, ...optional]) {
      expect(privacy, `README explains \`${permission}\``).toContain(`\`${permission}\``);
    }
    expect(notAskedFor.length, 'README lists what is not asked for').toBeGreaterThan(3);
    expect([...required, ...optional].filter((p) => notAskedFor.includes(p))).toEqual([]);
    expect(required.filter((p) => p.includes(':') || p === '<all_urls>')).toEqual([]);
    expect(optional.filter((p) => p.includes(':') && !p.startsWith('https://'))).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts?.flatMap((script) => script.matches)).toEqual([
      'http://*/*',
      'https://*/*',
    ]);
  });

  it('asks for the same in the Chrome package', () => {
    const chrome = JSON.parse(
      readFileSync(join(root, '.output', 'chrome-mv3', 'manifest.json'), 'utf8'),
    ) as Manifest;
    const origins = (m: Manifest) => (m.optional_permissions ?? []).filter((p) => p.includes(':'));
    expect(chrome.permissions).toEqual(manifest.permissions);
    expect(chrome.optional_host_permissions ?? []).toEqual(origins(manifest));
    expect(chrome.content_scripts?.flatMap((script) => script.matches)).toEqual(
      manifest.content_scripts?.flatMap((script) => script.matches),
    );
    expect(chrome.content_security_policy).toEqual({
      extension_pages: manifest.content_security_policy,
    });
    expect(chrome.icons).toEqual(manifest.icons);
  });

  it('holds its pages to the strict CSP the README states, and loads no remote code', () => {
    const csp = manifest.content_security_policy;
    expect(typeof csp).toBe('string');
    expect(privacy).toContain(`\`${String(csp)}\``);
    const policy = directives(String(csp));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(String(csp)).not.toMatch(/unsafe-|\bhttp:|\*/);
    for (const file of filesUnder(dir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      const sources = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      expect(
        sources.filter((url) => !url?.startsWith('/')),
        file,
      ).toEqual([]);
    }
  });

  it('declares its id, that it collects no data, and the Firefox versions that understand that', () => {
    const settings = manifest.browser_specific_settings;
    expect(settings?.gecko?.id).toBe('dramatis@dramatis.example');
    expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(settings?.gecko?.strict_min_version).toBe('140.0');
    expect(settings?.gecko_android?.strict_min_version).toBe('142.0');
  });

  it('has icons at 16, 32, 48 and 128 px, for the add-on and its toolbar button', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '128']);
    const icons = { ...manifest.icons, ...manifest.browser_action?.default_icon };
    for (const [size, file] of Object.entries(icons)) {
      expect(pngSize(join(dir, file)), file).toEqual([Number(size), Number(size)]);
    }
  });

  it('passes web-ext lint with no errors and only the innerHTML warnings the README explains', async () => {
    const report = await lint(dir);
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`, which Dramatis
    // never uses: every flagged file must be a Preact bundle, and our code must not use it.
    for (const warning of report.warnings) {
      expect(warning.code, JSON.stringify(warning)).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(warning.message).toBe('Unsafe assignment to innerHTML');
      const bundle = readFileSync(join(dir, warning.file ?? ''), 'utf8');
      expect(bundle, warning.file).toContain('dangerouslySetInnerHTML');
    }
    expect(report.warnings.length).toBeLessThanOrEqual(2);
    const ours = ['components', 'entrypoints', 'utils'].flatMap((folder) =>
      filesUnder(join(root, folder)).map((file) => join(root, folder, file)),
    );
    const users = ours.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(users.map((file) => relative(root, file))).toEqual([]);
  });
});

describe('the Firefox zip, installed as it is', () => {
  let firefox: FirefoxWithExtension;
  let server: ArticleServer;

  beforeAll(async () => {
    server = await startArticleServer();
    firefox = await launchFirefoxWithExtension(zipPath, {
      addonId: geckoId(firefoxExtensionDir()),
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('highlights the article and opens its popup', async () => {
    const article = await firefox.browser.newPage();
    await article.goto(`${server.url}/article`);
    await article.waitForSelector('dramatis-mark[data-dramatis-actor="vladimir-putin"]', {
      timeout: 20_000,
    });
    const popup = await firefox.openExtensionPage('popup.html');
    const heading = await popup.waitForSelector('h1');
    expect(await heading?.evaluate((el) => el.textContent)).toBe('Dramatis');
  });
});

describe('the Chrome zip, unpacked as the store would', () => {
  it('loads in Chromium, highlights the article and opens its popup', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dramatis-chrome-zip-'));
    const server = await startArticleServer();
    try {
      await unzipTo(chromeZipPath, dir);
      const chromium = await launchChromiumWithExtension(dir);
      try {
        const article = await chromium.context.newPage();
        await article.goto(`${server.url}/article`);
        await article
          .locator('dramatis-mark[data-dramatis-actor="vladimir-putin"]')
          .first()
          .waitFor({ timeout: 20_000 });
        const popup = await chromium.context.newPage();
        await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
        expect(await popup.locator('h1').first().textContent()).toBe('Dramatis');
      } finally {
        await chromium.close();
      }
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
