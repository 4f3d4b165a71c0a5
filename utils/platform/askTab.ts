import { browser } from 'wxt/browser';
import type { ProtocolMap } from './messages';

type TabQuestion = 'getPageCast' | 'revealActor' | 'focusMention' | 'highlightAnyway';
type Answer<K extends TabQuestion> = ReturnType<ProtocolMap[K]>;
type Argument<K extends TabQuestion> = Parameters<ProtocolMap[K]>[0];

let nextId = 1;

/**
 * Asks a tab's content script one question of the message map, as `sendMessage` from
 * `utils/platform/messages.ts` does (the same envelope, so the same `onMessage` handler answers), but
 * through the promise API, which reads `runtime.lastError` itself. `@webext-core/messaging`
 * passes Chrome a callback that never reads it, so every question to a tab without a content
 * script (a browser page, a store, a PDF) logged "Unchecked runtime.lastError: Could not
 * establish connection" into the extension's Errors list. Rejects when nobody answers.
 */
export async function askTab<K extends TabQuestion>(
  type: K,
  data: Argument<K>,
  tabId: number,
): Promise<Answer<K>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await browser.tabs.sendMessage(tabId, message)) as
    { res?: Answer<K>; err?: { message?: string } } | undefined;
  if (!reply || reply.err || reply.res === undefined)
    throw new Error(reply?.err?.message ?? `Tab ${tabId} did not answer "${type}"`);
  return reply.res;
}
