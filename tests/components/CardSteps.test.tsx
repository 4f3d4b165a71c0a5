import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../components/card/ActorCard';
import { Popup } from '../../components/popup/Popup';
import { actorView } from '../../utils/shared/dataset/actorView';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { t } from '../support/translate';

afterEach(cleanup);

const dataset = bundledDataset();

describe('the card’s name as the page prints it', () => {
  it('heads the card with the printed spelling and shows the dataset’s name under it', () => {
    render(
      <ActorCard
        view={actorView(dataset, 'volodymyr-zelenskyy')!}
        day="2025-05-16"
        lang="de"
        t={t}
        printedName="Wolodymyr Selenskyj"
      />,
    );
    const card = screen.getByRole('dialog', { name: 'Wolodymyr Selenskyj' });
    expect(card.querySelector('.dataset-name')?.textContent).toBe('Volodymyr Zelenskyy');
  });
});

describe('the card’s back step', () => {
  it('offers a way back after switching to another delegation member', () => {
    const onBack = vi.fn<() => void>();
    render(
      <ActorCard
        view={actorView(dataset, 'alexander-fomin')!}
        day="2025-05-16"
        lang="en"
        t={t}
        back={{ name: 'Vladimir Medinsky', onBack }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Back to Vladimir Medinsky/ }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('walks back in the popup’s details: member, then the first actor, then the cast', () => {
    render(
      <Popup
        dataset={dataset}
        hiddenCategories={new Set()}
        lang="en"
        t={t}
        onToggleCategory={() => undefined}
      />,
    );
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'medinski' } });
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Medinsky/ }));
    expect(screen.queryByRole('button', { name: /Back to Vladimir/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Alexander Fomin' }));
    fireEvent.click(screen.getByRole('button', { name: /Back to Vladimir Medinsky/ }));
    expect(screen.getByRole('dialog', { name: 'Vladimir Medinsky' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Back to Vladimir/ })).toBeNull();
  });
});
