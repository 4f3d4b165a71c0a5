import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '../../components/Popup';
import '../../components/card.css';
import '../../components/page.css';
import { browserDataLang, browserTranslate } from '../../utils/browserI18n';
import { loadActiveDataset } from '../../utils/dataset/activeDataset';
import type { Dataset } from '../../utils/dataset/schema';
import { hiddenCategoriesItem } from '../../utils/storage';

function App({ dataset, initialHidden }: { dataset: Dataset; initialHidden: string[] }) {
  const [hidden, setHidden] = useState(initialHidden);
  useEffect(() => hiddenCategoriesItem.watch(setHidden), []);
  const toggle = (id: string, visible: boolean) => {
    const next = visible ? hidden.filter((h) => h !== id) : [...new Set([...hidden, id])];
    setHidden(next);
    void hiddenCategoriesItem.setValue(next);
  };
  return (
    <Popup
      dataset={dataset}
      hiddenCategories={new Set(hidden)}
      lang={browserDataLang()}
      t={browserTranslate}
      onToggleCategory={toggle}
    />
  );
}

async function main() {
  const [{ dataset }, hidden] = await Promise.all([
    loadActiveDataset(),
    hiddenCategoriesItem.getValue(),
  ]);
  document.documentElement.lang = browserDataLang();
  const root = document.getElementById('app') as HTMLElement;
  render(<App dataset={dataset} initialHidden={hidden} />, root);
}

void main();
