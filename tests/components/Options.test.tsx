import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../components/Options';
import { bundledDataset } from '../../utils/dataset/bundled';
import { err, ok } from '../../utils/result';
import type { Settings } from '../../utils/settings/settings';
import type { RefreshStatus } from '../../utils/storage';
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

function dataActions(): OptionsProps['data'] {
  return {
    onPrepareFile: vi.fn(async () => err(['unused'])),
    onPrepareText: vi.fn(async () => err(['unused'])),
    onPrepareUrl: vi.fn(async () => err(['unused'])),
    onApply: vi.fn(async () => ok({})),
    onUndo: vi.fn(async () => ok(undefined)),
    onReset: vi.fn(async () => ok(undefined)),
    onExport: vi.fn(),
  };
}

function renderOptions(overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    active: { dataset: bundled, source: 'bundled' },
    data: dataActions(),
    refresh: {
      setting: { enabled: false, url: '' },
      status: null,
      onToggle: vi.fn(async () => ok(undefined)),
      onCheckNow: vi.fn(async () => undefined),
    },
    settings: SETTINGS,
    onSaveSetting: vi.fn(async () => ok(undefined)),
    lang: 'en',
    t,
    shortcuts: [],
    browser: 'chrome',
    ...overrides,
  };
  render(<Options {...props} />);
  return props;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('Options: the data in use', () => {
  it('shows the bundled data, with nothing to undo or reset', () => {
    renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dramatis settings');
    expect(screen.getByText('bundled with the extension')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    expect(
      (screen.getByRole('button', { name: 'Reset to the bundled data' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains why a stored dataset is not used, listing its problems', () => {
    renderOptions({
      active: {
        dataset: bundled,
        source: 'bundled',
        storedProblems: ['actors[0].names[0]: must not be empty', 'asOf: must be a date'],
      },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The imported dataset is no longer valid');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['actors[0].names[0]: must not be empty', 'asOf: must be a date']);
    // The broken stored data can be reset away.
    expect(
      (screen.getByRole('button', { name: 'Reset to the bundled data' }) as HTMLButtonElement)
        .disabled,
    ).toBe(false);
  });

  it('says where imported data came from, and undoes, resets and exports', async () => {
    const props = renderOptions({
      active: { dataset: { ...bundled, title: 'Day 2' }, source: 'imported' },
      origin: {
        kind: 'url',
        name: 'https://data.example.org/a.json',
        appliedAt: AT,
        automatic: true,
      },
      undoTarget: { title: bundled.title, version: bundled.version },
    });
    const summary = section('Data in use').querySelector('dl.summary')!.textContent;
    expect(summary).toContain('Day 2');
    expect(summary).toMatch(/https:\/\/data\.example\.org\/a\.json, updated automatically .*2025/);
    fireEvent.click(
      screen.getByRole('button', {
        name: `Undo: go back to “${bundled.title}” (${bundled.version})`,
      }),
    );
    expect(
      await screen.findByText(`“${bundled.title}” is in use again. Open tabs update at once.`),
    ).toBeTruthy();
    expect(props.data.onUndo).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the bundled data' }));
    expect(await screen.findByText(/The bundled data is in use again/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export the data in use (JSON)' }));
    expect(props.data.onExport).toHaveBeenCalledTimes(1);
  });

  it('reports an undo that could not be stored', async () => {
    renderOptions({
      active: { dataset: bundled, source: 'imported' },
      undoTarget: { title: 'Old', version: '1' },
      data: {
        ...dataActions(),
        onUndo: vi.fn(async () => err([{ key: 'storageFull' as const, subs: ['QUOTA_BYTES'] }])),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was changed:');
    expect(alert.textContent).toContain('storage for Dramatis is full');
  });
});

describe('Options: automatic updates', () => {
  const URL_ = 'https://data.example.org/a.json';

  it('asks for a URL import first', () => {
    renderOptions();
    expect(screen.getByText(/Fetch the data from a web address above/)).toBeTruthy();
  });

  it.each<[string, RefreshStatus, RegExp]>([
    [
      'updated',
      { at: AT, url: URL_, outcome: 'updated', title: 'Day 3', version: '3' },
      /Last check, .*2025.*: updated to “Day 3” \(3\)\./,
    ],
    ['unchanged', { at: AT, url: URL_, outcome: 'unchanged' }, /Last check, .*2025.*: unchanged\./],
  ])('shows the last result: %s', (_outcome, status, text) => {
    renderOptions({
      refresh: {
        setting: { enabled: true, url: URL_ },
        status,
        onToggle: vi.fn(async () => ok(undefined)),
        onCheckNow: vi.fn(async () => undefined),
      },
    });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('shows why the last check failed, and that nothing was changed', () => {
    renderOptions({
      refresh: {
        setting: { enabled: true, url: URL_ },
        status: {
          at: AT,
          url: URL_,
          outcome: 'failed',
          problems: [
            { key: 'fetchTimeout', subs: ['data.example.org', '20'] },
            'asOf: must be a date',
          ],
        },
        onToggle: vi.fn(async () => ok(undefined)),
        onCheckNow: vi.fn(async () => undefined),
      },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Last check, .*2025.*, failed; nothing was changed:/);
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['data.example.org did not answer within 20 seconds.', 'asOf: must be a date']);
  });

  it('switches the daily check and checks now', async () => {
    const refresh = {
      setting: { enabled: false, url: URL_ },
      status: null,
      onToggle: vi.fn(async () => ok(undefined)),
      onCheckNow: vi.fn(async () => undefined),
    };
    renderOptions({ refresh });
    expect(screen.getByText('Not checked yet.')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('checkbox', { name: `Check ${URL_} every day and apply new versions` }),
    );
    expect(refresh.onToggle).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(refresh.onCheckNow).toHaveBeenCalledTimes(1));
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
        err({ key: 'storageFull' as const, subs: ['QUOTA_BYTES_PER_ITEM quota exceeded'] }),
      ),
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Underline' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This setting was not saved:');
    expect(alert.textContent).toContain('QUOTA_BYTES_PER_ITEM quota exceeded');
  });
});

describe('Options: when a part of the page throws', () => {
  /** Data that passed no check: the summary throws on its missing actors while rendering. */
  const unrenderable = {
    dataset: { ...bundled, actors: undefined as never },
    source: 'imported' as const,
  };

  it('shows what went wrong and keeps undo, reset and export working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const props = renderOptions({
      active: unrenderable,
      undoTarget: { title: 'Before', version: '1' },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This page could not be shown in full.');
    expect(alert.textContent).toContain('Something went wrong:');
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    await waitFor(() => expect(props.data.onUndo).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the bundled data' }));
    await waitFor(() => expect(props.data.onReset).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    expect(props.data.onExport).toHaveBeenCalled();
  });

  it('shows the whole page again once the data in use changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const props = renderOptions({ active: unrenderable });
    expect(screen.queryByRole('region', { name: 'Highlights' })).toBeNull();
    cleanup();
    const { rerender } = render(<Options {...props} />);
    rerender(<Options {...props} active={{ dataset: bundled, source: 'bundled' }} />);
    expect(screen.getByText('bundled with the extension')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
