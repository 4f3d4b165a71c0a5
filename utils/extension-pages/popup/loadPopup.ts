import type { Cast } from '../../shared/story/cast';
import { withCategoryColors } from '../../shared/settings/categoryColors';
import { loadActiveCast } from '../../platform/stories/activeCast';
import { requestActiveCast } from '../../platform/stories/requestActiveCast';
import {
  categoryColorsItem,
  hiddenCategoriesItem,
  highlightEverywhereItem,
  pausedEverywhereItem,
  pausedSitesItem,
} from '../../platform/storage';
import { targetTab } from './targetTab';

/** What the popup shows at once, read before its first render. */
export interface PopupStart {
  /** The cast in force, in the reader's category colours. */
  cast: Cast;
  hidden: string[];
  sites: string[];
  everywhere: boolean;
  highlightEverywhere: boolean;
  tabId: number | undefined;
}

/**
 * The cast in force (the enabled stories, merged), as the background validated it; validated
 * here only if the background does not answer at once, since validating delays the popup's
 * first render (the cost measured per page is in CHANGELOG.md, "Pages start faster").
 */
async function activeCast(): Promise<Cast> {
  const answer = await requestActiveCast({ tries: 1 });
  // The background serves the names with their derived spellings; the fallback derives them too.
  return answer.ok ? answer.value : loadActiveCast();
}

/**
 * Reads, at once, what the popup opens with: the cast (coloured as the reader chose), the
 * switches' stored values, and the tab it speaks about (see {@link targetTab}; `search` is the
 * popup's `location.search`).
 */
export async function loadPopup(search: string): Promise<PopupStart> {
  const [data, colors, hidden, sites, everywhere, highlightEverywhere, tabId] = await Promise.all([
    activeCast(),
    categoryColorsItem.getValue(),
    hiddenCategoriesItem.getValue(),
    pausedSitesItem.getValue(),
    pausedEverywhereItem.getValue(),
    highlightEverywhereItem.getValue(),
    targetTab(search),
  ]);
  const cast = { ...data, dataset: data.dataset && withCategoryColors(data.dataset, colors) };
  return { cast, hidden, sites, everywhere, highlightEverywhere, tabId };
}
