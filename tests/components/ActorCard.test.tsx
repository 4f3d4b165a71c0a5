import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../components/card/ActorCard';
import { actorView, type ActorView } from '../../utils/shared/dataset/actorView';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { roundsDataset } from '../fixtures/roundsDataset';
import { t, tDe } from '../support/translate';

afterEach(cleanup);

// A fixed dataset: the bundled one is researched and changes; these tests are about the card.
function viewOf(id: string, dataset: Dataset = roundsDataset): ActorView {
  const view = actorView(dataset, id);
  if (!view) throw new Error(`no actor "${id}" in the dataset`);
  return view;
}

/** The fixture with one change to Umerov's first position, as a test needs it. */
function withUmerovSource(url: string): Dataset {
  const dataset = structuredClone(roundsDataset);
  const position = dataset.actors.find((a) => a.id === 'rustem-umerov')?.positions[0];
  if (!position) throw new Error('Umerov has no position to change');
  position.source = { name: 'Example News', url };
  return dataset;
}

describe('ActorCard for Vladimir Medinsky', () => {
  const renderMedinsky = () => {
    const onSelectActor = vi.fn<(id: string) => void>();
    const onClose = vi.fn<() => void>();
    render(
      <ActorCard
        day="2025-05-16"
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
    expect(within(card).getByText('Владимир Мединский').getAttribute('lang')).toBe('ru');
    expect(card.querySelector('.chip')?.textContent).toBe('Russia');
  });

  it('shows his English role and the article’s day it holds on', () => {
    renderMedinsky();
    const role = screen.getByText('Aide to the President of Russia');
    expect(role.textContent).toContain('on May 16, 2025');
  });

  it('shows that he heads the Russian delegation, with the round and its date', () => {
    renderMedinsky();
    const delegation = screen.getByRole('heading', { name: 'Russian delegation' }).parentElement;
    if (!delegation) throw new Error('the delegation heading has no section');
    expect(delegation.textContent).toContain('head of delegation');
    expect(delegation.textContent).not.toMatch(/\bmember\b ·/);
    expect(delegation.textContent).toContain('First round of talks in Istanbul');
    expect(delegation.textContent).toContain('May 16, 2025');
  });

  it('lists the other members as buttons, without himself', () => {
    renderMedinsky();
    const others = screen.getByRole('list', { name: 'Other members' });
    expect(
      within(others)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Alexander Fomin']);
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
    expect(screen.getByText('Data: Rounds fixture, as of July 31, 2025')).toBeTruthy();
  });
});

describe('ActorCard for a delegation member', () => {
  it('shows him as a member and marks the head among the others', () => {
    render(
      <ActorCard
        day="2025-05-16"
        view={viewOf('alexander-fomin')}
        lang="en"
        t={t}
        onSelectActor={vi.fn()}
      />,
    );
    const delegation = screen.getByRole('heading', { name: 'Russian delegation' }).parentElement;
    expect(delegation?.textContent).toMatch(/^Russian delegationmember · /);
    expect(
      screen.getByRole('button', { name: 'Vladimir Medinsky (head of delegation)' }),
    ).toBeTruthy();
  });

  it('has no close button without onClose, and inert member buttons without onSelectActor', () => {
    render(<ActorCard day="2025-05-16" view={viewOf('alexander-fomin')} lang="en" t={t} />);
    expect(screen.queryByRole('button', { name: 'Close card' })).toBeNull();
    const medinsky = screen.getByRole('button', { name: /Vladimir Medinsky/ });
    expect((medinsky as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ActorCard for Rustem Umerov', () => {
  it('shows his position, the quote in his words with its language, and the date', () => {
    render(<ActorCard day="2025-05-16" view={viewOf('rustem-umerov')} lang="en" t={t} />);
    expect(screen.getByRole('heading', { name: 'Stated positions' })).toBeTruthy();
    expect(screen.getByText('Said Ukraine came ready for a ceasefire.')).toBeTruthy();
    const quote = document.querySelector('blockquote');
    expect(quote?.getAttribute('lang')).toBe('uk');
    expect(quote?.textContent).toBe('“Ми готові до припинення вогню”');
    const source = screen.getByText('Ukrainska Pravda');
    expect(source.parentElement?.textContent).toBe('May 16, 2025 · Ukrainska Pravda');
  });

  it('speaks German when asked to', () => {
    render(
      <ActorCard
        day="2025-05-16"
        view={viewOf('rustem-umerov')}
        lang="de"
        t={tDe}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByText('Verteidigungsminister der Ukraine').textContent).toContain(
      'am 16. Mai 2025',
    );
    expect(screen.queryByText('Minister of Defence of Ukraine')).toBeNull();
    expect(screen.getByText(/^Sagte, die Ukraine sei/)).toBeTruthy();
    expect(document.querySelector('.translation')?.textContent).toContain(
      '(Übersetzung des Zitats)',
    );
    expect(screen.getByRole('button', { name: 'Karte schließen' })).toBeTruthy();
  });

  it('renders a javascript: source URL as plain text, never as a link', () => {
    const { container } = render(
      <ActorCard
        day="2025-05-16"
        view={viewOf('rustem-umerov', withUmerovSource('javascript:alert(1)'))}
        lang="en"
        t={t}
      />,
    );
    expect(screen.getByText('Example News').tagName).toBe('SPAN');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('links an https source, in a new tab that cannot reach back', () => {
    render(
      <ActorCard
        day="2025-05-16"
        view={viewOf('rustem-umerov', withUmerovSource('https://example.org/story'))}
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
    const dataset = structuredClone(roundsDataset);
    const medinsky = dataset.actors.find((a) => a.id === 'vladimir-medinsky');
    if (!medinsky) throw new Error('no Medinsky');
    medinsky.name = name;
    medinsky.nativeNames = { ru: `<b>${name}</b>` };
    const { container } = render(
      <ActorCard day="2025-05-16" view={viewOf('vladimir-medinsky', dataset)} lang="en" t={t} />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(name);
    expect(screen.getByText(`<b>${name}</b>`)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
