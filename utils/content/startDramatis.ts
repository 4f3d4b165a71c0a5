import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserDataLang, browserTranslate } from '../browserI18n';
import { CardController } from '../card/CardController';
import { loadActiveDataset } from '../dataset/activeDataset';
import { highlightPage } from '../highlight/highlightPage';
import { focusMention } from '../card/focusMention';
import { onMessage } from '../messages';
import { ok } from '../result';
import { datasetItem, hiddenCategoriesItem } from '../storage';

/**
 * Wires the content script: loads the dataset and the reader's category switches, highlights
 * the page, opens cards on highlights, and follows changes made in the popup or options page.
 * Everything it starts is stopped when the extension context goes away (update, disable).
 */
export async function startDramatis(ctx: ContentScriptContext, cardCss: string): Promise<void> {
  const [{ dataset }, hiddenIds] = await Promise.all([
    loadActiveDataset(),
    hiddenCategoriesItem.getValue(),
  ]);
  if (ctx.isInvalid) return;
  let hidden: ReadonlySet<string> = new Set(hiddenIds);
  let page = highlightPage(dataset, hidden);
  const card = await CardController.create({
    ctx,
    dataset,
    lang: browserDataLang(),
    t: browserTranslate,
    css: cardCss,
  });
  const unwatchHidden = hiddenCategoriesItem.watch((ids) => {
    hidden = new Set(ids);
    page.setHiddenCategories(hidden);
  });
  const unwatchDataset = datasetItem.watch(async () => {
    const next = await loadActiveDataset();
    page.stop();
    card.setDataset(next.dataset);
    page = highlightPage(next.dataset, hidden);
  });
  const stopFocusing = onMessage('focusMention', ({ data }) => ok(focusMention(data)));
  ctx.onInvalidated(() => {
    stopFocusing();
    unwatchHidden();
    unwatchDataset();
    page.stop();
  });
}
