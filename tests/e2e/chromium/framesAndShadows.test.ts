import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstPass, marksIn, openWatched } from '../../support/hostilePages';
import { useHostileSession } from '../../support/hostileSession';

const session = useHostileSession();

/** Marks inside an open shadow root, found from the host selectors down: text, display, coloured. */
const shadowMarks = (page: Page, hosts: string[]) =>
  page.evaluate((selectors) => {
    let root: ParentNode = document;
    for (const host of selectors) root = root.querySelector(host)!.shadowRoot!;
    return Array.from(root.querySelectorAll('dramatis-mark'), (m) => {
      const style = getComputedStyle(m);
      return [m.textContent, style.display, style.backgroundColor !== 'rgba(0, 0, 0, 0)'];
    });
  }, hosts);

describe('frames and shadow roots in Chromium', () => {
  it('highlights same-origin, cross-origin, about:blank, srcdoc and data: frames', async () => {
    const url = `${session.servers.main.url}/pages/frames.html?cross=${session.servers.other.url}`;
    const { page, errors } = await openWatched(session.browser.context, url);
    await firstPass(page);
    const frame = async (id: string) => (await page.$(`#${id}`))!.contentFrame();
    const found: Record<string, string[]> = {};
    for (const id of ['same', 'cross', 'blank', 'srcdoc', 'data']) {
      const target = (await frame(id))!;
      await firstPass(target);
      found[id] = (await marksIn(target)).map(([text]) => text ?? '');
    }
    expect(await marksIn(page)).toEqual([['Putin', 'vladimir-putin']]);
    expect(found).toEqual({
      same: ['Trump', 'Erdoğan'],
      cross: ['Trump', 'Erdoğan'],
      blank: ['Zelenskyy'],
      srcdoc: ['Lavrov'],
      data: ['Merz'],
    });
    const cross = (await frame('cross'))!;
    expect(new URL(cross.url()).origin).toBe(session.servers.other.url);
    expect(errors).toEqual([]);
  });

  it('highlights inside open shadow roots, styled, and leaves closed ones alone', async () => {
    const { page, errors } = await openWatched(
      session.browser.context,
      `${session.servers.main.url}/pages/shadow.html`,
    );
    await firstPass(page);
    expect(await marksIn(page)).toEqual([
      ['Trump', 'donald-trump'],
      ['Merz', 'friedrich-merz'],
    ]);
    expect(await shadowMarks(page, ['#open-card'])).toEqual([
      ['Putin', 'inline', true],
      ['Lavrov', 'inline', true],
    ]);
    expect(await shadowMarks(page, ['#open-card', 'quote-box'])).toEqual([
      ['Zelenskyy', 'inline', true],
    ]);
    const closed = await page.evaluate(() => {
      const root = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
      return [root.querySelectorAll('dramatis-mark').length, root.textContent];
    });
    expect(closed).toEqual([0, 'Inside a closed shadow root: Putin and Trump.']);
    expect(errors).toEqual([]);
  });

  it('follows a component updating text by reference inside its shadow root', async () => {
    const { page, errors } = await openWatched(
      session.browser.context,
      `${session.servers.main.url}/pages/shadow.html`,
    );
    await firstPass(page);
    const shown = await page.evaluate(async () => {
      const card = document.querySelector('#open-card') as HTMLElement & { text: Text };
      card.text.data = 'Updated: Merz called Rubio.';
      await new Promise(requestAnimationFrame);
      return card.shadowRoot!.querySelector('#inside')!.textContent;
    });
    expect(shown).toBe('Updated: Merz called Rubio.');
    await page.waitForTimeout(400);
    expect((await shadowMarks(page, ['#open-card'])).map(([text]) => text)).toEqual([
      'Merz',
      'Rubio',
    ]);
    expect(errors).toEqual([]);
  });
});
