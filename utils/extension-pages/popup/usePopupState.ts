import { matchesAnySite, withSitePaused } from '../../shared/settings/sites';
import {
  hiddenCategoriesItem,
  highlightEverywhereItem,
  pausedEverywhereItem,
  pausedSitesItem,
} from '../../platform/storage';
import { useStoredValue } from '../useStoredValue';
import type { PopupStart } from './loadPopup';
import { tabActions } from './tabActions';
import { usePageState } from './usePageState';
import { withCategoryHidden } from './withCategoryHidden';

/**
 * The popup's live state and what its switches and buttons do (the `Popup` component's props
 * but its texts): the reader's switches as stored (written through, followed when changed
 * elsewhere), the tab's cast as the tab tells it, and the questions to the tab. "Pause here"
 * speaks of the host of the page the tab reports.
 */
export function usePopupState(initial: PopupStart) {
  const [hidden, setHidden] = useStoredValue(hiddenCategoriesItem, initial.hidden);
  const [sites, setSites] = useStoredValue(pausedSitesItem, initial.sites);
  const [everywhere, setEverywhere] = useStoredValue(pausedEverywhereItem, initial.everywhere);
  const [highlightEverywhere, setHighlightEverywhere] = useStoredValue(
    highlightEverywhereItem,
    initial.highlightEverywhere,
  );
  const [page, readPage] = usePageState(initial.tabId);
  const host = page.kind === 'ready' ? page.cast.host : '';
  return {
    hiddenCategories: new Set(hidden),
    onToggleCategory: (id: string, visible: boolean) =>
      setHidden(withCategoryHidden(hidden, id, !visible)),
    page,
    pausedHere: matchesAnySite(host, sites),
    pausedEverywhere: everywhere,
    onPauseHere: (paused: boolean) => setSites(withSitePaused(sites, host, paused)),
    onPauseEverywhere: setEverywhere,
    everywhere: highlightEverywhere,
    onEverywhere: setHighlightEverywhere,
    ...tabActions(initial.tabId, readPage),
  };
}
