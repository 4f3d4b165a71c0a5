import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserDataLang, browserTranslate } from '../browserI18n';
import { CardController } from '../card/CardController';
import { focusMention } from '../card/focusMention';
import type { Dataset } from '../dataset/schema';
import { highlightPage, type PageHighlight } from '../highlight/highlightPage';
import type { Translate, DataLang } from '../i18n';
import { onMessage } from '../messages';
import { readPageCast } from '../pageCast';
import { ok } from '../result';
import { cardTranslate, resolveCardLang } from '../settings/cardLanguage';
import { withCategoryColors } from '../settings/categoryColors';
import { loadSettings, watchSettings, type Settings } from '../settings/settings';
import { isSitePaused } from '../settings/sites';
import { datasetItem } from '../storage';
import { followNavigation } from './followNavigation';
import { reportActorCount } from './reportActorCount';
import { fingerprint } from '../dataset/fingerprint';
import { requestActiveDataset } from '../dataset/requestActiveDataset';
import { watchExtensionLife } from './watchExtensionLife';
import { localToday, readArticleDate } from '../dates/articleDate';

/** The card's language and strings for the reader's setting, on this page. */
function cardLanguage(setting: Settings['cardLanguage']): { lang: DataLang; t: Translate } {
  const browserLang = browserDataLang();
  const lang = resolveCardLang(setting, document.documentElement.lang, browserLang);
  return {
    lang,
    t: setting === 'browser' ? browserTranslate : cardTranslate(lang, browserTranslate),
  };
}

/** Settings whose change means highlighting the page again (colours and style are per mark). */
const RESTARTS: readonly (keyof Settings)[] = ['categoryColors', 'highlightStyle'];
/** Settings that decide whether Dramatis runs on this site. */
const PAUSES: readonly (keyof Settings)[] = [
  'pausedSites',
  'pausedEverywhere',
  'siteMode',
  'allowedSites',
];

/**
 * Wires the content script: asks the background for the dataset (validated there, once) and
 * reads the reader's settings, highlights the page unless the reader paused this site, opens
 * cards on highlights, answers the popup and follows changes made in the popup or options page
 * at once (data, colours, style, sites, card delay and language), and starts afresh when an app
 * moves to another article without a page load. Without a dataset (the background could not
 * answer) it does nothing. Everything it starts is stopped when the extension context goes away.
 */
export async function startDramatis(ctx: ContentScriptContext, cardCss: string): Promise<void> {
  const host = location.hostname;
  const [dataset, settings] = await Promise.all([requestActiveDataset(), loadSettings()]);
  if (ctx.isInvalid || !dataset.ok) return;
  const state = { data: dataset.value, settings, paused: isSitePaused(host, settings) };
  /** The dataset as shown: the data with the reader's category colours. */
  const shown = (): Dataset => withCategoryColors(state.data, state.settings.categoryColors);
  let page: PageHighlight | undefined;
  /** The article's day, read once per page pass: the cards, and the popup's, are for it. */
  let day = readArticleDate(document, localToday()).day;
  const card = await CardController.create({
    ctx,
    dataset: shown(),
    ...cardLanguage(settings.cardLanguage),
    openDelay: settings.hoverDelay,
    day,
    css: cardCss,
  });
  const isTop = window === window.top;
  const report = isTop
    ? reportActorCount(ctx, () => readPageCast(document, state.paused).actors.length)
    : () => undefined;
  const restart = () => {
    page?.stop();
    // Each page pass reads the date again: an app may have moved to another article.
    day = readArticleDate(document, localToday()).day;
    card.configure({ day });
    page = state.paused
      ? undefined
      : highlightPage(shown(), new Set(state.settings.hiddenCategories), document.body, {
          style: state.settings.highlightStyle,
        });
    if (state.paused) report();
  };
  restart();
  // Another article without a page load: start afresh on it. The host cannot change without a
  // load, so whether this site is paused still holds and needs no new look.
  followNavigation(ctx, {
    leave: () => {
      card.forgetPage();
      page?.stop();
      page = undefined;
    },
    arrive: restart,
  });
  const onSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    state.settings = { ...state.settings, [key]: value };
    if (key === 'hiddenCategories')
      page?.setHiddenCategories(new Set(state.settings.hiddenCategories));
    else if (key === 'hoverDelay') card.configure({ openDelay: state.settings.hoverDelay });
    else if (key === 'cardLanguage') card.configure(cardLanguage(state.settings.cardLanguage));
    else if (RESTARTS.includes(key)) {
      card.setDataset(shown());
      restart();
    } else if (PAUSES.includes(key)) {
      const paused = isSitePaused(host, state.settings);
      if (paused === state.paused) return;
      state.paused = paused;
      card.setDataset(shown());
      restart();
    }
  };
  const stops = [
    watchSettings(onSetting),
    // The stored value is not read here: the background validates it and answers.
    datasetItem.watch(async (stored) => {
      const changed = await requestActiveDataset({ heard: fingerprint(stored) });
      if (!changed.ok || ctx.isInvalid) return;
      state.data = changed.value;
      card.setDataset(shown());
      restart();
    }),
    // Shortcuts, popup questions and reveals are the top frame's to answer: frames would compete.
    ...(isTop
      ? [
          onMessage('focusMention', ({ data }) => ok(focusMention(data))),
          onMessage('getPageCast', () => ok({ ...readPageCast(document, state.paused), day })),
          onMessage('revealActor', ({ data }) => card.reveal(data)),
        ]
      : []),
  ];
  ctx.onInvalidated(() => {
    // The page first: once the extension is gone, unsubscribing from its APIs may throw.
    page?.stop();
    for (const stop of stops) {
      try {
        stop();
      } catch {
        // An orphaned script's listeners go with the extension anyway.
      }
    }
  });
  watchExtensionLife(ctx);
}
