import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryList } from '../../components/options/StoryList';
import type { StoryActions } from '../../components/options/storyActions';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import { err, ok } from '../../utils/shared/result';
import { t, tDe } from '../support/translate';
import { problemAt } from '../../utils/shared/problems/Problem';

afterEach(cleanup);

const AT = Date.UTC(2025, 7, 20, 9, 30);

const ISTANBUL: StoryEntry = {
  id: 'istanbul-talks-2025',
  title: { en: 'The Istanbul talks, 2025', de: 'Die Istanbuler Gespräche 2025' },
  summary: {
    en: 'Russia and Ukraine meet in Istanbul.',
    de: 'Russland und die Ukraine in Istanbul.',
  },
  bundled: true,
  enabled: true,
  source: null,
  version: '7',
  asOf: '2025-07-23',
  actors: 42,
  undoTarget: null,
  refresh: null,
  refreshStatus: null,
};

const IMPORTED: StoryEntry = {
  id: 'ceasefire-2026',
  title: { en: 'A ceasefire', de: 'Eine Waffenruhe' },
  summary: { en: 'Talks about a ceasefire.', de: 'Gespräche über eine Waffenruhe.' },
  bundled: false,
  enabled: false,
  source: { kind: 'url', name: 'https://data.example.org/ceasefire.json', appliedAt: AT },
  version: '2',
  asOf: '2026-01-05',
  actors: 9,
  undoTarget: { title: 'A ceasefire, draft', version: '1' },
  refresh: { enabled: true, url: 'https://data.example.org/ceasefire.json' },
  refreshStatus: {
    at: AT,
    url: 'https://data.example.org/ceasefire.json',
    outcome: 'unchanged',
  },
};

function actions(overrides: Partial<StoryActions> = {}): StoryActions {
  return {
    onToggle: vi.fn(async () => ok(undefined)),
    onUndo: vi.fn(async () => ok(undefined)),
    onReset: vi.fn(async () => ok(undefined)),
    onRemove: vi.fn(async () => ok(undefined)),
    onExport: vi.fn(),
    onRefreshToggle: vi.fn(async () => ok(undefined)),
    onCheckNow: vi.fn(async () => undefined),
    ...overrides,
  };
}

function renderList(stories: StoryEntry[], overrides: Partial<StoryActions> = {}, lang = 'en') {
  const props = { stories, actions: actions(overrides) };
  render(<StoryList {...props} lang={lang === 'de' ? 'de' : 'en'} t={lang === 'de' ? tDe : t} />);
  return props.actions;
}

const row = (title: string) => screen.getByRole('listitem', { name: title });
const facts = (title: string) =>
  Object.fromEntries(
    [...row(title).querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]),
  );

describe('StoryList: the rows', () => {
  it('lists each story in the given order with its facts', () => {
    renderList([ISTANBUL, IMPORTED]);
    expect(
      screen.getAllByRole('listitem').map((li) => li.querySelector('h3')?.textContent),
    ).toEqual(['The Istanbul talks, 2025', 'A ceasefire']);
    expect(facts('The Istanbul talks, 2025')).toEqual({
      Source: 'bundled with the extension',
      Version: '7',
      'As of': expect.stringMatching(/23.*2025|2025.*23/),
      Actors: '42',
    });
    expect(within(row('The Istanbul talks, 2025')).getByText(ISTANBUL.summary.en)).toBeTruthy();
    expect(facts('A ceasefire').Source).toMatch(
      /^https:\/\/data\.example\.org\/ceasefire\.json, applied .*2025/,
    );
    expect(facts('A ceasefire').Actors).toBe('9');
  });

  it('names the data file by its own title when it is not the story’s', () => {
    renderList([
      { ...ISTANBUL, fileTitle: ISTANBUL.title.en },
      { ...IMPORTED, fileTitle: 'Day 2' },
    ]);
    expect(facts('The Istanbul talks, 2025')['File’s title']).toBeUndefined();
    expect(facts('A ceasefire')['File’s title']).toBe('Day 2');
  });

  it('does not repeat, in German, a file title that is the story’s English title', () => {
    renderList(
      [
        { ...ISTANBUL, fileTitle: ISTANBUL.title.en },
        { ...IMPORTED, fileTitle: 'Day 2' },
      ],
      {},
      'de',
    );
    expect(facts(ISTANBUL.title.de)['Titel der Datei']).toBeUndefined();
    expect(facts(IMPORTED.title.de)['Titel der Datei']).toBe('Day 2');
  });

  it('shows titles and summaries in the language it is given', () => {
    renderList([ISTANBUL], {}, 'de');
    expect(row('Die Istanbuler Gespräche 2025')).toBeTruthy();
    expect(screen.getByText(ISTANBUL.summary.de)).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Die Istanbuler Gespräche 2025' })).toBeTruthy();
  });

  it('offers reset for a bundled story only when an imported version is in force, and never remove', () => {
    renderList([ISTANBUL]);
    expect(screen.queryByRole('button', { name: /Reset/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    cleanup();
    const stories = [
      { ...ISTANBUL, source: { kind: 'file' as const, name: 'x.json', appliedAt: AT } },
    ];
    const done = renderList(stories);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the bundled version' }));
    expect(done.onReset).toHaveBeenCalledWith('istanbul-talks-2025');
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('shows the daily refresh of a URL story and checks now for that story', async () => {
    const done = renderList([ISTANBUL, IMPORTED]);
    expect(
      within(row('The Istanbul talks, 2025')).queryByRole('button', { name: 'Check now' }),
    ).toBeNull();
    const ceasefire = row('A ceasefire');
    expect(within(ceasefire).getByText(/Last check, .*2025.*: unchanged\./)).toBeTruthy();
    fireEvent.click(
      within(ceasefire).getByRole('checkbox', {
        name: 'Check https://data.example.org/ceasefire.json every day and apply new versions',
      }),
    );
    expect(done.onRefreshToggle).toHaveBeenCalledWith('ceasefire-2026', false);
    fireEvent.click(within(ceasefire).getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(done.onCheckNow).toHaveBeenCalledWith('ceasefire-2026'));
  });

  it('exports one story, named in the button', () => {
    const done = renderList([ISTANBUL, IMPORTED]);
    fireEvent.click(screen.getByRole('button', { name: 'Export “A ceasefire” (JSON)' }));
    expect(done.onExport).toHaveBeenCalledWith('ceasefire-2026');
  });
});

describe('StoryList: the switch', () => {
  it('is a switch named by the title, showing the stored state', () => {
    renderList([ISTANBUL, IMPORTED]);
    const on = screen.getByRole('switch', { name: 'The Istanbul talks, 2025' }) as HTMLInputElement;
    const off = screen.getByRole('switch', { name: 'A ceasefire' }) as HTMLInputElement;
    expect([on.checked, off.checked]).toEqual([true, false]);
  });

  it('turns a story off and announces it in the live region', async () => {
    const done = renderList([ISTANBUL]);
    fireEvent.click(screen.getByRole('switch', { name: 'The Istanbul talks, 2025' }));
    expect(done.onToggle).toHaveBeenCalledWith('istanbul-talks-2025', false);
    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(
        '“The Istanbul talks, 2025” is off: its highlights are gone from open tabs.',
      ),
    );
  });

  it('reports a switch that could not be saved, and shows the stored state again', async () => {
    renderList([ISTANBUL], {
      onToggle: vi.fn(async () =>
        err([{ message: { key: 'storageFull' as const, subs: ['QUOTA'] } }]),
      ),
    });
    fireEvent.click(screen.getByRole('switch', { name: 'The Istanbul talks, 2025' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was changed:');
    expect(
      (screen.getByRole('switch', { name: 'The Istanbul talks, 2025' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });
});

describe('StoryList: undo', () => {
  it('says what undo restores, and announces it', async () => {
    const done = renderList([ISTANBUL, IMPORTED]);
    expect(
      within(row('The Istanbul talks, 2025')).queryByRole('button', { name: /Undo/ }),
    ).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Undo: go back to “A ceasefire, draft” (1)' }),
    );
    expect(done.onUndo).toHaveBeenCalledWith('ceasefire-2026');
    expect(
      await screen.findByText('“A ceasefire, draft” is in use again. Open tabs update at once.'),
    ).toBeTruthy();
  });
});

describe('StoryList: removing an imported story', () => {
  it('asks first; Esc cancels and gives focus back to Remove', async () => {
    const done = renderList([ISTANBUL, IMPORTED]);
    const remove = screen.getByRole('button', { name: 'Remove “A ceasefire”' });
    fireEvent.click(remove);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Remove “A ceasefire”? Its highlights leave open tabs');
    const keep = within(dialog).getByRole('button', { name: 'Keep it' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(done.onRemove).not.toHaveBeenCalled();
  });

  it('"Keep it" cancels too', () => {
    const done = renderList([IMPORTED]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “A ceasefire”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(done.onRemove).not.toHaveBeenCalled();
  });

  it('removes on confirmation, announces it and moves focus to the list', async () => {
    const done = renderList([ISTANBUL, IMPORTED]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “A ceasefire”' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    expect(done.onRemove).toHaveBeenCalledWith('ceasefire-2026');
    expect(
      await screen.findByText('“A ceasefire” was removed. Open tabs update at once.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('list', { name: 'Stories installed' }));
  });

  it('reports a removal that failed', async () => {
    renderList([IMPORTED], {
      onRemove: vi.fn(async () =>
        err([{ message: { key: 'storageFailed' as const, subs: ['disk'] } }]),
      ),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove “A ceasefire”' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was changed:');
    expect(screen.queryByText(/was removed/)).toBeNull();
  });
});

describe('StoryList: a stored story that no longer validates', () => {
  it('lists its problems; a bundled one keeps its bundled version and can be reset', () => {
    const done = renderList([
      { ...ISTANBUL, storedProblems: [problemAt('actors[0].names[0]', 'problemEmpty')] },
    ]);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'The imported version of this story is no longer valid, so the bundled version is used.',
    );
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'actors[0].names[0]: must not be empty',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the bundled version' }));
    expect(done.onReset).toHaveBeenCalledWith('istanbul-talks-2025');
  });

  it('an imported one is not used: no facts of data it lacks; it can be exported and removed', () => {
    renderList([
      {
        ...IMPORTED,
        version: undefined,
        asOf: undefined,
        actors: undefined,
        undoTarget: null,
        storedProblems: [problemAt('asOf', 'problemDate', '2025-05-14')],
      },
    ]);
    expect(screen.getByRole('alert').textContent).toContain(
      'The stored data of this story is no longer valid, so the story is not used.',
    );
    expect(Object.keys(facts('A ceasefire'))).toEqual(['Source']);
    expect(screen.getByRole('button', { name: 'Export “A ceasefire” (JSON)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove “A ceasefire”' })).toBeTruthy();
  });
});

describe('StoryList: strings from the data are text', () => {
  it('renders a title with markup as text', () => {
    const { container } = render(
      <StoryList
        stories={[{ ...IMPORTED, title: { en: '<img src=x onerror=alert(1)>Bad', de: 'x' } }]}
        lang="en"
        t={t}
        actions={actions()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('switch', { name: '<img src=x onerror=alert(1)>Bad' })).toBeTruthy();
  });
});
