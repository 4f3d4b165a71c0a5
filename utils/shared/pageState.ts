import type { PageCast, PageStories } from './pageCast';

/**
 * What the popup knows of the current tab. Shared by the popup's logic, which asks the tab, and
 * its components, which show the answer: a type in `utils/shared/`, so neither imports the other.
 */
export type PageState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, an extension store, a PDF. */
  | { kind: 'unavailable' }
  /** The tab's answer; an older content script does not tell the stories. */
  | { kind: 'ready'; cast: PageCast & Partial<PageStories> };
