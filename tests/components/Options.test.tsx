import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../components/options/Options';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { err, ok } from '../../utils/shared/result';
import type { Settings } from '../../utils/shared/settings/settingsTable';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import { t } from '../support/translate';

afterEach(cleanup);

const bundled = bundledDataset();
const AT = Date.UTC(2025, 4, 20, 14, 2);

const SETTINGS: Settings = {
  hiddenCategories: [],
  pausedSites: ['paused.example.org'],
  pausedEverywhere: false,
  siteMode: 'all',
  allowedSites: [],
  categoryColors: {},
  highlightStyle: 'background',
  highlightDensity: 'calm',
  hoverDelay: 500,
  cardLanguage: 'browser',
  showBadge: true,
  highlightEverywhere: false,
};

const ISTANBUL: StoryEntry = {
  id: bundled.story.id,
  title: bundled.story.title,
  summary: bundled.story.summary,
  bundled: true,
  enabled: true,
  source: null,
  version: bundled.version,
  asOf: bundled.asOf,
  actors: bundled.actors.length,
  undoTarget: null,
  refresh: null,
  refreshStatus: null,
};

const IMPORTED: StoryEntry = {
  ...ISTANBUL,
  id: 'other-story',
  title: { en: 'Another story', de: 'Ein anderes Thema' },
  summary: { en: 'One line.', de: 'Eine Zeile.' },
  bundled: false,
  source: { kind: 'file', name: 'other.json', appliedAt: AT },
};

function dataActions(): OptionsProps['data'] {
  return {
    onPrepareFile: vi.fn(async () => err([{ message: { text: 'unused' } }])),
    onPrepareText: vi.fn(async () => err([{ message: { text: 'unused' } }])),
    onPrepareUrl: vi.fn(async () => err([{ message: { text: 'unused' } }])),
    onApply: vi.fn(async () => ok({})),
  };
}

function storyActions(): OptionsProps['storyActions'] {
  return {
    onToggle: vi.fn(async () => ok(undefined)),
    onUndo: vi.fn(async () => ok(undefined)),
    onReset: vi.fn(async () => ok(undefined)),
    onRemove: vi.fn(async () => ok(undefined)),
    onExport: vi.fn(),
    onRefreshToggle: vi.fn(async () => ok(undefined)),
    onCheckNow: vi.fn(async () => undefined),
  };
}

function renderOptions(overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    stories: [ISTANBUL],
    storyActions: storyActions(),
    data: dataActions(),
    categories: bundled.categories,
    settings: SETTINGS,
    onSaveSetting: vi.fn(async () => ok(undefined)),
    lang: 'en',
    storyLang: 'en',
    t,
    shortcuts: [],
    browser: 'chrome',
    ...overrides,
  };
  render(<Options {...props} />);
  return props;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('Options: the stories installed', () => {
  it('lists the stories first, then the import', () => {
    renderOptions({ stories: [ISTANBUL, IMPORTED] });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dramatis settings');
    const stories = section('Stories installed');
    expect(
      within(stories)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('h3')?.textContent),
    ).toEqual([bundled.story.title.en, 'Another story']);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Stories installed', 'Update the data']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows story titles in the card’s language, the page in the reader’s', () => {
    renderOptions({ storyLang: 'de' });
    expect(screen.getByRole('switch', { name: bundled.story.title.de })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dramatis settings');
  });

  it('wires a story’s switch and removal to the story actions', async () => {
    const props = renderOptions({ stories: [ISTANBUL, IMPORTED] });
    fireEvent.click(screen.getByRole('switch', { name: 'Another story' }));
    expect(props.storyActions.onToggle).toHaveBeenCalledWith('other-story', false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Another story”' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    await waitFor(() => expect(props.storyActions.onRemove).toHaveBeenCalledWith('other-story'));
  });

  it('offers the categories of the installed stories for colours', () => {
    renderOptions();
    for (const category of bundled.categories) {
      expect((screen.getByLabelText(category.label.en) as HTMLInputElement).type).toBe('color');
    }
  });
});

describe('Options: settings', () => {
  it('saves a category colour, and offers its default back', () => {
    const props = renderOptions({
      settings: { ...SETTINGS, categoryColors: { [bundled.categories[1]!.id]: '#00ff00' } },
    });
    const [first, second] = bundled.categories;
    const input = screen.getByLabelText(first!.label.en) as HTMLInputElement;
    expect(input.type).toBe('color');
    expect(input.value).toBe(first!.color.toLowerCase());
    fireEvent.change(input, { target: { value: '#123456' } });
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('categoryColors', {
      [second!.id]: '#00ff00',
      [first!.id]: '#123456',
    });
    expect((screen.getByLabelText(second!.label.en) as HTMLInputElement).value).toBe('#00ff00');
    fireEvent.click(
      screen.getByRole('button', { name: `Use the data’s colour for ${second!.label.en}` }),
    );
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('categoryColors', {});
  });

  it('saves the highlight style', () => {
    const props = renderOptions();
    expect((screen.getByRole('radio', { name: 'Background' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Underline' }));
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('highlightStyle', 'underline');
  });

  it('lists paused sites with remove buttons, adds one, and refuses a non-site', () => {
    const props = renderOptions();
    const paused = section('Paused on');
    expect(within(paused).getByText('paused.example.org')).toBeTruthy();
    fireEvent.click(within(paused).getByRole('button', { name: 'Remove paused.example.org' }));
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('pausedSites', []);

    const allowed = section('Only on');
    const field = within(allowed).getByRole('textbox', { name: 'Add a site to “Only on”' });
    fireEvent.input(field, { target: { value: 'https://WWW.Example.com/news' } });
    fireEvent.click(within(allowed).getByRole('button', { name: 'Add' }));
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('allowedSites', ['www.example.com']);

    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.click(within(allowed).getByRole('button', { name: 'Add' }));
    expect(within(allowed).getByRole('alert').textContent).toContain('“not a site” is not a site');
    expect(props.onSaveSetting).toHaveBeenCalledTimes(2);
  });

  it('switches to running only on listed sites, and pauses everywhere', () => {
    const props = renderOptions();
    fireEvent.click(
      screen.getByRole('radio', { name: 'Only on the sites listed under “Only on”' }),
    );
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('siteMode', 'listed');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause everywhere' }));
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('pausedEverywhere', true);
  });

  it('saves the hover delay when the slider is let go, showing it while it moves', () => {
    const props = renderOptions();
    const slider = screen.getByRole('slider', { name: /Open the card when the pointer rests/ });
    fireEvent.input(slider, { target: { value: '900' } });
    expect(screen.getByText('900 ms')).toBeTruthy();
    expect(props.onSaveSetting).not.toHaveBeenCalled();
    fireEvent.change(slider, { target: { value: '900' } });
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('hoverDelay', 900);
  });

  it('saves the card language and the badge switch', () => {
    const props = renderOptions();
    const select = screen.getByRole('combobox', { name: 'Card language' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Like the browser',
      'Like the page (when it is in English or German)',
      'English',
      'Deutsch',
    ]);
    fireEvent.change(select, { target: { value: 'page' } });
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('cardLanguage', 'page');
    fireEvent.click(screen.getByRole('checkbox', { name: /toolbar button/ }));
    expect(props.onSaveSetting).toHaveBeenLastCalledWith('showBadge', false);
  });

  it('reports a setting that could not be saved (a full sync quota)', async () => {
    renderOptions({
      onSaveSetting: vi.fn(async () =>
        err({
          message: { key: 'storageFull' as const, subs: ['QUOTA_BYTES_PER_ITEM quota exceeded'] },
        }),
      ),
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Underline' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This setting was not saved:');
    expect(alert.textContent).toContain('QUOTA_BYTES_PER_ITEM quota exceeded');
  });
});

describe('Options: when a part of the page throws', () => {
  /** Categories that passed no check: the colour settings throw on them while rendering. */
  const unrenderable = undefined as never;

  it('shows what went wrong and keeps each story’s export, reset and remove working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const props = renderOptions({ categories: unrenderable, stories: [ISTANBUL, IMPORTED] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This page could not be shown in full.');
    expect(alert.textContent).toContain('Something went wrong:');
    fireEvent.click(screen.getByRole('button', { name: `Export “${ISTANBUL.id}” (JSON)` }));
    expect(props.storyActions.onExport).toHaveBeenCalledWith(ISTANBUL.id);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the bundled version' }));
    await waitFor(() => expect(props.storyActions.onReset).toHaveBeenCalledWith(ISTANBUL.id));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “other-story”' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(props.storyActions.onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove “other-story”' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    await waitFor(() => expect(props.storyActions.onRemove).toHaveBeenCalledWith('other-story'));
  });

  it('shows the whole page again once the stories change', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const props = renderOptions({ categories: unrenderable });
    expect(screen.queryByRole('region', { name: 'Highlights' })).toBeNull();
    cleanup();
    const { rerender } = render(<Options {...props} />);
    rerender(<Options {...props} categories={bundled.categories} stories={[{ ...ISTANBUL }]} />);
    expect(screen.getByRole('region', { name: 'Highlights' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
