import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnThisPage } from '../../components/popup/OnThisPage';
import type { PageState } from '../../utils/shared/pageState';
import { Popup } from '../../components/popup/Popup';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { t } from '../support/translate';

afterEach(cleanup);

const dataset = bundledDataset();
const ready = (actors: { id: string; mentions: number }[], paused = false): PageState => ({
  kind: 'ready',
  cast: { host: 'news.example', paused, actors },
});

function renderList(page: PageState, hidden: string[] = []) {
  const onReveal = vi.fn<(id: string) => void>();
  render(
    <OnThisPage
      page={page}
      dataset={dataset}
      hiddenCategories={new Set(hidden)}
      day="2025-05-16"
      lang="en"
      t={t}
      onReveal={onReveal}
    />,
  );
  return onReveal;
}

describe('OnThisPage', () => {
  it('lists the page’s actors in the order given, with their mentions', () => {
    renderList(
      ready([
        { id: 'vladimir-putin', mentions: 16 },
        { id: 'kremlin', mentions: 1 },
      ]),
    );
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows[0]).toContain('Vladimir Putin');
    expect(rows[0]).toContain('16 mentions');
    expect(rows[1]).toContain('Kremlin');
    expect(rows[1]).toContain('1 mention');
  });

  it('reveals the chosen actor in the page', () => {
    const onReveal = renderList(ready([{ id: 'donald-trump', mentions: 8 }]));
    fireEvent.click(screen.getByRole('button', { name: /Donald Trump/ }));
    expect(onReveal).toHaveBeenCalledWith('donald-trump');
  });

  it('greys out actors whose category is switched off, and skips ids not in the data', () => {
    renderList(
      ready([
        { id: 'vladimir-putin', mentions: 2 },
        { id: 'someone-unknown', mentions: 3 },
      ]),
      ['russia'],
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Vladimir Putin/ }).className).toBe('off');
  });

  it.each<[string, PageState, string]>([
    ['still loading', { kind: 'loading' }, 'Reading the page…'],
    ['a page no content script may read', { kind: 'unavailable' }, 'Dramatis can’t read this page'],
    ['a paused site', ready([], true), 'Dramatis is paused here'],
    ['a page naming nobody', ready([]), 'No one from the cast is named on this page.'],
  ])('says so honestly for %s', (_, page, text) => {
    renderList(page);
    expect(screen.getByText((content) => content.startsWith(text))).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});

describe('Popup with a page', () => {
  it('counts each category’s mentions on this page beside its switch', () => {
    render(
      <Popup
        dataset={dataset}
        hiddenCategories={new Set()}
        lang="en"
        t={t}
        onToggleCategory={() => undefined}
        page={ready([
          { id: 'vladimir-putin', mentions: 16 },
          { id: 'kremlin', mentions: 6 },
          { id: 'donald-trump', mentions: 8 },
        ])}
      />,
    );
    const group = screen.getByRole('group', { name: 'Highlight categories' });
    const label = (name: string) =>
      within(group)
        .getByRole('checkbox', { name: new RegExp(`^${name}`) })
        .closest('label')?.textContent;
    expect(label('Russia')).toContain('22 on this page');
    expect(label('United States')).toContain('8 on this page');
    expect(label('Ukraine')).toContain('0 on this page');
    expect(screen.getByRole('checkbox', { name: 'Pause on news.example' })).toBeTruthy();
  });
});
