import type { Translate } from '../../utils/shared/i18n';

/** A keyboard shortcut as the browser reports it (`commands.getAll()`). */
export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the browser did not assign it (e.g. a conflict); the reader can set one. */
  shortcut: string;
}

export interface ShortcutListProps {
  shortcuts: readonly Shortcut[];
  browser: 'chrome' | 'firefox';
  t: Translate;
}

/** The extension's keyboard shortcuts as currently set, and where the reader changes them. */
export function ShortcutList({ shortcuts, browser, t }: ShortcutListProps) {
  return (
    <section class="shortcuts">
      <h2>{t('optionsShortcuts')}</h2>
      <dl>
        {shortcuts.map((s) => [
          <dt key={`k-${s.name}`}>
            {s.shortcut ? (
              <kbd>{s.shortcut}</kbd>
            ) : (
              <span class="muted">{t('shortcutNotSet')}</span>
            )}
          </dt>,
          <dd key={`d-${s.name}`}>{s.description}</dd>,
        ])}
      </dl>
      <p class="muted">{t('shortcutEsc')}</p>
      <p>{t(browser === 'firefox' ? 'shortcutsHowToFirefox' : 'shortcutsHowToChrome')}</p>
    </section>
  );
}
