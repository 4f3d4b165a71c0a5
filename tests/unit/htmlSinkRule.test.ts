import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The rules a snippet breaks when it sits at `filePath` in this repository. */
async function broken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the safe-rendering lint rules (eslint.config.js)', { timeout: 30_000 }, () => {
  it.each([
    ['el.innerHTML = data.name;', 'no-restricted-properties'],
    ['el.outerHTML = data.name;', 'no-restricted-properties'],
    ["el.insertAdjacentHTML('beforeend', data.name);", 'no-restricted-properties'],
    ["el['innerHTML'] = data.name;", 'no-restricted-properties'],
    ['document.write(data.name);', 'no-restricted-properties'],
    ['frame.contentDocument.write(data.name);', 'no-restricted-syntax'],
    ['range.createContextualFragment(data.name);', 'no-restricted-properties'],
    ['iframe.srcdoc = data.name;', 'no-restricted-properties'],
    ["h('div', { dangerouslySetInnerHTML: { __html: data.name } });", 'no-restricted-syntax'],
    ["window.addEventListener('message', (e) => run(e.data));", 'no-restricted-syntax'],
    ['window.onmessage = (e) => run(e.data);', 'no-restricted-syntax'],
    ["new Function('return 1');", 'no-new-func'],
  ])('refuses %s in shipped code', async (code, rule) => {
    expect(await broken(code, 'components/Example.ts')).toContain(rule);
  });

  it('refuses dangerouslySetInnerHTML in a component', async () => {
    const code =
      'export const A = (p: { s: string }) => <p dangerouslySetInnerHTML={{ __html: p.s }} />;';
    expect(await broken(code, 'components/Example.tsx')).toContain('no-restricted-syntax');
  });

  it('refuses storage writes in the content script, which only reads', async () => {
    expect(
      await broken('void datasetItem.setValue(page);', 'utils/content/highlight/x.ts'),
    ).toContain('no-restricted-syntax');
    expect(
      await broken('void browser.storage.local.set({ page });', 'utils/content/card/x.ts'),
    ).toContain('no-restricted-syntax');
    expect(await broken('void datasetItem.setValue(file);', 'utils/platform/x.ts')).toEqual([]);
  });

  it('allows what tests need, and only there (the reviewed allowlist)', async () => {
    expect(await broken('document.body.innerHTML = "<p>x</p>";', 'tests/dom/x.test.ts')).toEqual(
      [],
    );
    expect(await broken('el.textContent = data.name;', 'components/Example.ts')).toEqual([]);
  });
});
