import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/shared/pageState';
import { Popup } from '../../components/popup/Popup';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { t } from '../support/translate';

afterEach(cleanup);

const dataset = bundledDataset();

function renderPopup(page: PageState) {
  render(
    <Popup
      dataset={dataset}
      hiddenCategories={new Set()}
      lang="en"
      t={t}
      onToggleCategory={() => undefined}
      page={page}
    />,
  );
}

/** Where each part of the popup sits in document (= visual and keyboard) order. */
function order(): string[] {
  const parts = {
    onPage: screen.getByRole('heading', { name: 'On this page' }),
    search: screen.getByRole('searchbox'),
    categories: screen.getByRole('group', { name: 'Highlight categories' }),
    pause: screen.getByRole('group', { name: 'Pause' }),
  };
  return Object.entries(parts)
    .sort(([, a], [, b]) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )
    .map(([name]) => name);
}

const everyone = dataset.actors.map((a, i) => ({ id: a.id, mentions: i + 1 }));

describe('Popup order', () => {
  it('puts "On this page" first, then the search, then categories, then pause', () => {
    renderPopup({ kind: 'ready', cast: { host: 'news.example', paused: false, actors: everyone } });
    expect(order()).toEqual(['onPage', 'search', 'categories', 'pause']);
  });

  it('keeps a long cast short: five rows, then "Show all", with no list of the whole cast', () => {
    renderPopup({ kind: 'ready', cast: { host: 'news.example', paused: false, actors: everyone } });
    const onPage = screen.getByRole('heading', { name: 'On this page' }).closest('section')!;
    expect(within(onPage).getAllByRole('listitem')).toHaveLength(5);
    expect(
      within(onPage).getByRole('button', { name: `Show all ${everyone.length}` }),
    ).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Cast' })).toBeNull();
  });
});

describe('Popup off the page (no content script can run there)', () => {
  it('says why, offers no site pause and no counts, and still searches the cast', () => {
    renderPopup({ kind: 'unavailable' });
    const onPage = screen.getByRole('heading', { name: 'On this page' }).closest('section')!;
    expect(onPage.textContent).toContain('Dramatis can’t read this page');
    expect(within(onPage).queryByRole('list')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Pause on/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Pause everywhere' })).toBeTruthy();
    const categories = screen.getByRole('group', { name: 'Highlight categories' });
    expect(categories.textContent).not.toContain('on this page');
    expect(order()).toEqual(['onPage', 'search', 'categories', 'pause']);
  });
});
