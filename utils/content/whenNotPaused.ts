import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../platform/messages';
import { ok } from '../shared/result';
import { loadSettings, watchSettings } from '../platform/settings';
import type { Settings } from '../shared/settings/settingsTable';
import { isFramePaused } from './frameHost';

/**
 * Reads the reader's settings and, while they pause Dramatis on `host`, waits: a paused site gets
 * nothing from us (no element, no page listener, no dataset), only a storage watch that notices
 * the reader resuming, and in the top frame an answer to the popup's question ("paused, no cast").
 * Resolves with the settings once Dramatis may run, or undefined when the content script ends.
 */
export async function whenNotPaused(
  ctx: ContentScriptContext,
  host: string,
): Promise<Settings | undefined> {
  let settings = await loadSettings();
  if (ctx.isInvalid) return undefined;
  if (!isFramePaused(host, settings)) return settings;
  return new Promise((resolve) => {
    const stops = [
      watchSettings((key, value) => {
        settings = { ...settings, [key]: value };
        if (isFramePaused(host, settings)) return;
        stop();
        resolve(settings);
      }),
      ...(window === window.top
        ? [
            onMessage('getPageCast', () =>
              ok({ host, paused: true, actors: [], stories: [], highlighting: 'none' as const }),
            ),
          ]
        : []),
    ];
    const stop = () => stops.splice(0).forEach((end) => end());
    ctx.onInvalidated(() => {
      try {
        stop();
      } catch {
        // An orphaned script's listeners go with the extension anyway.
      }
      resolve(undefined);
    });
  });
}
