import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/card.css?inline';
import { startDramatis } from '../../utils/content/startDramatis';
import './marks.css';

/** Runs on every web page: highlights the cast and shows its hover cards. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startDramatis(ctx, cardCss),
});
