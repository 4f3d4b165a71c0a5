import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorCard } from '../../components/card/ActorCard';
import { actorView } from '../../utils/shared/dataset/actorView';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import type { Dataset } from '../../utils/shared/dataset/schema';
import type { DataLang } from '../../utils/shared/i18n';
import { SCRIPT_PAYLOADS, scriptPayloadDataset } from '../fixtures/scriptPayloads';
import { t, tDe } from '../support/translate';

afterEach(cleanup);

const payloads = scriptPayloadDataset();
/** The same dataset, shape for shape, with plain words instead of payloads. */
const plain = scriptPayloadDataset(
  (n, where) => `plain ${where}${n}`,
  (n) => `https://example.com/plain/${n}`,
);

/** Renders every actor's card and returns each card's elements as tag names with attributes. */
function renderCards(dataset: Dataset, lang: DataLang): { shape: string[]; text: string } {
  const { container } = render(
    <div>
      {dataset.actors.map((actor) => (
        <ActorCard
          key={actor.id}
          view={actorView(dataset, actor.id)!}
          day="2025-05-16"
          lang={lang}
          t={lang === 'de' ? tDe : t}
          onClose={() => undefined}
          onSelectActor={() => undefined}
        />
      ))}
    </div>,
  );
  const shape = [...container.querySelectorAll('*')].map(
    (el) => `${el.localName}[${el.getAttributeNames().sort().join(',')}]`,
  );
  return { shape, text: container.textContent ?? '' };
}

describe('a dataset full of script payloads, rendered through the card', () => {
  it('passes validation, so it really reaches the card', () => {
    expect(checkDataset(payloads).ok).toBe(true);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`creates no element and runs nothing from the data (${lang})`, async () => {
      const rendered = renderCards(payloads, lang);
      const control = renderCards(plain, lang);
      expect(rendered.shape).toEqual(control.shape);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
      for (const payload of SCRIPT_PAYLOADS) expect(rendered.text).toContain(payload);
    });
  }

  it('links only to http(s) addresses, and only in href', () => {
    renderCards(payloads, 'en');
    const attributes = [...document.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().map((name) => [name, el.getAttribute(name) ?? ''] as const),
    );
    expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([]);
    for (const [name, value] of attributes.filter(([n]) => n === 'href' || n === 'src')) {
      expect(`${name}=${value}`).toMatch(/^href=https:\/\/example\.com\//);
      expect(value).not.toMatch(/[<>"]/);
    }
  });
});
