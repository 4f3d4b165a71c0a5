import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { Options } from '../../components/Options';
import type { Shortcut } from '../../components/ShortcutList';
import '../../components/card.css';
import '../../components/page.css';
import { browserDataLang, browserTranslate } from '../../utils/browserI18n';
import { loadActiveDataset, type ActiveDataset } from '../../utils/dataset/activeDataset';
import { importDataset } from '../../utils/dataset/importDataset';

function App({ initial, shortcuts }: { initial: ActiveDataset; shortcuts: Shortcut[] }) {
  const [active, setActive] = useState(initial);
  const onImport = async (text: string) => {
    const result = await importDataset(text);
    if (result.ok) setActive({ dataset: result.value, source: 'imported' });
    return result;
  };
  return (
    <Options
      active={active}
      lang={browserDataLang()}
      t={browserTranslate}
      onImport={onImport}
      shortcuts={shortcuts}
      browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'}
    />
  );
}

async function main() {
  const [active, commands] = await Promise.all([loadActiveDataset(), browser.commands.getAll()]);
  const shortcuts = commands
    .filter((c) => c.name?.startsWith('focus-'))
    .map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    }));
  document.documentElement.lang = browserDataLang();
  render(
    <App initial={active} shortcuts={shortcuts} />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
