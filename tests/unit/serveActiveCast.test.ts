import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dataset } from '../../utils/shared/dataset/schema';
import {
  cacheActiveCast,
  type ActiveCastCache,
} from '../../utils/platform/stories/activeCastCache';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { migrateLegacyStorage } from '../../utils/background/migrateLegacyStorage';
import { castAnswerer } from '../../utils/background/serveActiveCast';

const [bundled, alaska] = bundledStories() as [Dataset, Dataset];
let cache: ActiveCastCache;

beforeEach(() => {
  fakeBrowser.reset();
  cache = cacheActiveCast();
});

afterEach(() => {
  cache.stop();
});

describe('answering getActiveCast in the background', () => {
  it('waits for the migration of the old storage, then serves what it moved', async () => {
    await fakeBrowser.storage.local.set({
      dataset: { ...structuredClone(bundled), title: 'Imported before stories' },
    });
    let migrate!: () => void;
    const ready = new Promise<void>((resolve) => (migrate = resolve));
    const answer = castAnswerer(cache, ready)(null);
    let answered = false;
    void answer.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    await migrateLegacyStorage();
    migrate();
    // The old import took the place of the first bundled story; the other is served beside it.
    expect(await answer).toMatchObject({
      ok: true,
      value: { dataset: { title: `Imported before stories + ${alaska.title}` } },
    });
  });

  it('answers even when the migration failed, with what is stored', async () => {
    const answer = await castAnswerer(cache, Promise.reject(new Error('IO error')))(null);
    expect(answer).toMatchObject({
      ok: true,
      value: { dataset: { title: `${bundled.title} + ${alaska.title}` } },
    });
  });
});
