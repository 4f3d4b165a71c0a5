import { useEffect, useRef } from 'preact/hooks';
import type { PageState } from '../../utils/shared/pageState';

/** A page about none of the reader's stories, where nothing was highlighted (not paused). */
export const offStory = (page: PageState) =>
  page.kind === 'ready' && !page.cast.paused && page.cast.highlighting === 'none';

/**
 * When the page leaves the off-story state from the popup ("Highlight here anyway", "Highlight on
 * every page"), the control the reader used is gone: the keyboard focus moves to the first
 * control of "On this page" (the setting's switch, else the first name), else to the search.
 */
export function useFocusAfterOffStory(page: PageState, main: { current: HTMLElement | null }) {
  const wasOff = useRef(false);
  useEffect(() => {
    const off = offStory(page);
    if (wasOff.current && !off) {
      const next = '.on-page button, .on-page input, input[type="search"]';
      main.current?.querySelector<HTMLElement>(next)?.focus();
    }
    wasOff.current = off;
  }, [page, main]);
}
