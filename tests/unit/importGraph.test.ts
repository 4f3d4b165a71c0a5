import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, reachableFrom, type Import } from '../support/importGraph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = importGraph(ROOT, [
  'entrypoints',
  'utils',
  'components',
  'tests',
  'scripts',
  'bench',
]);
const PRODUCT = /^(entrypoints|utils|components)\//;

/**
 * The house rule, by folder (README, "How it works"): which folders each folder's code may
 * import. A runtime's folder reaches the shared code and the platform's contracts, never another
 * runtime's folder; components take props and give callbacks, so they reach only pure code.
 */
const MAY_IMPORT: [folder: string, allowed: string[]][] = [
  ['utils/shared/', ['utils/shared/']],
  ['utils/platform/', ['utils/shared/', 'utils/platform/']],
  ['utils/content/', ['utils/shared/', 'utils/platform/', 'utils/content/', 'components/card/']],
  ['utils/background/', ['utils/shared/', 'utils/platform/', 'utils/background/']],
  ['utils/extension-pages/', ['utils/shared/', 'utils/platform/', 'utils/extension-pages/']],
  ['components/card/', ['utils/shared/', 'components/card/']],
  ['components/popup/', ['utils/shared/', 'components/card/', 'components/popup/']],
  ['components/options/', ['utils/shared/', 'components/options/']],
  ['components/', ['components/']],
  ['entrypoints/content/', ['entrypoints/content/', 'utils/content/', 'components/card/']],
  ['entrypoints/background', ['utils/background/', 'utils/platform/', 'utils/shared/']],
  [
    'entrypoints/popup/',
    ['utils/extension-pages/', 'utils/platform/', 'utils/shared/', 'components/'],
  ],
  [
    'entrypoints/options/',
    ['utils/extension-pages/', 'utils/platform/', 'utils/shared/', 'components/'],
  ],
];

/** Packages that talk to the browser's extension APIs: never in pure code or in components. */
const EXTENSION_API = /^(wxt\/browser|wxt\/utils\/storage|@webext-core\/|webextension-polyfill)/;

const productImports = (): [string, Import][] =>
  [...graph]
    .filter(([file]) => PRODUCT.test(file))
    .flatMap(([file, imports]) => imports.map((i): [string, Import] => [file, i]));

describe('the import graph', () => {
  it('is read from the real files (the content entry reaches the highlighter)', () => {
    const fromContent = reachableFrom(graph, ['entrypoints/content/index.ts']);
    expect(fromContent).toContain('utils/content/highlight/Highlighter.ts');
    expect(graph.size).toBeGreaterThan(150);
  });

  it('has no import circles (type-only imports included)', () => {
    const product = new Map([...graph].filter(([file]) => PRODUCT.test(file)));
    expect(importCircles(product)).toEqual([]);
  });

  it('keeps each folder to the folders it may import from', () => {
    const broken = productImports()
      .filter(([, { target }]) => PRODUCT.test(target))
      .filter(([file, { target }]) => {
        const rule = MAY_IMPORT.find(([folder]) => file.startsWith(folder));
        return !rule || !rule[1].some((allowed) => target.startsWith(allowed));
      })
      .map(([file, { target }]) => `${file} → ${target}`);
    expect(broken).toEqual([]);
  });

  it('keeps the extension APIs out of pure code and out of components', () => {
    const broken = productImports()
      .filter(([file]) => /^(utils\/shared|components)\//.test(file))
      .filter(([, { target }]) => EXTENSION_API.test(target))
      .map(([file, { target }]) => `${file} → ${target}`);
    expect(broken).toEqual([]);
  });

  it('lets nothing outside entrypoints/ import from it, tests included', () => {
    const broken = [...graph]
      .filter(([file]) => !file.startsWith('entrypoints/'))
      .flatMap(([file, imports]) =>
        imports
          .filter(({ target }) => target.startsWith('entrypoints/'))
          .map(({ target }) => `${file} → ${target}`),
      );
    expect(broken).toEqual([]);
  });

  it('has no module that only tests reach: each serves an entrypoint, a script or the bench', () => {
    const starts = [...graph.keys()].filter(
      (file) =>
        /^entrypoints\/(background\.ts|content\/index\.ts|popup\/main\.tsx|options\/main\.tsx)$/.test(
          file,
        ) || /^(scripts|bench)\//.test(file),
    );
    const reached = reachableFrom(graph, starts);
    const testOnly = [...graph.keys()].filter((file) => PRODUCT.test(file) && !reached.has(file));
    expect(testOnly).toEqual([]);
  });
});
