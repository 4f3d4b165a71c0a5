import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserDataLang, browserTranslate } from '../platform/browserI18n';
import { CardController } from './card/CardController';
import { focusMention } from './card/focusMention';
import type { Dataset } from '../shared/dataset/schema';
import { applyDensity } from './highlight/applyDensity';
import { freeTagName } from './highlight/freeTagName';
import { DEFAULT_MARK_TAG, useMarkTag } from '../shared/markup';
import type { Translate, DataLang } from '../shared/i18n';
import { onMessage } from '../platform/messages';
import { readPageCast } from '../shared/pageCast';
import { ok } from '../shared/result';
import { cardTranslate, resolveCardLang } from '../shared/settings/cardLanguage';
import { withCategoryColors } from '../shared/settings/categoryColors';
import { watchSettings } from '../platform/settings';
import type { Settings } from '../shared/settings/settingsTable';
import { storiesItem } from '../platform/storage';
import { followNavigation } from './followNavigation';
import { frameHost, isFramePaused } from './frameHost';
import { reportActorCount } from './reportActorCount';
import { fingerprint } from '../shared/dataset/fingerprint';
import { requestActiveCast } from '../platform/stories/requestActiveCast';
import { StoryPage } from './StoryPage';
import { watchExtensionLife } from './watchExtensionLife';
import { whenNotPaused } from './whenNotPaused';
import { whenTextAppears } from './whenTextAppears';
import { readArticleDate } from './articleDate';
import { localToday } from '../shared/dates/localToday';

/** The article's day for the cards (else today), and the day the page states, if it does. */
function articleDay(): { day: string; stated?: string } {
  const { day, from } = readArticleDate(document, localToday());
  return from === 'today' ? { day } : { day, stated: day };
}

/** The card's language and strings for the reader's setting, on this page. */
function cardLanguage(setting: Settings['cardLanguage']): { lang: DataLang; t: Translate } {
  const browserLang = browserDataLang();
  const lang = resolveCardLang(setting, document.documentElement.lang, browserLang);
  return {
    lang,
    t: setting === 'browser' ? browserTranslate : cardTranslate(lang, browserTranslate),
  };
}

/** Documents whose elements are HTML ones: a page, or XHTML. */
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * Settings whose change means highlighting the page again (colours and style are per mark; the
 * stories highlighted follow "Highlight on every page").
 */
const RESTARTS: readonly (keyof Settings)[] = [
  'categoryColors',
  'highlightStyle',
  'highlightEverywhere',
];
/** Settings that decide whether Dramatis runs on this site. */
const PAUSES: readonly (keyof Settings)[] = [
  'pausedSites',
  'pausedEverywhere',
  'siteMode',
  'allowedSites',
];

/**
 * Wires the content script: unless the reader paused this site (then it waits, touching
 * nothing) and once the frame has text, asks the background for the cast of the enabled
 * stories (validated there, once), reads the page to decide which stories it is about and
 * highlights their casts (see StoryPage; a page about none is left untouched), opens
 * cards on highlights, answers the popup and follows changes made in the popup or options page
 * at once (stories, colours, style, sites, card delay and language), and starts afresh when an
 * app moves to another article without a page load. Without a cast (the background could not
 * answer, or no story is on) it does nothing. Everything it starts is stopped when the
 * extension context goes away. Step 2 of 5 to the first mark (after the content entry; next:
 * StoryPage).
 */
export async function startDramatis(ctx: ContentScriptContext, cardCss: string): Promise<void> {
  // An SVG or XML document (or a frameset) has no body of text to read and no place for a card
  // (Chromium's XML viewer shows a feed in an HTML body, but its document makes no HTML elements).
  const html = HTML_TYPES.includes(document.contentType);
  if (!html || !(document.body instanceof HTMLBodyElement)) return;
  const host = frameHost();
  // Before any DOM work or question: a paused site, or a frame with no text, gets nothing.
  const settings = await whenNotPaused(ctx, host);
  if (!settings) return;
  // A frame waits for text (ads and spacers never get any); the page itself answers the popup
  // even when it has none.
  const isTop = window === window.top;
  if (!isTop && !(await whenTextAppears(ctx, document.body))) return;
  const cast = await requestActiveCast();
  if (ctx.isInvalid || !cast.ok || !cast.value.dataset) return;
  useMarkTag(freeTagName(document, DEFAULT_MARK_TAG));
  /** `data`: the last cast's dataset, kept for the card while no story is on. */
  const state = { cast: cast.value, data: cast.value.dataset, settings, paused: false };
  /** The dataset as shown: the data with the reader's category colours. */
  const shown = (): Dataset => withCategoryColors(state.data, state.settings.categoryColors);
  /** The article's day: the cards, and the popup's, are for it. Read again on each new article. */
  let { day, stated } = articleDay();
  const card = await CardController.create({
    ctx,
    dataset: shown(),
    ...cardLanguage(settings.cardLanguage),
    openDelay: settings.hoverDelay,
    day,
    css: cardCss,
  });
  const report = isTop
    ? reportActorCount(ctx, () => readPageCast(document, state.paused).actors.length)
    : () => undefined;
  /** Weighs the marks for the reader's highlight density (attributes only), after each pass. */
  const weigh = () => applyDensity(document, state.settings.highlightDensity);
  const passed = () => {
    weigh();
    report();
  };
  const page = new StoryPage(
    document.body,
    () => ({
      dataset: shown(),
      stories: state.cast.stories,
      hidden: new Set(state.settings.hiddenCategories),
      style: state.settings.highlightStyle,
      everywhere: state.settings.highlightEverywhere,
      paused: state.paused || !state.cast.dataset,
      day: stated,
    }),
    { onPass: passed, onDecided: (_, stories) => card.configure({ stories }) },
  );
  const restart = () => {
    page.restart();
    if (state.paused || !state.cast.dataset) report();
  };
  restart();
  // Another article without a page load: start afresh on it. The host cannot change without a
  // load, so whether this site is paused still holds and needs no new look.
  followNavigation(ctx, {
    leave: () => {
      card.forgetPage();
      page.leave();
    },
    arrive: () => {
      // Another article, another day, and another decision which stories it is about.
      ({ day, stated } = articleDay());
      card.configure({ day });
      restart();
    },
  });
  const onSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    state.settings = { ...state.settings, [key]: value };
    if (key === 'hiddenCategories')
      page.setHiddenCategories(new Set(state.settings.hiddenCategories));
    else if (key === 'hoverDelay') card.configure({ openDelay: state.settings.hoverDelay });
    else if (key === 'cardLanguage') card.configure(cardLanguage(state.settings.cardLanguage));
    else if (key === 'highlightDensity') weigh();
    else if (RESTARTS.includes(key)) {
      card.setDataset(shown());
      restart();
    } else if (PAUSES.includes(key)) {
      const paused = isFramePaused(host, state.settings);
      if (paused === state.paused) return;
      state.paused = paused;
      card.setDataset(shown());
      restart();
    }
  };
  const stops = [
    watchSettings(onSetting),
    // The stored value is not read here: the background validates it and answers.
    // A story turned on or off, added or removed: its marks go or come at once.
    storiesItem.watch(async (stored) => {
      const changed = await requestActiveCast({ heard: fingerprint(stored) });
      if (!changed.ok || ctx.isInvalid) return;
      state.cast = changed.value;
      state.data = changed.value.dataset ?? state.data;
      card.setDataset(shown());
      restart();
    }),
    // Shortcuts, popup questions and reveals are the top frame's to answer: frames would compete.
    ...(isTop
      ? [
          onMessage('focusMention', ({ data }) => ok(focusMention(data))),
          onMessage('getPageCast', () =>
            ok({ ...readPageCast(document, state.paused), day, ...page.status() }),
          ),
          onMessage('highlightAnyway', () => {
            page.highlightAnyway();
            return ok(undefined);
          }),
          onMessage('revealActor', ({ data }) => card.reveal(data)),
        ]
      : []),
  ];
  ctx.onInvalidated(() => {
    // The page first: once the extension is gone, unsubscribing from its APIs may throw.
    page.stop();
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
