import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../components/card/ActorCard';
import { MentionNav } from '../../components/card/MentionNav';
import { actorView } from '../../utils/shared/dataset/actorView';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { t } from '../support/translate';

afterEach(cleanup);

describe('MentionNav', () => {
  it('says which mention the card is on and steps both ways', () => {
    const onStep = vi.fn<(step: 1 | -1) => void>();
    render(<MentionNav current={1} total={3} t={t} onStep={onStep} />);
    expect(screen.getByRole('navigation').textContent).toContain('Mention 2 of 3 on this page');
    fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention' }));
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
  });

  it('has no step buttons for a single mention', () => {
    render(<MentionNav current={0} total={1} t={t} onStep={() => undefined} />);
    expect(screen.getByRole('navigation').textContent).toBe('1 mention on this page');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('counts the mentions of an actor the card switched to, and offers the first', () => {
    const onStep = vi.fn<(step: 1 | -1) => void>();
    render(<MentionNav current={-1} total={4} t={t} onStep={onStep} />);
    expect(screen.getByRole('navigation').textContent).toContain('4 mentions on this page');
    fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    expect(onStep).toHaveBeenCalledWith(1);
  });

  it('says so when the actor is not on the page', () => {
    render(<MentionNav current={-1} total={0} t={t} onStep={() => undefined} />);
    expect(screen.getByText('Not mentioned on this page')).toBeTruthy();
  });
});

describe('ActorCard pin and mentions', () => {
  const view = actorView(bundledDataset(), 'donald-trump')!;

  it('shows a pin button whose pressed state follows the prop', () => {
    const onTogglePin = vi.fn();
    const { rerender } = render(
      <ActorCard
        day="2025-05-16"
        view={view}
        lang="en"
        t={t}
        pinned={false}
        onTogglePin={onTogglePin}
      />,
    );
    const pin = screen.getByRole('button', { name: 'Keep this card open' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    expect(onTogglePin).toHaveBeenCalledOnce();
    rerender(
      <ActorCard day="2025-05-16" view={view} lang="en" t={t} pinned onTogglePin={onTogglePin} />,
    );
    expect(pin.getAttribute('aria-pressed')).toBe('true');
  });

  it('has no pin and no mention line where the card is not attached to a page', () => {
    render(<ActorCard day="2025-05-16" view={view} lang="en" t={t} />);
    expect(screen.queryByRole('button', { name: 'Keep this card open' })).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('is described by its role, so it is announced with name and role', () => {
    render(<ActorCard day="2025-05-16" view={view} lang="en" t={t} />);
    const dialog = screen.getByRole('dialog');
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('President of the United States');
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
  });
});

describe('ActorCard quotes with a translation', () => {
  it('shows the original words, then the translation in its own language, marked as such', () => {
    const dataset = structuredClone(bundledDataset());
    const zelenskyy = dataset.actors.find((a) => a.id === 'volodymyr-zelenskyy')!;
    zelenskyy.positions[0]!.quote = {
      text: 'Якщо Путін не приїде…',
      lang: 'uk',
      translations: { en: 'If Putin does not come…' },
    };
    render(<ActorCard day="2025-05-16" view={actorView(dataset, zelenskyy.id)!} lang="en" t={t} />);
    const original = screen.getByText(/Якщо Путін/);
    expect(original.closest('blockquote')?.getAttribute('lang')).toBe('uk');
    const translation = screen.getByText(/If Putin does not come/);
    expect(translation.getAttribute('lang')).toBe('en');
    expect(translation.textContent).toContain('translation of the quote');
  });
});
