import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffStory, type OffStoryProps } from '../../components/popup/OffStory';
import type { PageState } from '../../utils/shared/pageState';
import { Popup } from '../../components/popup/Popup';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import type { PageStories } from '../../utils/shared/pageCast';

type PageStory = PageStories['stories'][number];
import { t, tDe } from '../support/translate';

afterEach(cleanup);

const story = (id: string, en: string, de: string, about = false): PageStory => ({
  id,
  title: { en, de },
  about,
});
const istanbul = story(
  'istanbul-talks-2025',
  'The Istanbul talks, 2025',
  'Die Istanbuler Gespräche 2025',
);
const alaska = story(
  'alaska-summit-2025',
  'Alaska and Washington, August 2025',
  'Alaska und Washington, August 2025',
);
const gaza = story('gaza-talks', 'Gaza ceasefire talks', 'Gaza-Waffenruhegespräche');

function renderOffStory(overrides: Partial<OffStoryProps> = {}) {
  const props: OffStoryProps = {
    stories: [istanbul],
    everywhere: false,
    lang: 'en',
    t,
    onHighlightAnyway: vi.fn(() => Promise.resolve(true)),
    onEverywhere: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  render(<OffStory {...props} />);
  return props;
}

describe('OffStory names the stories the page is not about', () => {
  it.each<[string, PageStory[], string]>([
    [
      'one story',
      [istanbul],
      'This page doesn’t look like it’s about “The Istanbul talks, 2025”, so nothing is highlighted.',
    ],
    [
      'two stories',
      [istanbul, alaska],
      'This page doesn’t look like it’s about “The Istanbul talks, 2025” or “Alaska and Washington, August 2025”, so nothing is highlighted.',
    ],
    [
      'three stories',
      [istanbul, alaska, gaza],
      'This page doesn’t look like it’s about any of your 3 stories (“The Istanbul talks, 2025”, “Alaska and Washington, August 2025”, “Gaza ceasefire talks”), so nothing is highlighted.',
    ],
  ])('in English, for %s', (_, stories, text) => {
    renderOffStory({ stories });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it.each<[string, PageStory[], string]>([
    [
      'one story',
      [istanbul],
      'Diese Seite scheint nicht von „Die Istanbuler Gespräche 2025“ zu handeln, daher wird nichts hervorgehoben.',
    ],
    [
      'two stories',
      [istanbul, alaska],
      'Diese Seite scheint weder von „Die Istanbuler Gespräche 2025“ noch von „Alaska und Washington, August 2025“ zu handeln, daher wird nichts hervorgehoben.',
    ],
    [
      'three stories',
      [istanbul, alaska, gaza],
      'Diese Seite scheint von keinem Ihrer 3 Themen („Die Istanbuler Gespräche 2025“, „Alaska und Washington, August 2025“, „Gaza-Waffenruhegespräche“) zu handeln, daher wird nichts hervorgehoben.',
    ],
  ])('in German, for %s, with the titles in German', (_, stories, text) => {
    renderOffStory({ stories, lang: 'de', t: tDe });
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hier trotzdem hervorheben' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Auf jeder Seite hervorheben' })).toBeTruthy();
  });

  it('renders a title with markup as text', () => {
    const { container } = render(
      <OffStory
        stories={[story('x', '<img src=x onerror=alert(1)>', 'x')]}
        everywhere={false}
        lang="en"
        t={t}
        onHighlightAnyway={() => Promise.resolve(true)}
        onEverywhere={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('“<img src=x onerror=alert(1)>”');
  });
});

describe('OffStory actions', () => {
  it('asks to highlight here anyway, once per click', async () => {
    const props = renderOffStory();
    fireEvent.click(screen.getByRole('button', { name: 'Highlight here anyway' }));
    expect(props.onHighlightAnyway).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(
        (screen.getByRole('button', { name: 'Highlight here anyway' }) as HTMLButtonElement)
          .disabled,
      ).toBe(false),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the tab could not highlight', async () => {
    renderOffStory({ onHighlightAnyway: () => Promise.resolve(false) });
    fireEvent.click(screen.getByRole('button', { name: 'Highlight here anyway' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The page did not answer; reload it and try again.',
    );
  });

  it('shows the setting "Highlight on every page" and reports ticking it', () => {
    const props = renderOffStory();
    const box = screen.getByRole('checkbox', {
      name: 'Highlight on every page',
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(props.onEverywhere).toHaveBeenCalledWith(true);
  });

  it('with no story switched on, says so and leads to the options', () => {
    const props = renderOffStory({ stories: [] });
    expect(screen.getByText('No story is switched on, so nothing is highlighted.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Highlight here anyway' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose stories in the options' }));
    expect(props.onOpenOptions).toHaveBeenCalledTimes(1);
  });
});

const dataset = bundledDataset();
const pageWith = (
  highlighting: PageStories['highlighting'],
  stories: PageStory[],
  actors: { id: string; mentions: number }[] = [],
  paused = false,
): PageState => ({
  kind: 'ready',
  cast: { host: 'news.example', paused, actors, stories, highlighting },
});

function renderPopup(page: PageState, extra: { everywhere?: boolean } = {}) {
  const onHighlightAnyway = vi.fn(() => Promise.resolve(true));
  const onEverywhere = vi.fn();
  render(
    <Popup
      dataset={dataset}
      hiddenCategories={new Set()}
      lang="en"
      t={t}
      onToggleCategory={vi.fn()}
      page={page}
      onHighlightAnyway={onHighlightAnyway}
      onEverywhere={onEverywhere}
      everywhere={extra.everywhere}
    />,
  );
  return { onHighlightAnyway, onEverywhere };
}

describe('Popup on a page about no story', () => {
  it('shows the off-story state in place of the list, the search and switches below', () => {
    const { onHighlightAnyway } = renderPopup(pageWith('none', [istanbul, alaska]));
    expect(
      screen.getByText(/doesn’t look like it’s about “The Istanbul talks, 2025” or/),
    ).toBeTruthy();
    expect(screen.queryByText('No one from the cast is named on this page.')).toBeNull();
    expect(screen.getByRole('searchbox')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Highlight here anyway' }));
    expect(onHighlightAnyway).toHaveBeenCalledTimes(1);
  });

  it('says "paused" on a paused site, not "off-story"', () => {
    renderPopup(pageWith('none', [istanbul], [], true));
    expect(screen.getByText(/^Dramatis is paused here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Highlight here anyway' })).toBeNull();
  });

  it('says no story is switched on when there is no cast at all', () => {
    render(
      <Popup
        dataset={null}
        hiddenCategories={new Set()}
        lang="en"
        t={t}
        onToggleCategory={vi.fn()}
        page={{ kind: 'unavailable' }}
      />,
    );
    expect(screen.getByText('No story is switched on, so nothing is highlighted.')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Pause everywhere' })).toBeTruthy();
  });
});

describe('Popup "On this page" names the stories', () => {
  const putin = [{ id: 'vladimir-putin', mentions: 3 }];

  it.each<[string, PageState, string]>([
    [
      'one story',
      pageWith('about', [{ ...istanbul, about: true }, alaska], putin),
      'About “The Istanbul talks, 2025”',
    ],
    [
      'two stories',
      pageWith(
        'about',
        [
          { ...istanbul, about: true },
          { ...alaska, about: true },
        ],
        putin,
      ),
      'About “The Istanbul talks, 2025” and “Alaska and Washington, August 2025”',
    ],
    [
      'three stories',
      pageWith(
        'about',
        [istanbul, alaska, gaza].map((s) => ({ ...s, about: true })),
        putin,
      ),
      'About 3 stories: “The Istanbul talks, 2025”, “Alaska and Washington, August 2025”, “Gaza ceasefire talks”',
    ],
    [
      'a page highlighted anyway',
      pageWith('anyway', [istanbul, alaska], putin),
      'Highlighted anyway: this page doesn’t look like it’s about one of your stories.',
    ],
  ])('for %s', (_, page, text) => {
    renderPopup(page);
    const section = screen.getByRole('region', { name: 'On this page' });
    expect(section.querySelector('.page-stories')?.textContent).toBe(text);
    expect(screen.getByRole('button', { name: /Vladimir Putin/ })).toBeTruthy();
  });

  it('announces "highlighted anyway", which takes the place of the button', () => {
    renderPopup(pageWith('anyway', [istanbul, alaska], putin));
    expect(screen.getByRole('status').textContent).toMatch(/^Highlighted anyway/);
    expect(screen.queryByRole('button', { name: 'Highlight here anyway' })).toBeNull();
  });

  it('says every story is highlighted, with the setting to undo it', () => {
    const { onEverywhere } = renderPopup(
      pageWith('everywhere', [{ ...istanbul, about: true }, alaska], putin),
      { everywhere: true },
    );
    const stories = document.querySelector('.page-stories');
    expect(stories?.textContent).toContain('About “The Istanbul talks, 2025”');
    expect(stories?.textContent).toContain('Every story is highlighted, on every page.');
    const box = screen.getByRole('checkbox', {
      name: 'Highlight on every page',
    }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onEverywhere).toHaveBeenCalledWith(false);
  });

  it('names the story in German', () => {
    render(
      <Popup
        dataset={dataset}
        hiddenCategories={new Set()}
        lang="de"
        t={tDe}
        onToggleCategory={vi.fn()}
        page={pageWith('about', [{ ...istanbul, about: true }], putin)}
      />,
    );
    expect(document.querySelector('.page-stories')?.textContent).toBe(
      'Thema: „Die Istanbuler Gespräche 2025“',
    );
  });
});

describe('Popup focus after leaving the off-story state', () => {
  const props = {
    dataset,
    hiddenCategories: new Set<string>(),
    lang: 'en' as const,
    t,
    onToggleCategory: vi.fn(),
  };

  it('moves to the first name found once the page is highlighted anyway', () => {
    const { rerender } = render(<Popup {...props} page={pageWith('none', [istanbul])} />);
    screen.getByRole('button', { name: 'Highlight here anyway' }).focus();
    const found = [{ id: 'vladimir-putin', mentions: 2 }];
    rerender(<Popup {...props} page={pageWith('anyway', [istanbul], found)} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Vladimir Putin/ }));
  });

  it('leaves the focus alone when the popup opens on a page highlighted anyway', () => {
    const found = [{ id: 'vladimir-putin', mentions: 2 }];
    render(<Popup {...props} page={pageWith('anyway', [istanbul], found)} />);
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });
});
