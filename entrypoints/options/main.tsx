import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Options } from '../../components/Options';
import '../../components/card.css';
import '../../components/page.css';
import { browserDataLang, browserTranslate } from '../../utils/browserI18n';
import { loadActiveDataset, type ActiveDataset } from '../../utils/dataset/activeDataset';
import { importDataset } from '../../utils/dataset/importDataset';

function App({ initial }: { initial: ActiveDataset }) {
  const [active, setActive] = useState(initial);
  const onImport = async (text: string) => {
    const result = await importDataset(text);
    if (result.ok) setActive({ dataset: result.value, source: 'imported' });
    return result;
  };
  return (
    <Options active={active} lang={browserDataLang()} t={browserTranslate} onImport={onImport} />
  );
}

async function main() {
  const active = await loadActiveDataset();
  document.documentElement.lang = browserDataLang();
  render(<App initial={active} />, document.getElementById('app') as HTMLElement);
}

void main();
