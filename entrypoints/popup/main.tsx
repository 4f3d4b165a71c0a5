import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import '../../components/card/card.css';
import '../../components/page.css';
import { browserDataLang, browserTranslate } from '../../utils/platform/browserI18n';
import { loadActiveCast } from '../../utils/platform/stories/activeCast';
import type { Cast } from '../../utils/shared/story/cast';
import { requestActiveCast } from '../../utils/platform/stories/requestActiveCast';
import { askTab } from '../../utils/platform/askTab';
import { withCategoryColors } from '../../utils/shared/settings/categoryColors';
import { matchesAnySite, withSitePaused } from '../../utils/shared/settings/sites';
import {
  categoryColorsItem,
  hiddenCategoriesItem,
  highlightEverywhereItem,
  pausedEverywhereItem,
  pausedSitesItem,
} from '../../utils/platform/storage';
import { useStoredValue } from '../../utils/extension-pages/useStoredValue';
import { usePageState } from '../../utils/extension-pages/popup/usePageState';

interface Initial {
  cast: Cast;
  hidden: string[];
  sites: string[];
  everywhere: boolean;
  highlightEverywhere: boolean;
  tabId: number | undefined;
}

const toggled = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

function App({ initial }: { initial: Initial }) {
  const [hidden, setHidden] = useStoredValue(hiddenCategoriesItem, initial.hidden);
  const [sites, setSites] = useStoredValue(pausedSitesItem, initial.sites);
  const [everywhere, setEverywhere] = useStoredValue(pausedEverywhereItem, initial.everywhere);
  const [highlightEverywhere, setHighlightEverywhere] = useStoredValue(
    highlightEverywhereItem,
    initial.highlightEverywhere,
  );
  const [page, readPage] = usePageState(initial.tabId);
  const host = page.kind === 'ready' ? page.cast.host : '';
  const { tabId } = initial;
  const reveal = (actorId: string) => {
    if (tabId === undefined) return;
    void askTab('revealActor', actorId, tabId).catch(() => undefined);
  };
  // The tab highlights, then the popup shows what it found there.
  const highlightAnyway = async () => {
    if (tabId === undefined) return false;
    const done = await askTab('highlightAnyway', undefined, tabId).catch(() => undefined);
    if (done?.ok) await readPage();
    return done?.ok ?? false;
  };
  return (
    <Popup
      dataset={initial.cast.dataset}
      stories={initial.cast.stories}
      hiddenCategories={new Set(hidden)}
      lang={browserDataLang()}
      t={browserTranslate}
      onToggleCategory={(id, visible) => setHidden(toggled(hidden, id, !visible))}
      page={page}
      onReveal={reveal}
      pausedHere={matchesAnySite(host, sites)}
      pausedEverywhere={everywhere}
      onPauseHere={(paused) => setSites(withSitePaused(sites, host, paused))}
      onPauseEverywhere={setEverywhere}
      everywhere={highlightEverywhere}
      onEverywhere={setHighlightEverywhere}
      onHighlightAnyway={highlightAnyway}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

/** The tab the popup speaks about: `?tab=<id>` (a popup opened in a tab) or the active tab. */
async function targetTab(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The cast in force (the enabled stories, merged), as the background validated it; validated
 * here only if the background does not answer at once (8–25 ms per bundled story).
 */
async function activeCast(): Promise<Cast> {
  const answer = await requestActiveCast({ tries: 1 });
  // The background serves the names with their derived spellings; the fallback derives them too.
  return answer.ok ? answer.value : loadActiveCast();
}

async function main() {
  const [data, colors, hidden, sites, everywhere, highlightEverywhere, tabId] = await Promise.all([
    activeCast(),
    categoryColorsItem.getValue(),
    hiddenCategoriesItem.getValue(),
    pausedSitesItem.getValue(),
    pausedEverywhereItem.getValue(),
    highlightEverywhereItem.getValue(),
    targetTab(),
  ]);
  const cast = { ...data, dataset: data.dataset && withCategoryColors(data.dataset, colors) };
  document.documentElement.lang = browserDataLang();
  const root = document.getElementById('app') as HTMLElement;
  const initial = { cast, hidden, sites, everywhere, highlightEverywhere, tabId };
  render(<App initial={initial} />, root);
}

void main();
