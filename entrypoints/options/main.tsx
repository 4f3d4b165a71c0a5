import { render } from 'preact';
import { Options } from '../../components/options/Options';
import '../../components/card/card.css';
import '../../components/page.css';
import '../../components/options/options.css';
import { browserDataLang, browserTranslate } from '../../utils/platform/browserI18n';
import { resolveCardLang } from '../../utils/shared/settings/cardLanguage';
import { importActions } from '../../utils/extension-pages/options/importActions';
import { loadOptions, type OptionsStart } from '../../utils/extension-pages/options/loadOptions';
import { saveSetting } from '../../utils/extension-pages/options/saveSetting';
import { storyActions } from '../../utils/extension-pages/options/storyActions';
import { useInstalledStories } from '../../utils/extension-pages/options/useInstalledStories';
import { useSettings } from '../../utils/extension-pages/options/useSettings';

/** Composes the options page: the stories installed (from storage, live), import and settings. */
function App({ initial }: { initial: OptionsStart }) {
  const lang = browserDataLang();
  const { stored, views, stories, categories } = useInstalledStories(initial.stories);
  const settings = useSettings(initial.settings);
  return (
    <Options
      stories={stories}
      storyActions={storyActions(stored)}
      data={importActions(views)}
      categories={categories}
      settings={settings}
      onSaveSetting={saveSetting}
      lang={lang}
      storyLang={resolveCardLang(settings.cardLanguage, '', lang)}
      t={browserTranslate}
      shortcuts={initial.shortcuts}
      browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'}
    />
  );
}

async function main() {
  const initial = await loadOptions();
  document.documentElement.lang = browserDataLang();
  render(<App initial={initial} />, document.getElementById('app') as HTMLElement);
}

void main();
