import { servedDataset } from './servedDataset';
import { vi } from 'vitest';
import { highlightPage, type PageHighlight } from '../../utils/content/highlight/highlightPage';

const dataset = servedDataset();

/**
 * Starts the page highlighter on `body` at once, as the content script does after the page has
 * settled, and waits for its first pass. Use with fake timers (see {@link settle}).
 */
export async function startHighlighting(
  body: HTMLElement = document.body,
  hidden: readonly string[] = [],
): Promise<PageHighlight> {
  const page = highlightPage(dataset, new Set(hidden), body, { immediate: true });
  await settle();
  await page.firstPass;
  return page;
}

/** Lets the observer deliver its records (a microtask), as before the browser's next paint. */
export const beforePaint = () => Promise.resolve();

/** Runs every queued batch and every highlighting slice (fake timers). */
export async function settle(): Promise<void> {
  await beforePaint();
  await vi.runAllTimersAsync();
}

/** Every mark under `root` as [text, actor id]. */
export const marked = (root: ParentNode = document) =>
  [...root.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => [
    m.textContent,
    m.dataset.dramatisActor,
  ]);

/** Collects errors the window reports (happy-dom reports observer callback errors there). */
export function collectWindowErrors(): unknown[] {
  const errors: unknown[] = [];
  window.addEventListener('error', (event) => errors.push(event.error ?? event.message));
  return errors;
}
