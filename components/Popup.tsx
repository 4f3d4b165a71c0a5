import type { Dataset } from '../utils/dataset/schema';
import type { DataLang, Translate } from '../utils/i18n';
import { localToday } from '../utils/dates/articleDate';
import { CastSearch } from './CastSearch';
import { CategoryToggles } from './CategoryToggles';
import { OnThisPage, type PageState } from './OnThisPage';
import { PauseSwitches } from './PauseSwitches';

export interface PopupProps {
  dataset: Dataset;
  hiddenCategories: ReadonlySet<string>;
  lang: DataLang;
  /** The day roles are shown for, `YYYY-MM-DD`: given, else the page's article's, else today. */
  day?: string;
  t: Translate;
  onToggleCategory: (categoryId: string, visible: boolean) => void;
  /** The current tab, as far as the popup knows it (defaults to "still loading"). */
  page?: PageState;
  onReveal?: (actorId: string) => void;
  pausedHere?: boolean;
  pausedEverywhere?: boolean;
  onPauseHere?: (paused: boolean) => void;
  onPauseEverywhere?: (paused: boolean) => void;
}

const noop = () => undefined;

/**
 * The toolbar popup, the reader's index of the story, in the order a reader needs it and
 * within a 600 px popup: who this page names (first, with jumps to them), a search over the
 * whole cast (results only while typing, the full list one click away), then the category
 * switches with their counts here and pausing. The DOM order is the visual and keyboard order.
 */
export function Popup(props: PopupProps) {
  const { dataset, hiddenCategories, lang, t, page = { kind: 'loading' } } = props;
  const day = props.day ?? (page.kind === 'ready' ? page.cast.day : undefined) ?? localToday();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <p class="muted">{dataset.title}</p>
      </header>
      <OnThisPage
        day={day}
        page={page}
        dataset={dataset}
        hiddenCategories={hiddenCategories}
        lang={lang}
        t={t}
        onReveal={props.onReveal ?? noop}
      />
      <CastSearch dataset={dataset} day={day} lang={lang} t={t} />
      <CategoryToggles
        categories={dataset.categories}
        hidden={hiddenCategories}
        lang={lang}
        t={t}
        onToggle={props.onToggleCategory}
        counts={page.kind === 'ready' ? countsByCategory(dataset, page.cast.actors) : undefined}
      />
      <PauseSwitches
        host={page.kind === 'ready' ? page.cast.host : undefined}
        pausedHere={props.pausedHere ?? false}
        pausedEverywhere={props.pausedEverywhere ?? false}
        t={t}
        onPauseHere={props.onPauseHere ?? noop}
        onPauseEverywhere={props.onPauseEverywhere ?? noop}
      />
    </main>
  );
}

function countsByCategory(dataset: Dataset, actors: { id: string; mentions: number }[]) {
  const categoryOf = new Map(dataset.actors.map((a) => [a.id, a.category]));
  const counts = new Map<string, number>();
  for (const { id, mentions } of actors) {
    const category = categoryOf.get(id);
    if (category) counts.set(category, (counts.get(category) ?? 0) + mentions);
  }
  return counts;
}
