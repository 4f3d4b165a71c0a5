import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { t } from '../support/translate';

afterEach(cleanup);

function renderPopup(hidden: string[] = []) {
  const onToggleCategory = vi.fn<(categoryId: string, visible: boolean) => void>();
  render(
    <Popup
      dataset={bundledDataset()}
      hiddenCategories={new Set(hidden)}
      lang="en"
      t={t}
      onToggleCategory={onToggleCategory}
    />,
  );
  const input = screen.getByRole('searchbox', { name: /Search the cast/ }) as HTMLInputElement;
  return { onToggleCategory, input };
}

const type = (input: HTMLInputElement, text: string) =>
  fireEvent.input(input, { target: { value: text } });
const resultNames = () =>
  within(screen.getByRole('list', { name: 'Cast' }))
    .getAllByRole('button')
    .map((b) => b.querySelector('.result-name')?.textContent);

describe('Popup search', () => {
  it('offers a focused search field', () => {
    const { input } = renderPopup();
    expect(input.type).toBe('search');
    expect(document.activeElement).toBe(input);
  });

  it('lists nobody before the reader types; the whole cast is one click away', () => {
    renderPopup();
    expect(screen.queryByRole('list', { name: 'Cast' })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    const count = bundledDataset().actors.length;
    const whole = screen.getByRole('button', { name: `Show the whole cast (${count})` });
    expect(whole.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(whole);
    expect(resultNames()).toHaveLength(count);
    expect(resultNames()[0]).toBe('Alexander Fomin');
    fireEvent.click(screen.getByRole('button', { name: 'Hide the whole cast' }));
    expect(screen.queryByRole('list', { name: 'Cast' })).toBeNull();
  });

  it('lists Vladimir Medinsky first for "medinski", with his role', () => {
    const { input } = renderPopup();
    type(input, 'medinski');
    expect(resultNames()[0]).toBe('Vladimir Medinsky');
    expect(screen.getAllByRole('button', { name: /Vladimir Medinsky/ })[0]?.textContent).toContain(
      'Aide to the President of Russia',
    );
  });

  it('opens the details of a result, and "Back" returns to the list', () => {
    const { input } = renderPopup();
    type(input, 'medinski');
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Medinsky/ }));

    const card = screen.getByRole('dialog', { name: 'Vladimir Medinsky' });
    expect(within(card).getByRole('heading', { name: 'Russian delegation' })).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();

    const back = screen.getByRole('button', { name: /Back to the cast/ });
    expect(document.activeElement).toBe(back);
    fireEvent.click(back);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(resultNames()).toContain('Vladimir Medinsky');
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('moves from one delegation member to another inside the details', () => {
    const { input } = renderPopup();
    type(input, 'medinski');
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Medinsky/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Alexander Fomin' }));
    expect(screen.getByRole('dialog', { name: 'Alexander Fomin' })).toBeTruthy();
  });

  it('says so, quoting the query, when nobody matches', () => {
    const { input } = renderPopup();
    type(input, 'xqzvbn');
    expect(screen.queryByRole('list', { name: 'Cast' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('No one in the cast matches “xqzvbn”.');
  });

  it('moves focus from the field to the first result with ArrowDown, and back with ArrowUp', () => {
    const { input } = renderPopup();
    type(input, 'vladimir');
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const buttons = within(screen.getByRole('list', { name: 'Cast' })).getAllByRole('button');
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(input);
  });
});

describe('Popup category toggles', () => {
  it('has one checkbox per category, labelled in English, ticked unless hidden', () => {
    renderPopup(['europe']);
    const group = screen.getByRole('group', { name: 'Highlight categories' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    const categories = bundledDataset().categories;
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual(
      categories.map((c) => c.label.en),
    );
    expect(boxes.slice(0, 5).map((b) => b.closest('label')?.textContent)).toEqual([
      'Russia',
      'Ukraine',
      'United States',
      'Europe',
      'Other countries',
    ]);
    expect(boxes.map((b) => b.checked)).toEqual(categories.map((c) => c.id !== 'europe'));
  });

  it('reports unticking "Russia"', () => {
    const { onToggleCategory } = renderPopup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Russia' }));
    expect(onToggleCategory).toHaveBeenCalledTimes(1);
    expect(onToggleCategory).toHaveBeenCalledWith('russia', false);
  });

  it('reports ticking a hidden category again', () => {
    const { onToggleCategory } = renderPopup(['europe']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Europe' }));
    expect(onToggleCategory).toHaveBeenCalledWith('europe', true);
  });
});
