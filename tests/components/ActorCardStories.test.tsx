import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../components/card/ActorCard';
import { Popup } from '../../components/popup/Popup';
import { actorView } from '../../utils/shared/dataset/actorView';
import { validateDataset } from '../../utils/shared/dataset/validate';
import type { StoryMeta } from '../../utils/shared/story/cast';
import { roundsDataset } from '../fixtures/roundsDataset';
import { alaskaStory, istanbulStory, twoStories, twoStoriesDataset } from '../fixtures/twoStories';
import { t, tDe } from '../support/translate';

afterEach(cleanup);

const [istanbul, alaska] = twoStories.stories as [StoryMeta, StoryMeta];

function renderCard(
  id: string,
  stories: readonly StoryMeta[],
  extra: { day?: string; lang?: 'en' | 'de'; rounds?: Record<string, number> } = {},
) {
  const view = actorView(twoStoriesDataset, id, stories);
  if (!view) throw new Error(`no actor "${id}" in the two stories`);
  const onChooseRound = vi.fn<(story: string, index: number) => void>();
  const lang = extra.lang ?? 'en';
  render(
    <ActorCard
      view={view}
      day={extra.day ?? '2025-08-18'}
      lang={lang}
      t={lang === 'de' ? tDe : t}
      rounds={extra.rounds}
      onChooseRound={onChooseRound}
      onSelectActor={vi.fn()}
    />,
  );
  return { onChooseRound };
}

/** The card's story sections, each as its heading and its text. */
const sections = () =>
  [...document.querySelectorAll<HTMLElement>('section.story')].map((section) => ({
    heading: within(section).getAllByRole('heading')[0]?.textContent,
    section,
  }));
const section = (title: string) => screen.getByRole('region', { name: title });

describe('two-story fixtures', () => {
  it('are valid data files, and merge into one cast with one Trump and one Umerov', () => {
    for (const story of [istanbulStory, alaskaStory]) expect(validateDataset(story).ok).toBe(true);
    expect(twoStoriesDataset.actors.filter((a) => a.id === 'donald-trump')).toHaveLength(1);
    expect(istanbul.title.en).toBe('The Istanbul talks (fixture)');
    expect(alaska.title.en).toBe('Alaska and Washington (fixture)');
  });
});

describe('ActorCard with two stories', () => {
  it('gives an actor of both stories one card, one role line, and one section per story', () => {
    renderCard('donald-trump', [alaska, istanbul]);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(document.querySelectorAll('.role')).toHaveLength(1);
    expect(sections().map((s) => s.heading)).toEqual([
      'Alaska and Washington (fixture)',
      'The Istanbul talks (fixture)',
    ]);
  });

  it('names the stories it shows in its footer, in the card’s language, not the files’ titles', () => {
    renderCard('donald-trump', [alaska, istanbul], { lang: 'de' });
    const footer = document.querySelector('footer.provenance')!.textContent;
    expect(footer).toMatch(
      /^Daten: Alaska und Washington \(Beispiel\) · Die Istanbuler Gespräche \(Beispiel\), Stand /,
    );
    expect(footer).not.toContain('fixture');
  });

  it('puts the stories in the order given: the page’s story first', () => {
    renderCard('donald-trump', [istanbul, alaska]);
    expect(sections().map((s) => s.heading)).toEqual([
      'The Istanbul talks (fixture)',
      'Alaska and Washington (fixture)',
    ]);
  });

  it('keeps each story’s positions in its own section', () => {
    renderCard('donald-trump', [alaska, istanbul]);
    const inAlaska = section('Alaska and Washington (fixture)');
    const inIstanbul = section('The Istanbul talks (fixture)');
    expect(inAlaska.textContent).toContain('Anchorage position of Trump.');
    expect(inAlaska.textContent).not.toContain('Istanbul position of Trump.');
    expect(inIstanbul.textContent).toContain('Istanbul position of Trump.');
    expect(inIstanbul.textContent).not.toContain('Anchorage position of Trump.');
  });

  it('limits each section’s round switcher to its story’s rounds, nearest the day first', () => {
    renderCard('rustem-umerov', [istanbul, alaska], { day: '2025-08-18' });
    const rounds = (title: string) =>
      [...section(title).querySelectorAll('.rounds button')].map(
        (b) => `${b.textContent}${b.getAttribute('aria-pressed') === 'true' ? ' *' : ''}`,
      );
    expect(rounds('The Istanbul talks (fixture)')).toEqual([
      'May 16, 2025',
      'June 2, 2025',
      'July 23, 2025 *',
    ]);
    // One round in Washington: no switcher, its delegation shown.
    expect(rounds('Alaska and Washington (fixture)')).toEqual([]);
    const washington = section('Alaska and Washington (fixture)');
    expect(within(washington).getByRole('heading', { name: 'Ukrainian delegation' })).toBeTruthy();
    expect(washington.textContent).toContain('Meeting in Washington');
    expect(within(washington).getByRole('button', { name: /Volodymyr Zelenskyy/ })).toBeTruthy();
  });

  it('reports a round chosen in one story’s section with that story’s id', () => {
    const { onChooseRound } = renderCard('donald-trump', [alaska, istanbul]);
    const inAlaska = section('Alaska and Washington (fixture)');
    fireEvent.click(within(inAlaska).getByRole('button', { name: 'August 15, 2025' }));
    expect(onChooseRound).toHaveBeenCalledWith('alaska-fixture', 0);
  });

  it('shows the round chosen in each section, independently', () => {
    renderCard('rustem-umerov', [istanbul, alaska], { rounds: { 'istanbul-fixture': 0 } });
    const inIstanbul = section('The Istanbul talks (fixture)');
    const pressed = within(inIstanbul)
      .getAllByRole('button')
      .find((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed?.textContent).toBe('May 16, 2025');
    expect(inIstanbul.textContent).toContain('First round of talks in Istanbul');
  });

  it('shows only the highlighted stories: no Istanbul position on a page about Alaska', () => {
    renderCard('donald-trump', [alaska]);
    expect(sections().map((s) => s.heading)).toEqual(['Alaska and Washington (fixture)']);
    expect(document.body.textContent).not.toContain('Istanbul position of Trump.');
  });

  it('heads the section of an actor in one story with that story’s title', () => {
    renderCard('vladimir-putin', [istanbul, alaska], { day: '2025-08-15' });
    expect(sections().map((s) => s.heading)).toEqual(['Alaska and Washington (fixture)']);
    const inAlaska = section('Alaska and Washington (fixture)');
    expect(within(inAlaska).getByRole('heading', { name: 'Russian delegation' })).toBeTruthy();
    expect(inAlaska.textContent).toContain('No stated positions recorded.');
  });

  it('titles the sections in the card’s language', () => {
    renderCard('donald-trump', [alaska, istanbul], { lang: 'de' });
    expect(sections().map((s) => s.heading)).toEqual([
      'Alaska und Washington (Beispiel)',
      'Die Istanbuler Gespräche (Beispiel)',
    ]);
    expect(section('Alaska und Washington (Beispiel)').textContent).toContain(
      'Anchorage-Position Trumps.',
    );
  });

  it('keeps the role on the article’s day, whatever the story', () => {
    renderCard('rustem-umerov', [istanbul, alaska], { day: '2025-05-16' });
    expect(document.querySelector('.role')?.textContent).toBe(
      'Minister of Defence of Ukraine on May 16, 2025',
    );
  });

  it('renders a story title with markup as text', () => {
    const hostile = { ...alaska, title: { en: '<img src=x onerror=alert(1)>', de: 'x' } };
    const { container } = render(
      <ActorCard
        view={actorView(twoStoriesDataset, 'vladimir-putin', [hostile])!}
        day="2025-08-15"
        lang="en"
        t={t}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
  });
});

describe('ActorCard with one story (not merged)', () => {
  it('heads its section with the file’s own story', () => {
    render(
      <ActorCard
        view={actorView(roundsDataset, 'rustem-umerov')!}
        day="2025-05-16"
        lang="en"
        t={t}
      />,
    );
    expect(sections().map((s) => s.heading)).toEqual(['Rounds fixture']);
    expect(section('Rounds fixture').textContent).toContain(
      'Said Ukraine came ready for a ceasefire.',
    );
  });
});

describe('Popup details of an actor in two stories', () => {
  it('names the stories in its header; a card shows the page’s story first', () => {
    render(
      <Popup
        dataset={twoStoriesDataset}
        stories={twoStories.stories}
        hiddenCategories={new Set()}
        lang="en"
        t={t}
        onToggleCategory={vi.fn()}
        page={{
          kind: 'ready',
          cast: {
            host: 'news.example',
            paused: false,
            actors: [{ id: 'donald-trump', mentions: 2 }],
            highlighting: 'about',
            stories: [
              { id: istanbul.id, title: istanbul.title, about: false },
              { id: alaska.id, title: alaska.title, about: true },
            ],
          },
        }}
      />,
    );
    // The header names the stories installed, in the reader's language.
    expect(document.querySelector('.popup-header p')?.textContent).toBe(
      'The Istanbul talks (fixture) · Alaska and Washington (fixture)',
    );
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'trump' } });
    const results = screen.getByRole('list', { name: 'Cast' });
    fireEvent.click(within(results).getByRole('button', { name: /Donald Trump/ }));
    expect(sections().map((s) => s.heading)).toEqual([
      'Alaska and Washington (fixture)',
      'The Istanbul talks (fixture)',
    ]);
  });
});
