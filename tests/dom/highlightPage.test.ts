import { beforeEach, describe, expect, it, vi } from 'vitest';
import { servedDataset } from '../support/servedDataset';
import { highlightPage } from '../../utils/content/highlight/highlightPage';
import * as compile from '../../utils/shared/matching/compile';
import { withCategoryColors } from '../../utils/shared/settings/categoryColors';

vi.mock('../../utils/shared/matching/compile', async (original) => {
  const real = await original<typeof compile>();
  return { ...real, compileCast: vi.fn(real.compileCast) };
});

beforeEach(() => {
  document.body.innerHTML = '<p>Wladimir Putin und Donald Trump</p>';
  vi.mocked(compile.compileCast).mockClear();
});

describe('highlightPage', () => {
  it('compiles the cast once per dataset, not at every restart', async () => {
    const data = servedDataset();
    for (const shown of [data, withCategoryColors(data, { russia: '#123456' }), data]) {
      const page = highlightPage(shown, new Set(), document.body, { immediate: true });
      await page.firstPass;
      expect(document.querySelectorAll('dramatis-mark')).toHaveLength(2);
      page.stop();
    }
    expect(compile.compileCast).toHaveBeenCalledTimes(1);
    const next = highlightPage(servedDataset(), new Set(), document.body, { immediate: true });
    await next.firstPass;
    next.stop();
    expect(compile.compileCast).toHaveBeenCalledTimes(2);
  });

  it('splits no text the page changes while it loads, then reads all of it', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const page = highlightPage(servedDataset(), new Set(), document.body);
      document.body.insertAdjacentHTML('beforeend', '<p>Selenskyj in Istanbul</p>');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(document.querySelectorAll('dramatis-mark')).toHaveLength(0);
      expect(compile.compileCast).not.toHaveBeenCalled();
      window.dispatchEvent(new Event('load'));
      await page.firstPass;
      expect(document.querySelectorAll('dramatis-mark')).toHaveLength(3);
      page.stop();
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });
});
