import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstPass, marksIn, openWatched } from '../../support/hostilePages';
import { useHostileSession } from '../../support/hostileSession';

const session = useHostileSession();
const open = (name: string) => session.open(name);

/** The frame shown by the iframe matching `selector`. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.$(selector))?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  return frame;
}

/** Everything of ours in a document: elements, and highlight passes recorded. */
const oursIn = (target: Page | Frame) =>
  target.evaluate(() => ({
    html: document.documentElement.outerHTML.includes('dramatis-'),
    passes: performance.getEntriesByName('dramatis:highlight').length,
  }));

describe('pages that try to steer Dramatis, in Chromium', () => {
  it('stops working on a page that replaces the elements holding its marks', async () => {
    const { page, errors } = await open('replacing.html');
    const work = () =>
      page.evaluate(() => ({
        passes: performance.getEntriesByName('dramatis:highlight').length,
        renders: (window as unknown as { renders: number }).renders,
      }));
    // Within a few seconds the guard gives up on the list...
    await page.waitForTimeout(5_000);
    const before = await work();
    await page.waitForTimeout(3_000);
    const after = await work();
    // ...and from then on neither Dramatis nor the page's re-rendering runs again.
    expect(after.passes - before.passes).toBe(0);
    expect(after.renders - before.renders).toBe(0);
    expect(await page.textContent('#list p:last-child')).toBe(
      'Paragraph 20: Vladimir Putin spoke to Donald Trump while Lavrov listened.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts no markup of ours into an editable frame body or a designMode document', async () => {
    const { page, errors } = await open('editable-frames.html');
    expect(await marksIn(page)).toEqual([
      ['Vladimir Putin', 'vladimir-putin'],
      ['Donald Trump', 'donald-trump'],
    ]);
    // A card opened in the top page leaves the frames alone too.
    await page.locator('dramatis-mark').first().hover();
    await page.locator('dramatis-card [role="dialog"]').waitFor({ timeout: 5_000 });
    const later = await frameOf(page, '#later');
    await firstPass(later);
    expect(await marksIn(later)).toHaveLength(2);
    await later.evaluate(() => (document.designMode = 'on'));
    await expect
      .poll(() => later.evaluate(() => document.body.innerHTML))
      .toBe('<p>Vladimir Putin met Donald Trump.</p>');
    for (const selector of ['#editable-body', '#user-modify', '#later', '#design']) {
      const frame = await frameOf(page, selector);
      const body = await frame.evaluate(() => document.body.innerHTML);
      expect(body, selector).toBe('<p>Vladimir Putin met Donald Trump.</p>');
      expect(await frame.evaluate(() => !!document.querySelector('dramatis-card')), selector).toBe(
        false,
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaves a paused site's page and all its frames untouched, srcdoc and blob: included", async () => {
    const { context } = session.browser;
    const worker = context.serviceWorkers()[0]!;
    type Sync = { storage: { sync: { set(items: object): Promise<void> } } };
    const pause = (sites: string[]) =>
      worker.evaluate(
        (pausedSites) =>
          (globalThis as unknown as { chrome: Sync }).chrome.storage.sync.set({ pausedSites }),
        sites,
      );
    await pause(['127.0.0.1']);
    try {
      const { page, errors } = await openWatched(
        context,
        `${session.servers.main.url}/pages/paused-frames.html`,
      );
      await page.waitForLoadState('load');
      const blob = await frameOf(page, '#blob');
      await blob.waitForLoadState('load');
      // A forged mark, focused for real and by a synthetic event, opens no card either.
      await page.focus('dramatis-mark');
      await page.dispatchEvent('dramatis-mark', 'focusin');
      await page.waitForTimeout(3_000);
      const frames = [
        page.mainFrame(),
        ...(await Promise.all(['#srcdoc', '#blank', '#blob'].map((s) => frameOf(page, s)))),
      ];
      expect(frames.map((frame) => frame.url().split(':')[0])).toEqual([
        'http',
        'about',
        'about',
        'blob',
      ]);
      for (const frame of frames.slice(1))
        expect(await oursIn(frame)).toEqual({ html: false, passes: 0 });
      expect(
        await page.evaluate(() => document.querySelectorAll('dramatis-mark, dramatis-card').length),
      ).toBe(1);
      expect(
        await page.evaluate(() => performance.getEntriesByName('dramatis:highlight').length),
      ).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await pause([]);
    }
  });
});
