import { beforeEach, describe, expect, it } from 'vitest';
import { focusMention } from '../../utils/content/card/focusMention';
import { claimMark } from '../../utils/shared/ownMarks';
import { readPageCast } from '../../utils/shared/pageCast';

function mark(actor: string, mention: number, text: string, hidden = false): string {
  const off = hidden ? ' data-dramatis-hidden' : '';
  return `<dramatis-mark data-dramatis-actor="${actor}" data-dramatis-mention="${mention}"${off}>${text}</dramatis-mark>`;
}

beforeEach(() => {
  document.body.innerHTML = `<p>${mark('vladimir-putin', 0, 'Wladimir')} ${mark('vladimir-putin', 0, 'Putin')}
    traf ${mark('donald-trump', 1, 'Trump')} und ${mark('kremlin', 2, 'Kreml', true)}
    sowie ${mark('sergei-lavrov', 3, 'Lawrow')}.</p>`;
  // Made as the highlighter makes them; a page's look-alike (added below) is not claimed.
  document.querySelectorAll('dramatis-mark').forEach(claimMark);
  document.body.insertAdjacentHTML('afterbegin', mark('donald-trump', 9, 'Forged'));
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

  it('counts only the marks the highlighter made, not a look-alike the page added', () => {
    expect(readPageCast(document, false).actors).toEqual([
      { id: 'vladimir-putin', mentions: 1 },
      { id: 'donald-trump', mentions: 1 },
      { id: 'kremlin', mentions: 1 },
      { id: 'sergei-lavrov', mentions: 1 },
    ]);
  });
});
