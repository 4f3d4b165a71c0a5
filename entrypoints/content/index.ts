import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/card/card.css?inline';
import { startDramatis } from '../../utils/content/startDramatis';
import '../../utils/content/highlight/marks.css';
import { refuseForgedRestart } from '../../utils/content/refuseForgedRestart';

/**
 * Runs on every web page, in every frame it may enter: highlights the cast and shows its hover
 * cards. Frames without a URL of their own (`about:blank`, `srcdoc`, and in Chromium `data:`)
 * are entered when their parent page is. It takes no commands from the page: WXT's "script
 * started" `postMessage` is switched off (the page's message listeners never hear from us), and
 * a forged "script started" event cannot stop it. Step 1 of 5 to the first mark: this entry →
 * startDramatis → StoryPage → highlightPage → Highlighter.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    refuseForgedRestart();
    return startDramatis(ctx, cardCss);
  },
});
