import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../components/card/ActorCard';
import { Popup } from '../../components/popup/Popup';
import { QuoteBlock } from '../../components/card/QuoteBlock';
import { RoleLine } from '../../components/card/RoleLine';
import { RoundSwitcher } from '../../components/card/RoundSwitcher';
import { actorView } from '../../utils/shared/dataset/actorView';
import { roundsDataset } from '../fixtures/roundsDataset';
import { t, tDe } from '../support/translate';

afterEach(cleanup);

const umerov = roundsDataset.actors[0]!;
const view = (id: string) => actorView(roundsDataset, id)!;

describe('RoleLine', () => {
  it('shows the role held on the article’s day, without a "later" line when it is the latest', () => {
    render(<RoleLine roles={umerov.roles} day="2025-07-23" lang="en" t={t} />);
    const role = document.querySelector('.role');
    expect(role?.textContent).toBe(
      'Secretary of the National Security and Defence Council of Ukraine on July 23, 2025',
    );
    expect(document.querySelector('.role-later')).toBeNull();
  });

  it('shows the earlier office on an earlier day, and one line for the office taken later', () => {
    render(<RoleLine roles={umerov.roles} day="2025-05-16" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toBe(
      'Minister of Defence of Ukraine on May 16, 2025',
    );
    expect(document.querySelector('.role-later')?.textContent).toBe(
      'later: Secretary of the National Security and Defence Council of Ukraine, from July 18, 2025',
    );
  });

  it('says so in German', () => {
    render(<RoleLine roles={umerov.roles} day="2025-05-16" lang="de" t={tDe} />);
    expect(document.querySelector('.role')?.textContent).toBe(
      'Verteidigungsminister der Ukraine am 16. Mai 2025',
    );
    expect(document.querySelector('.role-later')?.textContent).toMatch(
      /^später: Sekretär des Nationalen .*, ab 18\. Juli 2025$/,
    );
  });

  it('gives the start of a role that began after the day, and the end of one that ended', () => {
    const roles = [{ en: 'Chancellor', de: 'Bundeskanzler', from: '2025-05-06', to: '2025-06-30' }];
    render(<RoleLine roles={roles} day="2025-04-01" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toBe('Chancellor from May 6, 2025');
    cleanup();
    render(<RoleLine roles={roles} day="2025-07-01" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toBe('Chancellor until June 30, 2025');
  });
});

describe('RoleLine past the data’s own date', () => {
  it('claims nothing for a day the data cannot vouch for: the role "as of" the data’s date', () => {
    render(<RoleLine roles={umerov.roles} day="2026-12-04" asOf="2025-11-30" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toBe(
      'Secretary of the National Security and Defence Council of Ukraine as of November 30, 2025',
    );
    cleanup();
    render(<RoleLine roles={umerov.roles} day="2025-11-30" asOf="2025-11-30" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toMatch(/on November 30, 2025$/);
  });
});

describe('RoundSwitcher', () => {
  const renderOn = (day: string) =>
    render(
      <RoundSwitcher memberships={view('rustem-umerov').memberships} day={day} lang="en" t={t} />,
    );

  it('shows the round nearest the article’s day, the others one click away', () => {
    renderOn('2025-07-25');
    const group = screen.getByRole('group', { name: 'Rounds of talks' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'May 16, 2025',
      'June 2, 2025',
      'July 23, 2025',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    expect(document.querySelector('.delegation')?.textContent).toContain(
      'Third round of talks in Istanbul',
    );
  });

  it('asks for another round with a click, and shows the one chosen', () => {
    const onChoose = vi.fn();
    const memberships = view('rustem-umerov').memberships;
    const { rerender } = render(
      <RoundSwitcher
        memberships={memberships}
        day="2025-05-16"
        lang="en"
        t={t}
        onChoose={onChoose}
      />,
    );
    expect(document.querySelector('.delegation')?.textContent).toContain('First round');
    fireEvent.click(screen.getByRole('button', { name: 'June 2, 2025' }));
    expect(onChoose).toHaveBeenCalledWith(1);
    rerender(
      <RoundSwitcher
        memberships={memberships}
        day="2025-05-16"
        chosen={1}
        lang="en"
        t={t}
        onChoose={onChoose}
      />,
    );
    const delegation = document.querySelector('.delegation')?.textContent;
    expect(delegation).toContain('Second round of talks in Istanbul');
    expect(delegation).toContain('Çırağan Palace, Istanbul');
    expect(delegation).toContain('Outcome of the second round');
    expect(screen.getByRole('button', { name: 'June 2, 2025' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('has no switcher for a single round', () => {
    const [only] = view('rustem-umerov').memberships;
    render(<RoundSwitcher memberships={[only!]} day="2025-07-23" lang="en" t={t} />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.querySelector('.delegation')).not.toBeNull();
  });
});

describe('QuoteBlock', () => {
  const quote = umerov.positions[0]!.quote!;

  it('shows the original words with their language, then the card’s translation, marked', () => {
    render(<QuoteBlock quote={quote} lang="en" t={t} />);
    const original = document.querySelector('blockquote');
    expect(original?.getAttribute('lang')).toBe('uk');
    expect(original?.textContent).toBe('“Ми готові до припинення вогню”');
    const translation = document.querySelector('.translation');
    expect(translation?.getAttribute('lang')).toBe('en');
    expect(translation?.textContent).toBe(
      '“We are ready for a ceasefire” (translation of the quote)',
    );
  });

  it('translates into German on a German card', () => {
    render(<QuoteBlock quote={quote} lang="de" t={tDe} />);
    expect(document.querySelector('.translation')?.textContent).toBe(
      '“Wir sind zu einer Waffenruhe bereit” (Übersetzung des Zitats)',
    );
  });

  it('adds no translation to words said in the card’s language', () => {
    render(<QuoteBlock quote={{ text: 'We are ready', lang: 'en' }} lang="en" t={t} />);
    expect(document.querySelector('blockquote')?.textContent).toBe('“We are ready”');
    expect(document.querySelector('.translation')).toBeNull();
  });
});

describe('ActorCard for the article’s day', () => {
  it('on 23 July 2025: the Security Council role, the third round, the July position first', () => {
    render(<ActorCard view={view('rustem-umerov')} day="2025-07-23" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toContain('National Security');
    expect(document.querySelector('.delegation')?.textContent).toContain('Third round');
    const positions = [...document.querySelectorAll('.positions li > p:first-child')];
    expect(positions.map((p) => p.textContent)).toEqual([
      'Proposed a meeting of the presidents by the end of August.',
      'Said Ukraine came ready for a ceasefire.',
    ]);
    expect(screen.getByRole('link', { name: 'Reuters' }).getAttribute('href')).toBe(
      'https://news.example/umerov-july',
    );
    expect(screen.getByText('Рустем Умєров').getAttribute('lang')).toBe('uk');
  });

  it('on 16 May 2025: the defence ministry, "later" the Council, the first round', () => {
    const onSelectActor = vi.fn();
    render(
      <ActorCard
        view={view('vladimir-medinsky')}
        day="2025-05-16"
        lang="en"
        t={t}
        onSelectActor={onSelectActor}
      />,
    );
    expect(document.querySelector('.delegation')?.textContent).toContain('First round');
    fireEvent.click(screen.getByRole('button', { name: 'Alexander Fomin' }));
    expect(onSelectActor).toHaveBeenCalledWith('alexander-fomin');
    cleanup();
    render(<ActorCard view={view('rustem-umerov')} day="2025-05-16" lang="en" t={t} />);
    expect(document.querySelector('.role')?.textContent).toContain('Minister of Defence');
    expect(document.querySelector('.role-later')?.textContent).toContain('National Security');
    expect(document.querySelector('.delegation')?.textContent).toContain('First round');
  });
});

describe('the popup’s cards', () => {
  it('are for the day of the article in the tab, like its hover cards', () => {
    render(
      <Popup
        dataset={roundsDataset}
        hiddenCategories={new Set()}
        lang="en"
        t={t}
        onToggleCategory={vi.fn()}
        page={{
          kind: 'ready',
          cast: { host: 'news.example', paused: false, actors: [], day: '2025-05-16' },
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /whole cast/i }));
    const umerov = document.querySelector('.results button[data-actor="rustem-umerov"]');
    expect(umerov?.querySelector('.result-role')?.textContent).toBe(
      'Minister of Defence of Ukraine',
    );
    fireEvent.click(umerov!);
    expect(document.querySelector('.card .role')?.textContent).toBe(
      'Minister of Defence of Ukraine on May 16, 2025',
    );
    expect(document.querySelector('.card .delegation')?.textContent).toContain('First round');
  });
});
