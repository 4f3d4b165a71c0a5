import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { PageStories as Told } from '../../utils/shared/pageCast';
import { titlesPhrase } from '../../utils/shared/story/titlesPhrase';
import { EverywhereSwitch } from './EverywhereSwitch';

const ABOUT = { one: 'popupAboutOne', two: 'popupAboutTwo', many: 'popupAboutMany' } as const;

/**
 * The line under "On this page" saying whose cast it shows: the story or stories the page is
 * about, or that every story is highlighted because the reader asked for it here ("anyway") or
 * everywhere (with the setting's switch, so it can be undone where it shows). Nothing for a tab
 * that did not say (an older content script) or a page about no story (see OffStory).
 */
export function PageStories(props: {
  cast: Partial<Told>;
  lang: DataLang;
  t: Translate;
  everywhere: boolean;
  onEverywhere: (on: boolean) => void;
}) {
  const { cast, lang, t } = props;
  const { highlighting, stories = [] } = cast;
  if (!highlighting || highlighting === 'none') return null;
  const about = stories.filter((s) => s.about).map((s) => s.title[lang]);
  return (
    <div class="page-stories">
      {about.length > 0 && <p class="stories-about">{titlesPhrase(about, ABOUT, t)}</p>}
      {/* A status: it replaces the "Highlight here anyway" button, so it is announced. */}
      {highlighting === 'anyway' && (
        <p class="muted" role="status">
          {t('popupHighlightedAnyway')}
        </p>
      )}
      {highlighting === 'everywhere' && (
        <>
          <p class="muted">{t('popupHighlightedEverywhere')}</p>
          <EverywhereSwitch checked={props.everywhere} t={t} onChange={props.onEverywhere} />
        </>
      )}
    </div>
  );
}
