import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../shared/pageState';
import { askTab } from '../../platform/askTab';
import { onMessage } from '../../platform/messages';

/**
 * Asks the tab's content script who the page names once when the popup opens, then again only
 * when that tab reports a new count (after each highlight pass, a pause or a resume, another
 * article in an app): no polling. No answer means no content script can run there (browser
 * pages, stores, PDFs): "unavailable", and the popup stays silent (no console error).
 * The second value asks again at once (after the popup changed what the tab highlights).
 */
export function usePageState(tabId: number | undefined): [PageState, () => Promise<void>] {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const read = useCallback(
    () =>
      tabId === undefined
        ? Promise.resolve(setPage({ kind: 'unavailable' }))
        : askTab('getPageCast', undefined, tabId).then(
            (result) =>
              setPage(result.ok ? { kind: 'ready', cast: result.value } : { kind: 'unavailable' }),
            () => setPage({ kind: 'unavailable' }),
          ),
    [tabId],
  );
  useEffect(() => {
    void read();
    if (tabId === undefined) return;
    // The tab's count report goes to every extension page; the background answers it, the
    // popup only listens (its answer is ignored by the tab).
    return onMessage('reportActorCount', ({ sender }) => {
      if (sender.tab?.id === tabId) void read();
    });
  }, [tabId, read]);
  return [page, read];
}
