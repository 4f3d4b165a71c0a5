import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetImport, type DatasetImportProps } from '../../components/options/DatasetImport';
import { DatasetPreview } from '../../components/options/DatasetPreview';
import { StoryFacts } from '../../components/options/StoryFacts';
import { ActorCard } from '../../components/card/ActorCard';
import { actorView } from '../../utils/shared/dataset/actorView';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { prepareCandidate, type Candidate } from '../../utils/shared/dataset/candidate';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { err, ok, type Result } from '../../utils/shared/result';
import type { Problem } from '../../utils/shared/problems/Problem';
import hostileFixture from '../fixtures/bad-data/html-in-strings.json';
import { migrateDataset } from '../../utils/shared/dataset/migrate';
import { formatDate } from '../../utils/shared/dates/formatDate';
import { t, tDe } from '../support/translate';
import { english } from '../support/problemTexts';
import { problemAt } from '../../utils/shared/problems/Problem';

afterEach(cleanup);

const bundled = bundledDataset();
type Prepared = Promise<Result<Candidate, Problem[]>>;

/** Chooses a file in the import's file input, as the reader would in the file dialog. */
function choose(text: string, name = 'actors.json') {
  const input = screen.getByLabelText(/Import a dataset/) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** The installed stories' data by story id: only the bundled story. */
const installed = (id: string) => (id === bundled.story.id ? bundled : null);

/** What the options page does: validate against the installed story, store nothing. */
const realPrepare = {
  file: async (file: File): Prepared =>
    prepareCandidate(new Uint8Array(await file.arrayBuffer()), installed, {
      kind: 'file',
      name: file.name,
    }),
  text: async (text: string): Prepared =>
    prepareCandidate(text, installed, { kind: 'paste', name: '' }),
};

function renderImport(overrides: Partial<DatasetImportProps> = {}) {
  const props = {
    onPrepareFile: vi.fn(realPrepare.file),
    onPrepareText: vi.fn(realPrepare.text),
    onPrepareUrl: vi.fn(async (): Prepared =>
      err([{ message: { key: 'urlNotHttps', subs: ['x'] } }]),
    ),
    onApply: vi.fn(async () => ok({})),
    ...overrides,
  } satisfies Omit<DatasetImportProps, 'lang' | 't'>;
  render(<DatasetImport lang="en" t={t} {...props} />);
  return props;
}

/** The bundled data with one actor added, one removed and one changed. */
function nextDataset(): Dataset {
  const next = structuredClone(bundled);
  next.title = 'Istanbul talks, day 2';
  next.version = '2';
  const removed = next.actors.findIndex((a) => a.id === 'lindsey-graham');
  next.actors.splice(removed, 1);
  const changed = next.actors.find((a) => a.id === 'sergei-lavrov')!;
  changed.roles = [{ ...changed.roles[0]!, en: 'Former foreign minister' }];
  next.actors.push({
    ...structuredClone(changed),
    id: 'ursula-von-der-leyen',
    name: 'Ursula von der Leyen',
    names: ['Ursula von der Leyen', 'von der Leyen'],
    // Native names are matched as names: a copy must not keep Lavrov's.
    nativeNames: undefined,
    nativeLang: undefined,
    positions: [],
  });
  return next;
}

const list = (heading: RegExp) =>
  within(screen.getByRole('heading', { name: heading }).parentElement!)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('DatasetImport: refusing', () => {
  it('accepts only JSON files', () => {
    renderImport();
    const input = screen.getByLabelText(/Import a dataset/) as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
  });

  it('passes the chosen file to onPrepareFile', async () => {
    const props = renderImport();
    choose('{"title": "Tëst"}', 'mine.json');
    await screen.findByRole('alert');
    expect(props.onPrepareFile).toHaveBeenCalledTimes(1);
    const file = vi.mocked(props.onPrepareFile).mock.calls[0]![0];
    expect(file.name).toBe('mine.json');
    expect(await file.text()).toBe('{"title": "Tëst"}');
  });

  it('does nothing when the dialog is cancelled (no file)', () => {
    const props = renderImport();
    const input = screen.getByLabelText(/Import a dataset/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [], configurable: true });
    fireEvent.change(input);
    expect(props.onPrepareFile).not.toHaveBeenCalled();
  });

  it('says it is checking while the file is prepared', async () => {
    let finish: (result: Result<Candidate, Problem[]>) => void = () => {};
    renderImport({ onPrepareFile: () => new Promise((resolve) => (finish = resolve)) });
    choose('{}');
    expect(await screen.findByText('Checking the file…')).toBeTruthy();
    finish(err([{ message: { text: 'broken' } }]));
    await screen.findByRole('alert');
    expect(screen.queryByText('Checking the file…')).toBeNull();
  });

  it('lists every problem of a refused file in an alert', async () => {
    renderImport();
    const data = structuredClone(bundled) as Dataset & Record<string, unknown>;
    delete (data as Partial<Dataset>).title;
    data.asOf = 'yesterday';
    data.comment = 'draft';
    choose(JSON.stringify(data));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/This file was not imported/)).toBeTruthy();
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(english((validateDataset(data) as { error: Problem[] }).error));
    expect(items).toHaveLength(3);
    expect(alert.textContent).toContain('asOf: must be a date like "2025-05-14"');
    expect(alert.textContent).toContain('comment: Invalid key');
  });

  it('shows a JSON syntax error with where it is', async () => {
    renderImport();
    choose('{\n  "title": "x",\n}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not valid JSON: .*line 3 column 1/);
  });

  it('lists the first 100 problems of a file with thousands, and counts the rest', async () => {
    const problems = Array.from({ length: 2_345 }, (_, i) =>
      problemAt(`actors[${i}].name`, 'problemEmpty'),
    );
    renderImport({ onPrepareFile: async () => err(problems) });
    choose('{}');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(100);
    expect(alert.textContent).toContain('… and 2245 more.');
  });

  it('shows the reason a URL was refused, in the reader’s language', async () => {
    renderImport({
      onPrepareUrl: vi.fn(async (): Prepared =>
        err([{ message: { key: 'urlNotHttps', subs: ['http://127.0.0.1/a.json'] } }]),
      ),
    });
    fireEvent.input(screen.getByLabelText(/fetch it from a web address/), {
      target: { value: 'http://127.0.0.1/a.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'http://127.0.0.1/a.json is not an https address: Dramatis fetches data only over https.',
    );
  });
});

describe('DatasetImport: preview, apply, cancel', () => {
  it('previews what a valid file changes before anything is applied', async () => {
    const props = renderImport();
    choose(JSON.stringify(nextDataset()), 'day2.json');
    const preview = await screen.findByRole('region', { name: 'Preview: check before applying' });
    expect(props.onApply).not.toHaveBeenCalled();
    const text = preview.textContent ?? '';
    expect(text).toContain(`Istanbul talks, day 2 (was: ${bundled.title})`);
    expect(text).toContain(`2 (was: ${bundled.version})`);
    expect(text).toContain('the file “day2.json”');
    expect(list(/Actors added \(1\)/)).toEqual(['Ursula von der Leyen']);
    expect(list(/Actors removed \(1\)/)).toEqual(['Lindsey Graham']);
    expect(list(/Actors changed \(1\)/)).toEqual(['Sergei Lavrov: changed role']);
    expect(screen.queryByRole('heading', { name: /Categories/ })).toBeNull();
    const heading = screen.getByRole('heading', { name: /Preview/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('names the installed story a file replaces', async () => {
    renderImport();
    choose(JSON.stringify(nextDataset()), 'day2.json');
    const preview = await screen.findByRole('region', { name: 'Preview: check before applying' });
    expect(preview.textContent).toContain(
      `Replaces the installed story “${bundled.story.title.en}”:`,
    );
    expect(preview.textContent).not.toContain('New story');
  });

  it('previews a file of another story as a new story, with no diff', async () => {
    const other = structuredClone(nextDataset());
    other.story = {
      ...other.story,
      id: 'other-story',
      title: { en: 'Another story', de: 'Ein anderes Thema' },
      summary: { en: 'What it is about.', de: 'Worum es geht.' },
    };
    const props = renderImport();
    choose(JSON.stringify(other), 'other.json');
    const preview = await screen.findByRole('region', { name: 'Preview: check before applying' });
    const text = preview.textContent ?? '';
    expect(text).toContain('New story: Another story');
    expect(text).toContain('What it is about.');
    expect(text).toContain('the file “other.json”');
    expect(text).not.toContain('(was:');
    expect(screen.queryByRole('heading', { name: /Actors added/ })).toBeNull();
    expect(within(preview).getByText('Actors').nextElementSibling?.textContent).toBe(
      String(other.actors.length),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(props.onApply).toHaveBeenCalled());
  });

  it('says a file replaces an installed story whose stored data is unusable, with no diff', async () => {
    renderImport({
      onPrepareText: vi.fn(async (text: string): Prepared =>
        prepareCandidate(text, () => 'unusable', { kind: 'paste', name: '' }),
      ),
    });
    fireEvent.input(screen.getByLabelText('Or paste the JSON:'), {
      target: { value: JSON.stringify(nextDataset()) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const preview = await screen.findByRole('region', { name: 'Preview: check before applying' });
    const text = preview.textContent ?? '';
    expect(text).toContain(`Replaces the installed story “${bundled.story.title.en}”:`);
    expect(text).toContain('Its stored data is no longer valid and not used');
    expect(text).not.toContain('New story');
    expect(text).not.toContain('(was:');
  });

  it('says that a version 1 file was converted, and not for a current one', async () => {
    renderImport();
    choose(JSON.stringify(hostileFixture), 'old.json');
    await screen.findByRole('region', { name: 'Preview: check before applying' });
    expect(screen.getByText(/older data format \(schema version 1\)/)).toBeTruthy();
    cleanup();
    renderImport();
    choose(JSON.stringify(nextDataset()), 'day2.json');
    await screen.findByRole('region', { name: 'Preview: check before applying' });
    expect(screen.queryByText(/older data format/)).toBeNull();
  });

  it('says when a file would change nothing', async () => {
    renderImport();
    choose(JSON.stringify(bundled));
    expect(await screen.findByText(/This is the data already in use/)).toBeTruthy();
  });

  it('applies on "Apply" and says so', async () => {
    const props = renderImport();
    choose(JSON.stringify(nextDataset()));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByText(
        `Imported “Istanbul talks, day 2” with ${bundled.actors.length} actors. Open tabs update at once.`,
      ),
    ).toBeTruthy();
    expect(props.onApply).toHaveBeenCalledWith(
      expect.objectContaining({
        dataset: nextDataset(),
        source: { kind: 'file', name: 'actors.json' },
      }),
      { daily: false },
    );
    expect(screen.queryByRole('region', { name: /Preview/ })).toBeNull();
  });

  it('applies nothing on "Cancel", and tells which candidate was cancelled', async () => {
    const onCancel = vi.fn();
    const props = renderImport({ onCancel });
    choose(JSON.stringify(nextDataset()));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Cancelled: the data in use is unchanged.')).toBeTruthy();
    expect(props.onApply).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledWith(
      expect.objectContaining({ source: { kind: 'file', name: 'actors.json' } }),
    );
    expect(screen.queryByRole('region', { name: /Preview/ })).toBeNull();
  });

  it('reports a full storage quota on apply: nothing was changed', async () => {
    renderImport({
      onApply: vi.fn(async () =>
        err([{ message: { key: 'storageFull' as const, subs: ['QUOTA_BYTES quota exceeded'] } }]),
      ),
    });
    choose(JSON.stringify(nextDataset()));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was changed:');
    expect(alert.textContent).toContain('storage for Dramatis is full');
    expect(alert.textContent).toContain('QUOTA_BYTES quota exceeded');
  });

  it('checks pasted JSON the same way', async () => {
    const props = renderImport();
    const text = JSON.stringify(nextDataset());
    fireEvent.input(screen.getByLabelText('Or paste the JSON:'), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('region', { name: /Preview/ });
    expect(props.onPrepareText).toHaveBeenCalledWith(text);
    expect(screen.getByRole('region', { name: /Preview/ }).textContent).toContain('pasted text');
  });

  it('starts a URL fetch within the click (for the permission prompt) and passes “daily” on', async () => {
    let calledDuringClick = false;
    let inClick = false;
    const onPrepareUrl = vi.fn(async (url: string): Prepared => {
      calledDuringClick = inClick;
      return prepareCandidate(JSON.stringify(nextDataset()), bundled, { kind: 'url', name: url });
    });
    const props = renderImport({ onPrepareUrl });
    fireEvent.input(screen.getByLabelText(/fetch it from a web address/), {
      target: { value: 'https://data.example.org/cast.json' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Check this address every day/ }));
    inClick = true;
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    inClick = false;
    expect(calledDuringClick).toBe(true);
    expect(onPrepareUrl).toHaveBeenCalledWith('https://data.example.org/cast.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(props.onApply).toHaveBeenCalled());
    expect(vi.mocked(props.onApply).mock.calls[0]![1]).toEqual({ daily: true });
  });
});

describe('DatasetPreview', () => {
  it('lists the first 50 entries of a long list and counts the rest', () => {
    const next = structuredClone(bundled);
    const template = next.actors.find((a) => a.id === 'sergei-lavrov')!;
    for (let i = 0; i < 120; i++) {
      next.actors.push({
        ...template,
        id: `extra-${i}`,
        name: `Extra ${i}`,
        names: [`Extra Person ${i}`],
        nativeNames: undefined,
        nativeLang: undefined,
      });
    }
    const candidate = prepareCandidate(JSON.stringify(next), bundled, { kind: 'paste', name: '' });
    if (!candidate.ok) throw new Error(String(candidate.error));
    render(<DatasetPreview candidate={candidate.value} lang="en" t={t} />);
    expect(list(/Actors added \(120\)/)).toHaveLength(50);
    expect(screen.getByText('… and 70 more')).toBeTruthy();
    expect(screen.getByText(`${bundled.actors.length} actors stay as they are.`)).toBeTruthy();
  });

  it('names changed categories and delegations with the fields that changed', () => {
    const next = structuredClone(bundled);
    next.categories[0]!.color = '#000000';
    next.delegations[0]!.round = next.rounds[0]!.id;
    next.delegations[0]!.members = next.delegations[0]!.members.slice(0, 1);
    const candidate = prepareCandidate(JSON.stringify(next), bundled, { kind: 'paste', name: '' });
    if (!candidate.ok) throw new Error(String(candidate.error));
    render(<DatasetPreview candidate={candidate.value} lang="de" t={t} />);
    expect(list(/Categories changed \(1\)/)).toEqual([
      `${bundled.categories[0]!.label.de}: changed colour`,
    ]);
    expect(list(/Delegations changed \(1\)/)).toEqual([
      `${bundled.delegations[0]!.name.de}: changed members`,
    ]);
  });
});

describe('the preview of a file that changes only a round', () => {
  it('lists the round with the fields that changed, not "already in use"', () => {
    const next = structuredClone(bundled);
    next.rounds[0]!.outcome = { en: 'A new outcome.', de: 'Ein neues Ergebnis.' };
    const candidate = prepareCandidate(JSON.stringify(next), bundled, { kind: 'paste', name: '' });
    if (!candidate.ok) throw new Error(String(candidate.error));
    expect(candidate.value.diff?.same).toBe(false);
    render(<DatasetPreview candidate={candidate.value} lang="en" t={t} />);
    expect(list(/Rounds changed \(1\)/)).toEqual([
      `${bundled.rounds[0]!.title.en} (${formatDate(bundled.rounds[0]!.date, 'en')}): changed outcome`,
    ]);
  });

  it('names the changed fields in the reader’s language, not by their keys', () => {
    const candidate = prepareCandidate(JSON.stringify(nextDataset()), bundled, {
      kind: 'paste',
      name: '',
    });
    if (!candidate.ok) throw new Error(String(candidate.error));
    const { container } = render(<DatasetPreview candidate={candidate.value} lang="de" t={tDe} />);
    expect(container.textContent).toContain('Sergei Lavrov: geändert: Rolle');
    expect(container.textContent).not.toMatch(/geändert: role/);
  });
});

describe('strings from a data file are text, never markup', () => {
  // A version 1 file: the import migrates it, so the test does too.
  const hostile = migrateDataset(hostileFixture).value as Dataset;

  const expectNoMarkup = (root: Element) => {
    expect(root.querySelector('script, img, iframe, style, b, a[href^="javascript"]')).toBeNull();
  };

  it('in the preview and a story’s facts', async () => {
    const candidate = prepareCandidate(JSON.stringify(hostile), bundled, {
      kind: 'file',
      name: '<img src=x onerror=alert(1)>.json',
    });
    if (!candidate.ok) throw new Error(String(candidate.error));
    const { container } = render(
      <>
        <DatasetPreview candidate={candidate.value} lang="en" t={t} />
        <StoryFacts
          story={{
            id: hostile.story.id,
            title: hostile.story.title,
            summary: hostile.story.summary,
            bundled: false,
            enabled: true,
            source: { kind: 'file', name: '<b onmouseover=alert(1)>x</b>.json', appliedAt: 0 },
            version: hostile.version,
            undoTarget: null,
            refresh: null,
            refreshStatus: null,
          }}
          lang="en"
          t={t}
        />
      </>,
    );
    expectNoMarkup(container);
    expect(container.textContent).toContain('<script>alert("title")</script>Cast');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>Vladimir Putin');
    expect(container.textContent).toContain('the file “<img src=x onerror=alert(1)>.json”');
    expect(container.textContent).toContain('the file “<b onmouseover=alert(1)>x</b>.json”');
  });

  it('on the card', () => {
    const view = actorView(hostile, 'vladimir-putin')!;
    const { container } = render(<ActorCard day="2025-05-16" view={view} lang="en" t={t} />);
    expectNoMarkup(container);
    for (const text of [
      '<img src=x onerror=alert(1)>Vladimir Putin',
      '<a href="javascript:alert(1)">President</a>',
      '<iframe src="https://example.org"></iframe>Talks',
      '</p><script>alert(2)</script>',
      '<style>*{display:none}</style>Kremlin',
      '<b onmouseover=alert(1)>Russia</b>',
    ]) {
      expect(container.textContent).toContain(text);
    }
  });
});
