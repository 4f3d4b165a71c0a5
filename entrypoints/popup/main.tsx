import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/card/card.css';
import '../../components/page.css';
import { browserDataLang, browserTranslate } from '../../utils/platform/browserI18n';
import { loadPopup, type PopupStart } from '../../utils/extension-pages/popup/loadPopup';
import { usePopupState } from '../../utils/extension-pages/popup/usePopupState';

/** Composes the popup: the cast read at opening, the live switches and the tab's answers. */
function App({ initial }: { initial: PopupStart }) {
  const state = usePopupState(initial);
  return (
    <Popup
      dataset={initial.cast.dataset}
      stories={initial.cast.stories}
      lang={browserDataLang()}
      t={browserTranslate}
      {...state}
    />
  );
}

async function main() {
  const initial = await loadPopup(location.search);
  document.documentElement.lang = browserDataLang();
  render(<App initial={initial} />, document.getElementById('app') as HTMLElement);
}

void main();
