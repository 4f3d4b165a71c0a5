import { useState } from 'preact/hooks';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { PageStories } from '../../utils/shared/pageCast';
import { titlesPhrase } from '../../utils/shared/story/titlesPhrase';
import { EverywhereSwitch } from './EverywhereSwitch';

export interface OffStoryProps {
  /** Every enabled story (none: the reader switched every story off). */
  stories: readonly Pick<PageStories['stories'][number], 'id' | 'title'>[];
  /** The setting "Highlight on every page". */
  everywhere: boolean;
  lang: DataLang;
  t: Translate;
  /** Asks the tab to highlight every story's cast on this page; false when it could not. */
  onHighlightAnyway: () => Promise<boolean>;
  onEverywhere: (on: boolean) => void;
  onOpenOptions: () => void;
}

const OFF_STORY = {
  one: 'popupOffStoryOne',
  two: 'popupOffStoryTwo',
  many: 'popupOffStoryMany',
} as const;

/**
 * "On this page" for a page about none of the reader's stories, where nothing was written to
 * the page: says so, naming the stories, and offers "Highlight here anyway" (this page only) and
 * the setting "Highlight on every page". With no story switched on it says that instead and
 * leads to the options page, where stories are switched on.
 */
export function OffStory(props: OffStoryProps) {
  const { stories, lang, t } = props;
  const [failed, setFailed] = useState(false);
  const [asking, setAsking] = useState(false);
  const anyway = async () => {
    setAsking(true);
    const done = await props.onHighlightAnyway().catch(() => false);
    setAsking(false);
    setFailed(!done);
  };
  return (
    <section class="on-page off-story" aria-labelledby="on-page-title">
      <h2 id="on-page-title" class="section-title">
        {t('popupOnThisPage')}
      </h2>
      {stories.length === 0 ? (
        <>
          <p class="empty">{t('popupNoStory')}</p>
          <button type="button" class="link-button" onClick={props.onOpenOptions}>
            {t('popupOpenOptions')}
          </button>
        </>
      ) : (
        <>
          <p class="empty">
            {titlesPhrase(
              stories.map((s) => s.title[lang]),
              OFF_STORY,
              t,
            )}
          </p>
          <button type="button" class="anyway" disabled={asking} onClick={() => void anyway()}>
            {t('popupHighlightAnyway')}
          </button>
          {failed && (
            <p class="problems" role="alert">
              {t('popupAnywayFailed')}
            </p>
          )}
          <EverywhereSwitch checked={props.everywhere} t={t} onChange={props.onEverywhere} />
        </>
      )}
    </section>
  );
}
