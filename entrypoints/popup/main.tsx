import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import '../../components/card.css';
import '../../components/page.css';
import { browserDataLang, browserTranslate } from '../../utils/browserI18n';
import { loadActiveDataset } from '../../utils/dataset/activeDataset';
import { requestActiveDataset } from '../../utils/dataset/requestActiveDataset';
import { withDerivedNames } from '../../utils/dataset/withDerivedNames';
import type { Dataset } from '../../utils/dataset/schema';
import { askTab } from '../../utils/askTab';
import { withCategoryColors } from '../../utils/settings/categoryColors';
import { matchesAnySite, withSitePaused } from '../../utils/settings/sites';
import {
  categoryColorsItem,
  hiddenCategoriesItem,
  pausedEverywhereItem,
  pausedSitesItem,
} from '../../utils/storage';
import { useStoredValue } from '../../utils/useStoredValue';
import { usePageState } from './usePageState';

interface Initial {
  dataset: Dataset;
  hidden: string[];
  sites: string[];
  everywhere: boolean;
  tabId: number | undefined;
}

const toggled = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

function App({ initial }: { initial: Initial }) {
  const [hidden, setHidden] = useStoredValue(hiddenCategoriesItem, initial.hidden);
  const [sites, setSites] = useStoredValue(pausedSitesItem, initial.sites);
  const [everywhere, setEverywhere] = useStoredValue(pausedEverywhereItem, initial.everywhere);
  const page = usePageState(initial.tabId);
  const host = page.kind === 'ready' ? page.cast.host : '';
  const reveal = (actorId: string) => {
    if (initial.tabId === undefined) return;
    void askTab('revealActor', actorId, initial.tabId).catch(() => undefined);
  };
  return (
    <Popup
      dataset={initial.dataset}
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
 * The dataset in force, as the background validated it; validated here only if the background
 * does not answer at once (it costs 8–25 ms with the bundled data, more with a large import).
 */
async function activeDataset(): Promise<Dataset> {
  const answer = await requestActiveDataset({ tries: 1 });
  // The background serves the names with their derived spellings; the fallback derives them too.
  return answer.ok ? answer.value : withDerivedNames((await loadActiveDataset()).dataset);
}

async function main() {
  const [data, colors, hidden, sites, everywhere, tabId] = await Promise.all([
    activeDataset(),
    categoryColorsItem.getValue(),
    hiddenCategoriesItem.getValue(),
    pausedSitesItem.getValue(),
    pausedEverywhereItem.getValue(),
    targetTab(),
  ]);
  const dataset = withCategoryColors(data, colors);
  document.documentElement.lang = browserDataLang();
  const root = document.getElementById('app') as HTMLElement;
  render(<App initial={{ dataset, hidden, sites, everywhere, tabId }} />, root);
}

void main();
