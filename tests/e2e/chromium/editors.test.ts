import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { marksIn } from '../../support/hostilePages';
import { useHostileSession } from '../../support/hostileSession';

const session = useHostileSession();
let page: Page;
let errors: string[];

const value = (selector: string) => page.inputValue(selector);
/** Lets the highlighter handle whatever the typing changed (its batches settle in 100 ms). */
const settle = () => page.waitForTimeout(300);

beforeAll(async () => {
  ({ page, errors } = await session.open('editors.html'));
});

describe('editable fields holding actor names', () => {
  it('marks the prose and nothing inside the input, textarea or editor', async () => {
    expect(await marksIn(page)).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Lavrov', 'sergei-lavrov'],
    ]);
    expect(await value('#input')).toBe('Vladimir Putin');
    expect(await value('#textarea')).toBe('Trump and Putin');
    expect(await page.innerHTML('#editor')).toBe('<p>Zelenskyy met Erdoğan.</p>');
  });

  it('leaves typing, selection and undo in an input and a textarea as they were', async () => {
    await page.click('#input');
    await page.keyboard.press('End');
    await page.keyboard.type(' and Lavrov');
    await page.keyboard.press('Shift+Home');
    const selected = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#input')!;
      return input.value.slice(input.selectionStart!, input.selectionEnd!);
    });
    expect(selected).toBe('Vladimir Putin and Lavrov');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Z');
    expect(await value('#input')).toBe('Vladimir Putin');
    await page.click('#textarea');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(', Merz met Rubio.');
    await settle();
    expect(await value('#textarea')).toBe('Trump and Putin, Merz met Rubio.');
    await page.keyboard.press('Control+Z');
    expect(await value('#textarea')).toBe('Trump and Putin');
    expect(await marksIn(page, 'label')).toEqual([]);
  });

  it('leaves typing, selection and undo in a contenteditable editor as they were', async () => {
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Then Putin spoke.');
    await settle();
    expect(await page.innerHTML('#editor')).toBe('<p>Zelenskyy met Erdoğan. Then Putin spoke.</p>');
    await page.keyboard.press('Shift+Home');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(
      'Zelenskyy met Erdoğan. Then Putin spoke.',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Z');
    expect(await page.textContent('#editor')).toBe('Zelenskyy met Erdoğan.');
    expect(await marksIn(page, '#editor')).toEqual([]);
  });

  it('takes its marks out of an article as soon as the page makes it editable', async () => {
    expect(await marksIn(page, '#later')).toEqual([['Lavrov', 'sergei-lavrov']]);
    const inside = await page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('#edit-later')!.click();
      await new Promise(requestAnimationFrame);
      return document.querySelector('#later')!.innerHTML;
    });
    expect(inside).toBe('<p>Lavrov will become editable.</p>');
    await page.click('#later p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Trump too.');
    await settle();
    expect(await page.innerHTML('#later')).toBe('<p>Lavrov will become editable. Trump too.</p>');
    expect(errors).toEqual([]);
  });
});
