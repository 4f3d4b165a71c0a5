import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../components/OnThisPage';
import { askTab } from '../../utils/askTab';
import { onMessage } from '../../utils/messages';

/**
 * Asks the tab's content script who the page names once when the popup opens, then again only
 * when that tab reports a new count (after each highlight pass, a pause or a resume, another
 * article in an app): no polling. No answer means no content script can run there (browser
 * pages, stores, PDFs): "unavailable", and the popup stays silent (no console error).
 */
export function usePageState(tabId: number | undefined): PageState {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return setPage({ kind: 'unavailable' });
    const read = () =>
      askTab('getPageCast', undefined, tabId).then(
        (result) =>
          setPage(result.ok ? { kind: 'ready', cast: result.value } : { kind: 'unavailable' }),
        () => setPage({ kind: 'unavailable' }),
      );
    void read();
    // The tab's count report goes to every extension page; the background answers it, the
    // popup only listens (its answer is ignored by the tab).
    return onMessage('reportActorCount', ({ sender }) => {
      if (sender.tab?.id === tabId) void read();
    });
  }, [tabId]);
  return page;
}
