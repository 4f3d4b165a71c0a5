import { describe, expect, it } from 'vitest';
import { marksIn } from '../../support/hostilePages';
import { useHostileSession } from '../../support/hostileSession';

const session = useHostileSession();
const open = (name: string) => session.open(name);

describe('a page’s own world in Chromium', () => {
  it('never touches a page’s redefined globals, and the page keeps working', async () => {
    const { page, errors } = await open('globals.html');
    expect(await marksIn(page, '#story')).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Trump', 'donald-trump'],
      ['Lavrov', 'sergei-lavrov'],
    ]);
    const state = await page.evaluate(() => ({
      calls: (window as unknown as { extensionCalls: string[] }).extensionCalls,
      rendered: (window as unknown as { pageRendered: boolean }).pageRendered,
    }));
    expect(state).toEqual({ calls: [], rendered: true });
    expect(await marksIn(page, '#list')).toEqual([
      ['Merz', 'friedrich-merz'],
      ['Rubio', 'marco-rubio'],
    ]);
    expect(errors).toEqual([]);
  });

  it('posts nothing to the page and obeys none of its commands', async () => {
    const { page, errors } = await open('messages.html');
    await page.evaluate(
      (id) => (window as unknown as { sendCommands(id: string): void }).sendCommands(id),
      session.browser.extensionId,
    );
    await page.waitForTimeout(500);
    expect(await marksIn(page)).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Trump', 'donald-trump'],
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { received: string[] }).received),
    ).toEqual(['page:hello']);
    expect(errors).toEqual([]);
  });

  it('keeps nothing from the pages it visited in extension storage', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const stored = await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<'local' | 'sync', { get(keys: null): Promise<object> }> };
      };
      return JSON.stringify([
        await chrome.storage.local.get(null),
        await chrome.storage.sync.get(null),
      ]);
    });
    expect(stored).not.toMatch(/hostile-fixture|Styled to hide|INJECTED|page list|127\.0\.0\.1/);
    await options.close();
  });
});
