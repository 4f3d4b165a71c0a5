import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem } from '../../utils/shared/problems/Problem';
import { english } from './problemTexts';

/**
 * The hostile data files of issue 17, and what the end-to-end tests need to deliver them through
 * the daily refresh: an https server on 127.0.0.1 and a copy of the build allowed to fetch from it.
 */

interface Actor {
  id: string;
  name: string;
  names: string[];
  category: string;
  kind: string;
  roles: { en: string; de: string; from: string }[];
  positions: unknown[];
}
interface DataFile {
  title: string;
  version: string;
  story: { id: string };
  actors: Actor[];
  categories: { id: string }[];
}

/** The bundled data file, as JSON.parse reads it. */
export const bundledFile = (): DataFile =>
  JSON.parse(readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8')) as DataFile;

const actor = (id: string, names: string[], category: string): Actor => ({
  id,
  name: 'Someone',
  names,
  category,
  kind: 'person',
  roles: [{ en: 'Envoy', de: 'Gesandter', from: '2025-05-14' }],
  positions: [],
});

/** The bundled data plus one actor whose one name is `letters` letters long. */
export function longNameFile(letters: number): string {
  const data = bundledFile();
  data.title = `A ${letters}-letter name`;
  data.actors.push(actor('long-name', [`V${'a'.repeat(letters - 1)}`], data.categories[0]!.id));
  return JSON.stringify(data);
}

/** A made-up word: "X" and four letters, different for each n below 26⁴. */
const word = (n: number): string => {
  let out = 'X';
  for (let i = 0; i < 4; i++, n = Math.floor(n / 26)) out += String.fromCharCode(97 + (n % 26));
  return out;
};

/** The bundled data plus 4,000 actors of 100 names each: 400,000 names in under 4 MB. */
export function manyNamesFile(): string {
  const data = bundledFile();
  data.title = '400,000 names';
  const category = data.categories[0]!.id;
  for (let i = 0; i < 4_000; i++) {
    const names = Array.from({ length: 100 }, (_, j) => word(i * 100 + j));
    data.actors.push(actor(`many-${i}`, names, category));
  }
  return JSON.stringify(data);
}

/** A running https server: its base URL (no trailing slash) and a way to stop it. */
export interface HttpsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `files` (path → JSON text) over https on 127.0.0.1, with a certificate made for this
 * run (openssl); browsers must be told to accept it (Chromium `--ignore-certificate-errors`,
 * Firefox `acceptInsecureCerts`).
 */
export async function startHttpsDataServer(files: Record<string, string>): Promise<HttpsServer> {
  const dir = await mkdtemp(join(tmpdir(), 'dramatis-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { stdio: 'ignore' },
    );
  } catch (e) {
    throw new Error('openssl is needed to serve data over https: apt-get install -y openssl', {
      cause: e,
    });
  }
  const [key, cert] = await Promise.all([
    readFile(join(dir, 'key.pem')),
    readFile(join(dir, 'cert.pem')),
  ]);
  await rm(dir, { recursive: true, force: true });
  const server = createServer({ key, cert }, (req, res) => {
    const body = files[new URL(req.url ?? '/', 'https://127.0.0.1').pathname];
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A copy of the build in `dir` with the host permission for `pattern` granted at install (in
 * `host_permissions` for MV3, `permissions` for MV2). The reader grants it with a click when
 * importing from a URL; headless browsers cannot answer that prompt, so the tests of the daily
 * refresh start where the reader has already granted it. Nothing else in the build changes.
 */
export async function buildWithHostPermission(dir: string, pattern: string) {
  const copy = await mkdtemp(join(tmpdir(), 'dramatis-granted-'));
  cpSync(dir, copy, { recursive: true });
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    manifest_version: number;
    host_permissions?: string[];
    permissions?: string[];
  };
  const key = manifest.manifest_version === 3 ? 'host_permissions' : 'permissions';
  manifest[key] = [...(manifest[key] ?? []), pattern];
  writeFileSync(file, JSON.stringify(manifest));
  return { dir: copy, remove: () => rm(copy, { recursive: true, force: true }) };
}

/** The hostile files the data server serves, by path: two over-long names, too many names. */
export const HOSTILE_FILES = {
  '/long-3500.json': longNameFile(3_500),
  '/long-6000.json': longNameFile(6_000),
  '/many-names.json': manyNamesFile(),
};

/** The long name is the actor added after the bundled ones. */
const LONG_NAME = new RegExp(
  `actors\\[${bundledFile().actors.length}\\]\\.names\\[0\\]: must be at most 120 characters long`,
);

/** What the options page and the refresh status say of each hostile file. */
export const HOSTILE_EXPECTED: Record<keyof typeof HOSTILE_FILES, RegExp> = {
  '/long-3500.json': LONG_NAME,
  '/long-6000.json': LONG_NAME,
  '/many-names.json': /actors: must list at most 20,000 names in all/,
};

/** The part of an installed story (`local:stories`) the hostile-data tests read and write. */
export interface StoredStory {
  dataset: { title: string } | null;
  refreshStatus: { url?: string; outcome: string; problems: Problem[] } | null;
}

/** A stored refresh status's problems, stored structured, as an English reader sees them. */
export const problemTextsOf = (status: NonNullable<StoredStory['refreshStatus']>): string =>
  english(status.problems).join('\n');

/** The id of the bundled story the hostile files would replace. */
export const HOSTILE_STORY_ID = bundledFile().story.id;

/**
 * An installed story's entry with nothing in it yet: on, no data, no refresh. The same as the
 * product's `bundledEntry()`, written out: importing that module here would define the storage
 * items in Node, where there is no extension storage to read.
 */
export const EMPTY_STORY_ENTRY = {
  dataset: null,
  source: null,
  previous: null,
  validators: null,
  refresh: null,
  refreshStatus: null,
  enabled: true,
  installedAt: 0,
};
