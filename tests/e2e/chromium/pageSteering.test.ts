import { describe, expect, it } from 'vitest';
import { useHostileSession } from '../../support/hostileSession';

const session = useHostileSession();
const open = (name: string) => session.open(name);

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
  });
});
