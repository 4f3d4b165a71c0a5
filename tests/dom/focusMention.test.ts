import { beforeEach, describe, expect, it } from 'vitest';
import { focusMention } from '../../utils/card/focusMention';

function mark(actor: string, mention: number, text: string, hidden = false): string {
  const off = hidden ? ' data-dramatis-hidden' : '';
  return `<dramatis-mark data-dramatis-actor="${actor}" data-dramatis-mention="${mention}"${off}>${text}</dramatis-mark>`;
}

beforeEach(() => {
  document.body.innerHTML = `<p>${mark('vladimir-putin', 0, 'Wladimir')} ${mark('vladimir-putin', 0, 'Putin')}
    traf ${mark('donald-trump', 1, 'Trump')} und ${mark('kremlin', 2, 'Kreml', true)}
    sowie ${mark('sergei-lavrov', 3, 'Lawrow')}.</p>`;
  Element.prototype.scrollIntoView = () => undefined;
});

const focused = () => document.activeElement?.getAttribute('data-dramatis-actor');

describe('focusMention', () => {
  it('walks visible mentions forward, one stop per mention, and wraps around', () => {
    expect(focusMention('next')).toEqual({ actorId: 'vladimir-putin' });
    expect(document.activeElement?.textContent).toBe('Wladimir');
    expect(focusMention('next')?.actorId).toBe('donald-trump');
    expect(focusMention('next')?.actorId).toBe('sergei-lavrov');
    expect(focusMention('next')?.actorId).toBe('vladimir-putin');
    expect(focused()).toBe('vladimir-putin');
  });

  it('walks backwards from the end and skips hidden categories', () => {
    expect(focusMention('previous')?.actorId).toBe('sergei-lavrov');
    expect(focusMention('previous')?.actorId).toBe('donald-trump');
  });

  it('makes marks focusable without adding them to the tab order', () => {
    focusMention('next');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
    expect(document.querySelectorAll('[tabindex="0"]').length).toBe(0);
  });

  it('answers null on a page without visible mentions', () => {
    document.body.innerHTML = `<p>${mark('kremlin', 0, 'Kreml', true)}</p>`;
    expect(focusMention('next')).toBeNull();
  });
});
