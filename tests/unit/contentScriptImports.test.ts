import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every module the content script's entry reaches, as esbuild resolves them (repo-relative
 * paths, packages included). Imports of types only are erased, as in the real build; styles
 * are left out (Vite inlines them, and they import nothing).
 */
async function contentScriptModules(): Promise<string[]> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['entrypoints/content/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    external: ['*.css', '*.css?inline'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

let modules: string[];

beforeAll(async () => {
  modules = await contentScriptModules();
});

describe('the content script’s import graph', () => {
  it('is the real one (its own wiring, mark.js and Preact are in it)', () => {
    expect(modules).toContain('utils/content/startDramatis.ts');
    expect(modules).toContain('utils/content/highlight/Highlighter.ts');
    expect(modules.some((m) => m.startsWith('node_modules/mark.js/'))).toBe(true);
    expect(modules.some((m) => m.startsWith('node_modules/preact/'))).toBe(true);
  });

  it('holds neither the validator nor the bundled data: the background validates', () => {
    const validation = modules.filter(
      (m) =>
        m.startsWith('node_modules/valibot/') ||
        m === 'data/actors.json' ||
        /^utils\/shared\/dataset\/(schema|checkDataset|integrity|validate|bundled)\.ts$/.test(m),
    );
    expect(validation).toEqual([]);
  });
});
