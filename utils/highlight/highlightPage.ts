import type { Dataset } from '../dataset/schema';
import { compileCast } from '../matching/compile';
import { Highlighter } from './Highlighter';
import { MutationQueue } from './MutationQueue';

/** A running highlighter on the current page. */
export interface PageHighlight {
  /** Applies the reader's category switches to existing and future marks. */
  setHiddenCategories: (hidden: ReadonlySet<string>) => void;
  /** Stops all work and removes every mark, leaving the page as it was. */
  stop: () => void;
}

/**
 * Highlights the dataset's cast on this page now and in whatever the page adds later. The cast
 * is compiled once; page mutations are queued and handled in batches.
 */
export function highlightPage(
  dataset: Dataset,
  hiddenCategories: ReadonlySet<string>,
  body: HTMLElement = document.body,
): PageHighlight {
  const categoryOf = new Map(dataset.actors.map((a) => [a.id, a.category]));
  const colorOf = new Map(dataset.categories.map((c) => [c.id, c.color]));
  const abort = new AbortController();
  const queue = new MutationQueue(body, (roots) => void highlighter.highlight(roots));
  const highlighter = new Highlighter({
    cast: compileCast(dataset.actors),
    categoryOf: (id) => categoryOf.get(id) ?? '',
    colorOf: (id) => colorOf.get(id) ?? '#888888',
    hiddenCategories,
    guard: queue.guard,
    signal: abort.signal,
  });
  void highlighter.highlight([body]);
  return {
    setHiddenCategories: (hidden) => highlighter.setHiddenCategories(hidden, body),
    stop: () => {
      abort.abort();
      queue.disconnect();
      highlighter.clear(body);
    },
  };
}
