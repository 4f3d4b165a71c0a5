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
    await page.locator('dramatis-card').waitFor({ state: 'attached', timeout: 5_000 });
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
      // Resumed in the popup: the waiting frames start, and highlight the page and the srcdoc.
      await pause([]);
      await firstPass(page);
      expect(await marksIn(page, '#story')).toEqual([
        ['Vladimir Putin', 'vladimir-putin'],
        ['Donald Trump', 'donald-trump'],
      ]);
      await firstPass(frames[1]!);
      expect(await marksIn(frames[1]!)).toHaveLength(2);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await pause([]);
    }
  });

  it('still highlights, visibly, a page that defined our element names first', async () => {
    const { page, errors } = await open('predefined.html');
    const marks = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-dramatis-actor]'), (m) => ({
        tag: m.localName,
        text: m.textContent,
        width: m.getBoundingClientRect().width,
        shadow: !!m.shadowRoot,
      })),
    );
    expect(marks.map((m) => m.text)).toEqual(['Vladimir Putin', 'Donald Trump', 'Lavrov']);
    for (const mark of marks) {
      expect(mark.tag).toMatch(/^dramatis-mark-[a-z0-9]+$/);
      expect(mark).toMatchObject({ shadow: false });
      expect(mark.width).toBeGreaterThan(30);
    }
    expect(await page.textContent('#story')).toBe(
      'Vladimir Putin called Donald Trump; Lavrov was on the line.',
    );
    // Its card opens too, in a host of another name.
    await page.locator('[data-dramatis-actor="sergei-lavrov"]').hover();
    await expect
      .poll(() => page.evaluate(() => document.body.lastElementChild!.localName))
      .toMatch(/^dramatis-card-[a-z0-9]+$/);
    expect(errors).toEqual([]);
    // The page's own constructors ran only for our questions, never for our marks or card.
    expect(
      await page.evaluate(() => (window as unknown as { constructed: object }).constructed),
    ).toEqual({
      'dramatis-mark': 1,
      'dramatis-card': 1,
    });
    await page.close();
  });

  it('opens nothing for a forged mark or a synthetic event, and counts no forgery', async () => {
    const { page, errors } = await open('csp.html');
    await page.evaluate(() => {
      const forged = document.createElement('dramatis-mark');
      forged.setAttribute('data-dramatis-actor', 'donald-trump');
      forged.setAttribute('data-dramatis-category', 'united-states');
      forged.setAttribute('data-markjs', 'true');
      forged.tabIndex = 0;
      forged.textContent = 'Trump';
      document.body.append(forged);
      forged.focus(); // a real focus event, on an element the page made
      const real = document.querySelector('dramatis-mark:not([tabindex])')!;
      real.dispatchEvent(new FocusEvent('focusin', { bubbles: true })); // a synthetic one on ours
      real.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => document.querySelector('dramatis-card'))).toBeNull();
    // A real hover opens the card (drawn below the name), in a shadow root the page cannot open.
    const mark = page.locator('dramatis-mark:not([tabindex])').first();
    const at = (await mark.boundingBox())!;
    const below = { x: 0, y: at.y + at.height, width: 600, height: 200 };
    const before = await page.screenshot({ clip: below });
    await mark.hover();
    await page.locator('dramatis-card').waitFor({ state: 'attached', timeout: 5_000 });
    await page.waitForTimeout(300);
    expect((await page.screenshot({ clip: below })).equals(before)).toBe(false);
    const card = await page.evaluate(() => {
      const host = document.querySelector('dramatis-card')!;
      let again = 'attached';
      try {
        host.attachShadow({ mode: 'open' });
      } catch {
        again = 'refused';
      }
      return { root: host.shadowRoot, text: host.textContent, again };
    });
    expect(card).toEqual({ root: null, text: '', again: 'refused' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts without an error in an SVG document and an XML document', async () => {
    for (const name of ['document.svg', 'feed.xml']) {
      const { page, errors } = await openWatched(
        session.browser.context,
        `${session.servers.main.url}/pages/${name}`,
      );
      await page.waitForLoadState('load');
      await page.waitForTimeout(2_000);
      expect(await oursIn(page), name).toEqual({ html: false, passes: 0 });
      expect(errors, name).toEqual([]);
      await page.close();
    }
  });
});
