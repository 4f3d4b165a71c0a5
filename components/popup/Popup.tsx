import { useRef } from 'preact/hooks';
import type { Dataset } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { localToday } from '../../utils/shared/dates/localToday';
import type { SectionStory } from '../../utils/shared/dataset/storySections';
import { pageFirst } from '../../utils/shared/story/pageFirst';
import { CastSearch } from './CastSearch';
import { CategoryToggles } from './CategoryToggles';
import { OffStory } from './OffStory';
import { OnThisPage } from './OnThisPage';
import type { PageState } from '../../utils/shared/pageState';
import { PauseSwitches } from './PauseSwitches';
import { offStory, useFocusAfterOffStory } from './useFocusAfterOffStory';

export interface PopupProps {
  /** The enabled stories' cast, merged; null when the reader switched every story off. */
  dataset: Dataset | null;
  /** The enabled stories (a card has a section for each of its actor's, the page's first). */
  stories?: readonly SectionStory[];
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
  /** The setting "Highlight on every page". */
  everywhere?: boolean;
  onEverywhere?: (on: boolean) => void;
  /** Asks the tab to highlight every story here though it is about none; false if it failed. */
  onHighlightAnyway?: () => Promise<boolean>;
  onOpenOptions?: () => void;
}

const noop = () => undefined;
const refused = () => Promise.resolve(false);

/**
 * The toolbar popup, the reader's index of the story, in the order a reader needs it and
 * within a 600 px popup: who this page names (first, with jumps to them, under the stories it is
 * about; on a page about none, why nothing is highlighted and how to anyway), a search over the
 * whole cast (results only while typing, the full list one click away), then the category
 * switches with their counts here and pausing. The DOM order is the visual and keyboard order.
 */
export function Popup(props: PopupProps) {
  const { dataset, hiddenCategories, lang, t, page = { kind: 'loading' } } = props;
  const day = props.day ?? (page.kind === 'ready' ? page.cast.day : undefined) ?? localToday();
  const main = useRef<HTMLElement>(null);
  useFocusAfterOffStory(page, main);
  return (
    <main class="popup" ref={main}>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        {dataset && (
          <p class="muted">
            {props.stories?.map((s) => s.title[lang]).join(' · ') ?? dataset.title}
          </p>
        )}
      </header>
      {dataset && !offStory(page) ? (
        <OnThisPage
          {...{ day, page, dataset, hiddenCategories, lang, t }}
          onReveal={props.onReveal ?? noop}
          everywhere={props.everywhere}
          onEverywhere={props.onEverywhere}
        />
      ) : (
        <OffStory
          stories={dataset && page.kind === 'ready' ? (page.cast.stories ?? []) : []}
          everywhere={props.everywhere ?? false}
          lang={lang}
          t={t}
          onHighlightAnyway={props.onHighlightAnyway ?? refused}
          onEverywhere={props.onEverywhere ?? noop}
          onOpenOptions={props.onOpenOptions ?? noop}
        />
      )}
      {dataset && (
        <>
          <CastSearch
            {...{ dataset, day, lang, t }}
            stories={
              props.stories &&
              pageFirst(props.stories, page.kind === 'ready' ? page.cast.stories : undefined)
            }
          />
          <CategoryToggles
            categories={dataset.categories}
            hidden={hiddenCategories}
            lang={lang}
            t={t}
            onToggle={props.onToggleCategory}
            counts={page.kind === 'ready' ? countsByCategory(dataset, page.cast.actors) : undefined}
          />
        </>
      )}
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
