import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserDataLang, browserTranslate } from '../browserI18n';
import { CardController } from '../card/CardController';
import { focusMention } from '../card/focusMention';
import { loadActiveDataset } from '../dataset/activeDataset';
import type { Dataset } from '../dataset/schema';
import { highlightPage, type PageHighlight } from '../highlight/highlightPage';
import { onMessage } from '../messages';
import { isPaused, readPageCast } from '../pageCast';
import { ok } from '../result';
import {
  datasetItem,
  hiddenCategoriesItem,
  pausedEverywhereItem,
  pausedSitesItem,
} from '../storage';
import { reportActorCount } from './reportActorCount';

interface State {
  dataset: Dataset;
  hidden: ReadonlySet<string>;
  paused: boolean;
}

/**
 * Wires the content script: loads the dataset and the reader's switches, highlights the page
 * unless the reader paused this site, opens cards on highlights, answers the popup and follows
 * changes made in the popup or options page at once. Everything it starts is stopped when the
 * extension context goes away (update, disable).
 */
export async function startDramatis(ctx: ContentScriptContext, cardCss: string): Promise<void> {
  const host = location.hostname;
  const pausedNow = async () =>
    isPaused(host, await pausedSitesItem.getValue(), await pausedEverywhereItem.getValue());
  const [{ dataset }, hiddenIds, paused] = await Promise.all([
    loadActiveDataset(),
    hiddenCategoriesItem.getValue(),
    pausedNow(),
  ]);
  if (ctx.isInvalid) return;
  const state: State = { dataset, hidden: new Set(hiddenIds), paused };
  let page: PageHighlight | undefined;
  const card = await CardController.create({
    ctx,
    dataset,
    lang: browserDataLang(),
    t: browserTranslate,
    css: cardCss,
  });
  const isTop = window === window.top;
  const report = isTop
    ? reportActorCount(ctx, () => readPageCast(document, state.paused).actors.length)
    : () => undefined;
  const restart = () => {
    page?.stop();
    page = state.paused ? undefined : highlightPage(state.dataset, state.hidden);
    if (state.paused) report();
  };
  restart();
  const onPauseChange = async () => {
    const next = await pausedNow();
    if (next !== state.paused) {
      state.paused = next;
      card.setDataset(state.dataset);
      restart();
    }
  };
  const stops = [
    hiddenCategoriesItem.watch((ids) => {
      state.hidden = new Set(ids);
      page?.setHiddenCategories(state.hidden);
    }),
    datasetItem.watch(async () => {
      state.dataset = (await loadActiveDataset()).dataset;
      card.setDataset(state.dataset);
      restart();
    }),
    pausedSitesItem.watch(onPauseChange),
    pausedEverywhereItem.watch(onPauseChange),
    onMessage('focusMention', ({ data }) => ok(focusMention(data))),
    ...(isTop
      ? [
          onMessage('getPageCast', () => ok(readPageCast(document, state.paused))),
          onMessage('revealActor', ({ data }) => card.reveal(data)),
        ]
      : []),
  ];
  ctx.onInvalidated(() => {
    stops.forEach((stop) => stop());
    page?.stop();
  });
}
