import { describe, expect, it } from 'vitest';
import { marksIn } from '../../support/hostilePages';
import { useHostileSession } from '../../support/hostileSession';

// The CSP test reads the card's styles inside its shadow root.
const session = useHostileSession(undefined, { openCard: true });
const open = (name: string) => session.open(name);

describe('hostile pages in Chromium', () => {
  it('highlights under a strict CSP, in colour, without a single violation', async () => {
    const { page, errors } = await open('csp.html');
    expect(await marksIn(page)).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Zelenskyy’s', 'volodymyr-zelenskyy'],
      ['Sergei Lavrov', 'sergei-lavrov'],
      ['Marco Rubio', 'marco-rubio'],
      ['Kremlin', 'kremlin'],
    ]);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('dramatis-mark')!).backgroundColor,
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('dramatis-mark').first().hover();
    const card = page.locator('dramatis-card [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const cardLook = await card.evaluate((el) => getComputedStyle(el.parentElement!).position);
    expect(cardLook).toBe('fixed');
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps names visible on a page whose CSS hides marks, * and [data-*]', async () => {
    const { page, errors } = await open('aggressive-css.html');
    const looks = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('dramatis-mark'), (m) => {
        const style = getComputedStyle(m);
        const box = m.getBoundingClientRect();
        const para = m.parentElement!.getBoundingClientRect();
        return {
          text: m.textContent,
          visible: m.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          display: style.display,
          fontSize: style.fontSize,
          colorShown:
            style.color !== 'rgba(0, 0, 0, 0)' && style.webkitTextFillColor !== 'rgba(0, 0, 0, 0)',
          inParagraph: box.width > 0 && box.left >= para.left - 1 && box.right <= para.right + 1,
          pseudo: getComputedStyle(m, '::before').content + getComputedStyle(m, '::after').content,
        };
      }),
    );
    expect(looks.map((l) => l.text)).toEqual([
      'Vladimir Putin', 'Donald Trump', 'Lavrov', 'Kremlin', 'Sergei Lavrov', 'Merz',
    ]); // prettier-ignore
    for (const look of looks) {
      expect(look).toMatchObject({ visible: true, display: 'inline', fontSize: '16px' });
      expect(look).toMatchObject({ colorShown: true, inParagraph: true, pseudo: 'nonenone' });
    }
    expect(await page.textContent('#one')).toBe(
      'Vladimir Putin met Donald Trump, and Lavrov watched.',
    );
    expect(errors).toEqual([]);
  });

  it('marks nothing in code blocks, inline code, kbd, samp, var or xmp', async () => {
    const { page, errors } = await open('code.html');
    expect(await marksIn(page)).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Trump', 'donald-trump'],
    ]);
    expect(await page.textContent('#pre')).toBe('const actor = "Putin"; // Trump');
    expect(await page.innerHTML('#block')).toBe('function Zelenskyy() {\n  return "Erdoğan";\n}');
    expect(errors).toEqual([]);
  });

  it('leaves SVG text alone and still rendered', async () => {
    const { page, errors } = await open('svg.html');
    expect(await marksIn(page)).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Trump', 'donald-trump'],
    ]);
    const svg = await page.evaluate(() => ({
      marks: document.querySelectorAll('svg dramatis-mark').length,
      label: document.querySelector('#label')!.textContent,
      width: (document.querySelector('#label') as SVGTextElement).getBBox().width,
    }));
    expect(svg).toMatchObject({ marks: 0, label: 'Putin Trump' });
    expect(svg.width).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('highlights right-to-left text without changing a character or the direction', async () => {
    const { page, errors } = await open('rtl.html');
    expect(await marksIn(page, '#arabic')).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Trump', 'donald-trump'],
      ['Лавров', 'sergei-lavrov'],
    ]);
    expect(await marksIn(page, '#hebrew')).toEqual([
      ['Zelenskyy', 'volodymyr-zelenskyy'],
      ['Erdoğan', 'recep-tayyip-erdogan'],
    ]);
    expect((await marksIn(page, '#isolated')).map(([text]) => text)).toEqual([
      'Vladimir Putin',
      'Kremlin',
    ]);
    expect(await page.textContent('#arabic')).toBe('قال Putin إن Trump سيلتقي Лавров في إسطنبول.');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(errors).toEqual([]);
  });
});
