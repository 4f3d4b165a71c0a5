import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetImport } from '../../components/DatasetImport';
import { Options } from '../../components/Options';
import { bundledDataset } from '../../utils/dataset/bundled';
import type { Dataset } from '../../utils/dataset/schema';
import { validateDataset } from '../../utils/dataset/validate';
import { err, ok, type Result } from '../../utils/result';
import { t } from '../support/translate';

afterEach(cleanup);

type OnImport = (text: string) => Promise<Result<Dataset, string[]>>;

/** Chooses a file in the import's file input, as the reader would in the file dialog. */
function choose(text: string, name = 'actors.json') {
  const input = screen.getByLabelText(/Import a dataset/) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function renderImport(onImport: OnImport) {
  const mock = vi.fn(onImport);
  render(<DatasetImport t={t} onImport={mock} />);
  return mock;
}

describe('DatasetImport', () => {
  it('accepts only JSON files', () => {
    renderImport(async () => err(['unused']));
    const input = screen.getByLabelText(/Import a dataset/) as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
  });

  it('passes the chosen file’s text to onImport', async () => {
    const onImport = renderImport(async () => err(['nope']));
    choose('{"title": "Tëst"}');
    await screen.findByRole('alert');
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(onImport).toHaveBeenCalledWith('{"title": "Tëst"}');
  });

  it('does nothing when the dialog is cancelled (no file)', () => {
    const onImport = renderImport(async () => err(['nope']));
    const input = screen.getByLabelText(/Import a dataset/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [], configurable: true });
    fireEvent.change(input);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says it is checking while onImport works', async () => {
    let finish: (result: Result<Dataset, string[]>) => void = () => {};
    renderImport(() => new Promise((resolve) => (finish = resolve)));
    choose('{}');
    expect(await screen.findByText('Checking the file…')).toBeTruthy();
    finish(err(['broken']));
    await screen.findByRole('alert');
    expect(screen.queryByText('Checking the file…')).toBeNull();
  });

  it('lists every problem of a refused file in an alert', async () => {
    renderImport(async (text) => validateDataset(text));
    const data = structuredClone(bundledDataset()) as Dataset & Record<string, unknown>;
    delete (data as Partial<Dataset>).title;
    data.asOf = 'yesterday';
    data.comment = 'draft';
    choose(JSON.stringify(data));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/This file was not imported/)).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual((validateDataset(data) as { error: string[] }).error);
    expect(within(alert).getAllByRole('listitem')).toHaveLength(3);
    expect(alert.textContent).toContain('asOf: must be a date like "2025-05-14"');
    expect(alert.textContent).toContain('comment: Invalid key');
  });

  it('shows a JSON syntax error with where it is', async () => {
    renderImport(async (text) => validateDataset(text));
    choose('{\n  "title": "x",\n}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not valid JSON: .*line 3 column 1/);
  });

  it('shows the title and actor count of an imported dataset', async () => {
    const dataset = bundledDataset();
    renderImport(async () =>
      ok({ ...dataset, title: 'Geneva talks', actors: dataset.actors.slice(0, 3) }),
    );
    choose('{}');
    expect(
      await screen.findByText('Imported “Geneva talks” with 3 actors. Open tabs update at once.'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces an earlier failure by the success of a later file', async () => {
    const onImport = renderImport(async (text) => validateDataset(text));
    choose('not json');
    await screen.findByRole('alert');
    const bundled = bundledDataset();
    choose(JSON.stringify(bundled));
    const done = `Imported “${bundled.title}” with ${bundled.actors.length} actors`;
    expect(await screen.findByText((text) => text.startsWith(done))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onImport).toHaveBeenCalledTimes(2);
  });
});

describe('Options', () => {
  it('shows the data in force and imports through its onImport', async () => {
    const onImport = vi.fn<OnImport>(async (text) => validateDataset(text));
    render(
      <Options
        active={{ dataset: bundledDataset(), source: 'bundled' }}
        lang="en"
        t={t}
        onImport={onImport}
        shortcuts={[]}
        browser="chrome"
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dramatis settings');
    expect(screen.getByText('bundled with the extension')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    choose('[]');
    const alert = await screen.findByRole('alert');
    expect(onImport).toHaveBeenCalledWith('[]');
    expect(alert.textContent).toContain('actors: Invalid key');
  });

  it('explains why a stored dataset is not used, listing its problems', () => {
    render(
      <Options
        active={{
          dataset: bundledDataset(),
          source: 'bundled',
          storedProblems: ['actors[0].names[0]: must not be empty', 'asOf: must be a date'],
        }}
        lang="en"
        t={t}
        onImport={vi.fn<OnImport>()}
        shortcuts={[]}
        browser="chrome"
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The imported dataset is no longer valid');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['actors[0].names[0]: must not be empty', 'asOf: must be a date']);
  });
});
