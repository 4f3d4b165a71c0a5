import { roleNameOn } from '../utils/dates/roleOn';
import type { Dataset } from '../utils/dataset/schema';
import type { DataLang, Translate } from '../utils/i18n';
import type { PageCast } from '../utils/pageCast';

/** What the popup knows of the current tab. */
export type PageState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, an extension store, a PDF. */
  | { kind: 'unavailable' }
  | { kind: 'ready'; cast: PageCast };

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
}

/**
 * The actors the current page names, in order of first appearance, with their number of
 * mentions and category colour; or an honest word on why there is nothing to list.
 */
export function OnThisPage({
  page,
  dataset,
  hiddenCategories,
  day,
  lang,
  t,
  onReveal,
}: OnThisPageProps) {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const colour = new Map(dataset.categories.map((c) => [c.id, c.color]));
  const listed = page.kind === 'ready' ? page.cast.actors.filter((a) => byId.has(a.id)) : [];
  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title">{t('popupOnThisPage')}</h2>
      <EmptyState page={page} empty={listed.length === 0} t={t} />
      {listed.length > 0 && (
        <ul class="cast-list">
          {listed.map(({ id, mentions }) => {
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
