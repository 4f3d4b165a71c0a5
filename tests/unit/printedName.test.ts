import { describe, expect, it } from 'vitest';
import { printedName } from '../../utils/content/card/printedName';
import { servedDataset } from '../support/servedDataset';

/** An actor as tabs receive it: with the spellings derived from its native names. */
const actor = (id: string) => servedDataset().actors.find((a) => a.id === id)!;

describe('printedName', () => {
  it('heads the card with the spelling the page prints, as the data knows it', () => {
    expect(printedName(actor('volodymyr-zelenskyy'), 'Selenskyj')).toBe('Wolodymyr Selenskyj');
    expect(printedName(actor('volodymyr-zelenskyy'), 'Selenskyjs')).toBe('Wolodymyr Selenskyj');
    expect(printedName(actor('volodymyr-zelenskyy'), 'Wolodymyr  Selenskyj')).toBe(
      'Wolodymyr Selenskyj',
    );
  });

  it('keeps the dataset’s name when the page uses it, or a form the data does not list', () => {
    expect(printedName(actor('volodymyr-zelenskyy'), 'Zelenskyy')).toBeUndefined();
    expect(printedName(actor('volodymyr-zelenskyy'), 'Volodymyr Zelenskyy')).toBeUndefined();
    expect(printedName(actor('vladimir-putin'), 'Putins')).toBeUndefined();
    expect(printedName(actor('volodymyr-zelenskyy'), 'Зеленського')).toBeUndefined();
  });
});
