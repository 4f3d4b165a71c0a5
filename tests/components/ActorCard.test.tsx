import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../components/ActorCard';
import { actorView, type ActorView } from '../../utils/dataset/actorView';
import { bundledDataset } from '../../utils/dataset/bundled';
import type { Dataset } from '../../utils/dataset/schema';
import { t, tDe } from '../support/translate';

afterEach(cleanup);

function viewOf(id: string, dataset: Dataset = bundledDataset()): ActorView {
  const view = actorView(dataset, id);
  if (!view) throw new Error(`no actor "${id}" in the dataset`);
  return view;
}

/** The bundled dataset with one change to Zelenskyy's first position, as a test needs it. */
function withZelenskyySource(url: string): Dataset {
  const dataset = structuredClone(bundledDataset());
  const zelenskyy = dataset.actors.find((a) => a.id === 'volodymyr-zelenskyy');
  const position = zelenskyy?.positions[0];
  if (!position) throw new Error('Zelenskyy has no position to change');
  position.source = { name: 'Example News', url };
  return dataset;
}

describe('ActorCard for Vladimir Medinsky', () => {
  const renderMedinsky = () => {
    const onSelectActor = vi.fn<(id: string) => void>();
    const onClose = vi.fn<() => void>();
    render(
      <ActorCard
        view={viewOf('vladimir-medinsky')}
        lang="en"
        t={t}
        onClose={onClose}
        onSelectActor={onSelectActor}
      />,
    );
    return { onSelectActor, onClose };
  };

  it('is a dialog named after him, with his native name and category', () => {
    renderMedinsky();
    const card = screen.getByRole('dialog', { name: 'Vladimir Medinsky' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Medinsky');
    expect(within(card).getByText('Владимир Мединский')).toBeTruthy();
    expect(card.querySelector('.chip')?.textContent).toBe('Russia');
  });

  it('shows his English role and the date it holds for', () => {
    renderMedinsky();
    const role = screen.getByText('Aide to the President of Russia; Minister of Culture 2012–2020');
    expect(role.textContent).toContain('as of May 14, 2025');
  });

  it('shows that he heads the Russian delegation, with the event and its date', () => {
    renderMedinsky();
    const delegation = screen.getByRole('heading', { name: 'Russian delegation' }).parentElement;
    if (!delegation) throw new Error('the delegation heading has no section');
    expect(delegation.textContent).toContain('head of delegation');
    expect(delegation.textContent).not.toMatch(/\bmember\b ·/);
    expect(delegation.textContent).toContain('Direct Russia–Ukraine talks in Istanbul');
    expect(delegation.textContent).toContain('May 16, 2025');
  });

  it('lists the other members as buttons, without himself', () => {
    renderMedinsky();
    const others = screen.getByRole('list', { name: 'Other members' });
    expect(
      within(others)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Alexander Fomin', 'Mikhail Galuzin', 'Igor Kostyukov']);
  });

  it('switches to a fellow member when the reader clicks their name', () => {
    const { onSelectActor } = renderMedinsky();
    fireEvent.click(screen.getByRole('button', { name: 'Alexander Fomin' }));
    expect(onSelectActor).toHaveBeenCalledTimes(1);
    expect(onSelectActor).toHaveBeenCalledWith('alexander-fomin');
  });

  it('closes with its close button', () => {
    const { onClose, onSelectActor } = renderMedinsky();
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSelectActor).not.toHaveBeenCalled();
  });

  it('says that no positions are recorded', () => {
    renderMedinsky();
    expect(screen.getByText('No stated positions recorded.')).toBeTruthy();
  });

  it('names the data it comes from', () => {
    renderMedinsky();
    expect(screen.getByText('Data: Istanbul talks, May 2025, as of May 14, 2025')).toBeTruthy();
  });
});

describe('ActorCard for a delegation member', () => {
  it('shows him as a member and marks the head among the others', () => {
    render(<ActorCard view={viewOf('alexander-fomin')} lang="en" t={t} onSelectActor={vi.fn()} />);
    const delegation = screen.getByRole('heading', { name: 'Russian delegation' }).parentElement;
    expect(delegation?.textContent).toMatch(/^Russian delegationmember · /);
    expect(
      screen.getByRole('button', { name: 'Vladimir Medinsky (head of delegation)' }),
    ).toBeTruthy();
  });

  it('has no close button without onClose, and inert member buttons without onSelectActor', () => {
    render(<ActorCard view={viewOf('alexander-fomin')} lang="en" t={t} />);
    expect(screen.queryByRole('button', { name: 'Close card' })).toBeNull();
    const medinsky = screen.getByRole('button', { name: /Vladimir Medinsky/ });
    expect((medinsky as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ActorCard for Volodymyr Zelenskyy', () => {
  it('shows his position, the quote in quotation marks with its language, and the date', () => {
    render(<ActorCard view={viewOf('volodymyr-zelenskyy')} lang="en" t={t} />);
    expect(screen.getByRole('heading', { name: 'Stated positions' })).toBeTruthy();
    expect(
      screen.getByText(
        'Challenged Putin to meet him in person in Turkey; ready to fly to Istanbul, but only if Putin attends.',
      ),
    ).toBeTruthy();
    const quote = document.querySelector('blockquote');
    expect(quote?.getAttribute('lang')).toBe('de');
    expect(quote?.textContent).toBe(
      '“Wenn Putin nicht ankommt und Spiele spielt, ist dies der letzte Beweis, dass er den Krieg nicht beenden will” (translation)',
    );
    const source = screen.getByText(
      'Seed report on the Istanbul talks (German machine translation, 14 May 2025)',
    );
    expect(source.parentElement?.textContent).toMatch(/^May 13, 2025 · Seed report/);
  });

  it('does not mark an original quote as a translation', () => {
    const dataset = structuredClone(bundledDataset());
    const quote = dataset.actors.find((a) => a.id === 'volodymyr-zelenskyy')?.positions[0]?.quote;
    if (!quote) throw new Error('Zelenskyy has no quote');
    quote.translated = false;
    render(<ActorCard view={viewOf('volodymyr-zelenskyy', dataset)} lang="en" t={t} />);
    expect(document.querySelector('blockquote')?.textContent).not.toContain('translation');
  });

  it('speaks German when asked to', () => {
    render(<ActorCard view={viewOf('volodymyr-zelenskyy')} lang="de" t={tDe} onClose={vi.fn()} />);
    expect(screen.getByText('Präsident der Ukraine').textContent).toContain('Stand: 14. Mai 2025');
    expect(screen.queryByText('President of Ukraine')).toBeNull();
    expect(screen.getByText(/^Forderte Putin zu einem persönlichen Treffen/)).toBeTruthy();
    expect(document.querySelector('blockquote')?.textContent).toContain('(Übersetzung)');
    expect(screen.getByRole('button', { name: 'Karte schließen' })).toBeTruthy();
  });

  it('renders a javascript: source URL as plain text, never as a link', () => {
    const { container } = render(
      <ActorCard
        view={viewOf('volodymyr-zelenskyy', withZelenskyySource('javascript:alert(1)'))}
        lang="en"
        t={t}
      />,
    );
    expect(screen.getByText('Example News').tagName).toBe('SPAN');
    expect(container.querySelector('a')).toBeNull();
  });

  it('links an https source, in a new tab that cannot reach back', () => {
    render(
      <ActorCard
        view={viewOf('volodymyr-zelenskyy', withZelenskyySource('https://example.org/story'))}
        lang="en"
        t={t}
      />,
    );
    const link = screen.getByRole('link', { name: 'Example News' });
    expect(link.getAttribute('href')).toBe('https://example.org/story');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
  });
});

describe('ActorCard with hostile data', () => {
  it('shows markup in a name as literal text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const dataset = structuredClone(bundledDataset());
    const putin = dataset.actors.find((a) => a.id === 'vladimir-putin');
    if (!putin) throw new Error('no Putin');
    putin.name = name;
    putin.nativeName = `<b>${name}</b>`;
    const { container } = render(
      <ActorCard view={viewOf('vladimir-putin', dataset)} lang="en" t={t} />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(name);
    expect(screen.getByText(`<b>${name}</b>`)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
