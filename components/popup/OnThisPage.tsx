import { useEffect, useRef, useState } from 'preact/hooks';
import { roleNameOn } from '../../utils/shared/dates/roleOn';
import type { Dataset } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { PageState } from '../../utils/shared/pageState';
import { PageStories } from './PageStories';

export interface OnThisPageProps {
  page: PageState;
  dataset: Dataset;
  hiddenCategories: ReadonlySet<string>;
  lang: DataLang;
  /** The day whose roles are shown, `YYYY-MM-DD`. */
  day: string;
  t: Translate;
  /** Scrolls the tab to the actor's next mention and opens its card there. */
  onReveal: (actorId: string) => void;
  /** The setting "Highlight on every page", shown (to undo) while it is what highlights. */
  everywhere?: boolean;
  onEverywhere?: (on: boolean) => void;
}

/** Rows shown before "Show all", so the popup's sections below stay within 600 px. */
const ON_PAGE_ROWS = 5;

const noop = () => undefined;

/**
 * The actors the current page names, in order of first appearance, with their number of
 * mentions and category colour (the first {@link ON_PAGE_ROWS}, the rest one click away), under
 * the story or stories the page is about; or an honest word on why there is nothing to list.
 */
export function OnThisPage({
  page,
  dataset,
  hiddenCategories,
  day,
  lang,
  t,
  onReveal,
  everywhere = false,
  onEverywhere = noop,
}: OnThisPageProps) {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const colour = new Map(dataset.categories.map((c) => [c.id, c.color]));
  const [all, setAll] = useState(false);
  const listed = page.kind === 'ready' ? page.cast.actors.filter((a) => byId.has(a.id)) : [];
  const shown = all ? listed : listed.slice(0, ON_PAGE_ROWS);
  const list = useRef<HTMLUListElement>(null);
  // "Show all" goes away when chosen: the keyboard focus moves on to the first row it revealed.
  useEffect(() => {
    if (all) list.current?.querySelectorAll('button')[ON_PAGE_ROWS]?.focus();
  }, [all]);
  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title" class="section-title">
        {t('popupOnThisPage')}
      </h2>
      {page.kind === 'ready' && !page.cast.paused && (
        <PageStories cast={page.cast} {...{ lang, t, everywhere, onEverywhere }} />
      )}
      <EmptyState page={page} empty={listed.length === 0} t={t} />
      {listed.length > 0 && (
        <ul class="cast-list" ref={list}>
          {shown.map(({ id, mentions }) => {
            const actor = byId.get(id)!;
            const off = hiddenCategories.has(actor.category);
            return (
              <li key={id}>
                <button
                  type="button"
                  class={off ? 'off' : ''}
                  data-actor={id}
                  onClick={() => onReveal(id)}
                >
                  <span
                    class="swatch"
                    style={{ background: colour.get(actor.category) }}
                    aria-hidden="true"
                  />
                  <span class="result-name">{actor.name}</span>
                  <span class="count">
                    {t(mentions === 1 ? 'popupMentionsOne' : 'popupMentionsMany', String(mentions))}
                  </span>
                  <span class="result-role">{roleNameOn(actor.roles, day, lang)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < listed.length && (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          {t('popupShowAllOnPage', String(listed.length))}
        </button>
      )}
    </section>
  );
}

function EmptyState({ page, empty, t }: { page: PageState; empty: boolean; t: Translate }) {
  if (page.kind === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  if (page.kind === 'unavailable') return <p class="empty">{t('popupUnavailable')}</p>;
  if (page.cast.paused) return <p class="empty">{t('popupPaused')}</p>;
  if (empty) return <p class="empty">{t('popupNoActors')}</p>;
  return <p class="muted">{t('popupRevealHint')}</p>;
}
