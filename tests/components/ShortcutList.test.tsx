import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutList } from '../../components/options/ShortcutList';
import { t } from '../support/translate';

afterEach(cleanup);

const shortcuts = [
  { name: 'focus-next-mention', description: 'Go to the next name', shortcut: 'Alt+Shift+J' },
  { name: 'focus-previous-mention', description: 'Go to the previous name', shortcut: '' },
];

describe('ShortcutList', () => {
  it('shows each shortcut as set, and says when one is not set', () => {
    render(<ShortcutList shortcuts={shortcuts} browser="chrome" t={t} />);
    expect(screen.getByText('Alt+Shift+J').tagName).toBe('KBD');
    expect(screen.getByText('Go to the previous name')).toBeTruthy();
    expect(screen.getByText('not set')).toBeTruthy();
  });

  it('tells the reader where each browser changes shortcuts', () => {
    const { unmount } = render(<ShortcutList shortcuts={shortcuts} browser="chrome" t={t} />);
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    unmount();
    render(<ShortcutList shortcuts={shortcuts} browser="firefox" t={t} />);
    expect(screen.getByText(/Manage Extension Shortcuts/)).toBeTruthy();
  });
});
