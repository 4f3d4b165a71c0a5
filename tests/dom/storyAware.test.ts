import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryPage, type StoryPageInput } from '../../utils/content/StoryPage';
import { Highlighter } from '../../utils/content/highlight/Highlighter';
import type { StoryChoice } from '../../utils/content/highlight/decideByReading';
import { highlightPage } from '../../utils/content/highlight/highlightPage';
import { compileCast } from '../../utils/shared/matching/compile';
import type { StoryMeta } from '../../utils/shared/story/cast';
import type { PageDecision } from '../../utils/shared/story/decidePage';
import { servedDataset } from '../support/servedDataset';

const dataset = servedDataset();

const story = (id: string, keywords: string[], core: string[], actors: string[]): StoryMeta => ({
  id,
  title: { en: `${id} (en)`, de: `${id} (de)` },
  summary: { en: id, de: id },
  period: { from: '2025-05-11' },
  keywords: { en: keywords },
  core,
  actors,
  version: '1',
  asOf: '2025-08-20',
  bundled: true,
});

/** Two stories over the bundled cast: the talks (Medinsky, Umerov, Merz) and a summit (Trump). */
const talks = story(
  'talks',
  ['Istanbul', 'prisoner exchange*'],
  ['vladimir-medinsky', 'rustem-umerov'],
  ['vladimir-medinsky', 'rustem-umerov', 'friedrich-merz'],
);
const summit = story('summit', ['Anchorage'], ['donald-trump'], ['donald-trump', 'friedrich-merz']);
const stories = [talks, summit];

const OFF_STORY =
  '<article><h1>Tariffs</h1><p>Donald Trump and Friedrich Merz spoke about car tariffs.</p>' +
  '<p>Vladimir Medinsky was not there.</p><input value="Istanbul"><code>Istanbul</code></article>';
const ON_TALKS =
  '<article><p>In Istanbul, Vladimir Medinsky met Rustem Umerov.</p>' +
  '<p>Friedrich Merz and Donald Trump commented.</p></article>';

const marked = () =>
  [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => m.dataset.dramatisActor);

/** Highlights the body in the given mode; settles with the decision once the first pass is done. */
async function highlight(mode: StoryChoice['mode'], day?: string) {
  let decision: PageDecision | undefined;
  const onPass = vi.fn();
  const page = highlightPage(dataset, new Set(), document.body, {
    immediate: true,
    onPass,
    stories: { stories, mode, day, onDecided: (d) => (decision = d) },
  });
  await page.firstPass;
  return { page, decision: decision!, onPass };
}

beforeEach(() => {
  document.title = 'News';
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('the decision read', () => {
  it('leaves a page about no story byte for byte as it was, unobserved, and reports once', async () => {
    document.body.innerHTML = OFF_STORY;
    const before = document.documentElement.outerHTML;
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { decision, onPass } = await highlight('about');
    expect(decision.highlighting).toBe('none');
    expect(decision.verdicts.map((v) => v.about)).toEqual([false, false]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(observe).not.toHaveBeenCalled();
    expect(onPass).toHaveBeenCalledTimes(1); // the badge hears 0
  });

  it('reads open shadow roots without styling them or observing anything', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>In Istanbul, Vladimir Medinsky spoke.</p>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { decision } = await highlight('about');
    expect(decision.verdicts[0]).toMatchObject({ about: true, core: ['vladimir-medinsky'] });
    expect(observe).toHaveBeenCalled(); // on a story page the highlighter watches it
    document.body.innerHTML = '';
    const offHost = document.body.appendChild(document.createElement('div'));
    const offShadow = offHost.attachShadow({ mode: 'open' });
    offShadow.innerHTML = '<p>Donald Trump on tariffs.</p>';
    observe.mockClear();
    expect((await highlight('about')).decision.highlighting).toBe('none');
    expect(offShadow.adoptedStyleSheets).toHaveLength(0);
    expect(offShadow.innerHTML).toBe('<p>Donald Trump on tariffs.</p>');
    expect(observe).not.toHaveBeenCalled();
  });

  it('counts the keywords of the title and the text, never of form fields or code', async () => {
    document.body.innerHTML = OFF_STORY;
    expect((await highlight('about')).decision.verdicts[0]!.keywords).toEqual([]);
    document.title = 'Prisoner exchanges: Istanbul';
    const { decision } = await highlight('about');
    expect(decision.verdicts[0]).toMatchObject({
      about: true,
      keywords: ['prisoner exchange*', 'Istanbul'],
    });
    expect(decision.verdicts[0]!.core).toEqual(['vladimir-medinsky']);
  });

  it('highlights only the casts of the stories the page is about', async () => {
    document.body.innerHTML = ON_TALKS;
    const { decision, page } = await highlight('about');
    expect(decision.highlighting).toBe('about');
    expect(decision.verdicts.map((v) => v.about)).toEqual([true, false]);
    expect(marked()).toEqual(['vladimir-medinsky', 'rustem-umerov', 'friedrich-merz']);
    // What the page adds later is filtered the same way.
    document.body.insertAdjacentHTML('beforeend', '<p>Donald Trump and Merz again.</p>');
    await vi.waitFor(() => expect(marked()).toHaveLength(4));
    expect(marked().at(-1)).toBe('friedrich-merz');
    page.stop();
    expect(document.body.innerHTML).toBe(`${ON_TALKS}<p>Donald Trump and Merz again.</p>`);
  });

  it('is not about a story when the article is dated long before the story began', async () => {
    document.body.innerHTML = ON_TALKS;
    const { decision } = await highlight('about', '2022-03-29');
    expect(decision.highlighting).toBe('none');
    expect(marked()).toEqual([]);
  });
});

describe('every enabled story, by setting or for this page', () => {
  it.each(['everywhere', 'anyway'] as const)(
    '%s: highlights the whole cast on a page about no story, and still tells what it is about',
    async (mode) => {
      document.body.innerHTML = OFF_STORY;
      const { decision } = await highlight(mode);
      expect(decision.highlighting).toBe(mode);
      expect(decision.verdicts.map((v) => v.about)).toEqual([false, false]);
      expect(marked()).toEqual(['donald-trump', 'friedrich-merz', 'vladimir-medinsky']);
    },
  );

  it('gathers its evidence in the highlight pass itself', async () => {
    document.body.innerHTML = ON_TALKS;
    const { decision } = await highlight('everywhere');
    expect(decision.verdicts[0]).toMatchObject({
      about: true,
      core: ['vladimir-medinsky', 'rustem-umerov'],
    });
    expect(decision.verdicts[1]).toMatchObject({ about: false, known: ['friedrich-merz'] });
  });
});

describe('the Highlighter filter', () => {
  it('marks only the listed actors, with the one compiled cast', async () => {
    document.body.innerHTML = ON_TALKS;
    const cast = compileCast(dataset.actors);
    const options = {
      cast,
      categoryOf: () => 'x',
      colorOf: () => '#888888',
      hiddenCategories: new Set<string>(),
    };
    const heard: string[] = [];
    const filtered = new Highlighter({ ...options, actors: new Set(['donald-trump']) });
    await filtered.highlight([document.body], [], (_text, mentions) =>
      heard.push(...mentions.map((m) => m.actorId)),
    );
    expect(marked()).toEqual(['donald-trump']);
    // The reader hears every mention found, before the filter.
    expect(heard).toEqual(['vladimir-medinsky', 'rustem-umerov', 'friedrich-merz', 'donald-trump']);
  });
});

describe('StoryPage', () => {
  function storyPage(overrides: Partial<StoryPageInput> = {}) {
    const decided: { highlighting: string; highlighted: string[] }[] = [];
    const input: StoryPageInput = {
      dataset,
      stories,
      hidden: new Set(),
      style: 'background',
      everywhere: false,
      paused: false,
      ...overrides,
    };
    const page = new StoryPage(document.body, () => input, {
      onPass: () => undefined,
      immediate: true,
      onDecided: (d, highlighted) =>
        decided.push({ highlighting: d.highlighting, highlighted: highlighted.map((s) => s.id) }),
    });
    return { page, decided, input };
  }

  it('decides each article afresh, and "anyway" lasts until the next one', async () => {
    document.body.innerHTML = ON_TALKS;
    const { page, decided } = storyPage();
    page.restart();
    await page.firstPass;
    expect(page.status()).toEqual({
      stories: [
        { id: 'talks', title: talks.title, about: true },
        { id: 'summit', title: summit.title, about: false },
      ],
      highlighting: 'about',
    });
    // An app moves to another article without a page load.
    page.leave();
    expect(marked()).toEqual([]);
    document.body.innerHTML = OFF_STORY;
    const untouched = document.body.innerHTML;
    page.restart();
    await page.firstPass;
    expect(page.status().highlighting).toBe('none');
    expect(document.body.innerHTML).toBe(untouched);
    page.highlightAnyway();
    expect(page.status().highlighting).toBe('anyway'); // at once, before the pass is done
    await page.firstPass;
    expect(page.status().highlighting).toBe('anyway');
    expect(marked()).toHaveLength(3);
    page.leave();
    page.restart();
    await page.firstPass;
    expect(page.status().highlighting).toBe('none');
    expect(document.body.innerHTML).toBe(untouched);
    expect(decided).toEqual([
      { highlighting: 'about', highlighted: ['talks'] },
      { highlighting: 'none', highlighted: [] },
      { highlighting: 'anyway', highlighted: ['talks', 'summit'] },
      { highlighting: 'none', highlighted: [] },
    ]);
  });

  it('clears the marks of a story turned off when the cast changes', async () => {
    document.body.innerHTML = ON_TALKS;
    const { page, input } = storyPage({ everywhere: true });
    page.restart();
    await page.firstPass;
    expect(marked()).toHaveLength(4);
    // The talks are turned off: the cast served now holds the summit's actors only.
    input.stories = [summit];
    input.dataset = {
      ...dataset,
      actors: dataset.actors.filter((a) => summit.actors.includes(a.id)),
    };
    page.restart();
    await page.firstPass;
    expect(marked()).toEqual(['friedrich-merz', 'donald-trump']);
    expect(page.status().stories.map((s) => s.id)).toEqual(['summit']);
  });
});
