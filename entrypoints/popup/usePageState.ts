import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../components/OnThisPage';
import { sendMessage } from '../../utils/messages';

/** How often the open popup re-reads the tab, so live pages and pause switches show at once. */
const REFRESH_MS = 700;

/**
 * Asks the tab's content script who the page names, now and while the popup stays open. No
 * answer means no content script can run there (browser pages, stores, PDFs): "unavailable".
 */
export function usePageState(tabId: number | undefined): PageState {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return setPage({ kind: 'unavailable' });
    const read = () =>
      sendMessage('getPageCast', undefined, tabId).then(
        (result) =>
          setPage(result.ok ? { kind: 'ready', cast: result.value } : { kind: 'unavailable' }),
        () => setPage({ kind: 'unavailable' }),
      );
    void read();
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [tabId]);
  return page;
}
