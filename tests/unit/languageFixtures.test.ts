// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { textRunsOf } from '../../utils/content/highlight/textRunsOf';
import { servedDataset } from '../support/servedDataset';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { PageContext } from '../../utils/shared/matching/PageContext';
import {
  LANGUAGES,
  PAGE_NAMES,
  loadFixture,
  score,
  type ExpectedMentions,
} from '../fixtures/languages/fixtures';

const cast = compileCast(servedDataset().actors);

/**
 * The mentions the matcher finds on a page, read as the highlighter reads it: the text of each
 * block (inline elements joined, form fields, code, scripts and editable regions left out), the
 * whole page read for full names first. Whitespace inside a mention (a name broken across
 * lines in the source) is compared as one space.
 */
function mentionsOn(html: string): ExpectedMentions {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const runs = [...textRunsOf(doc.body)];
  const page = new PageContext();
  for (const run of runs) findMentions(cast, run.text, page);
  const found: ExpectedMentions = {};
  for (const { text } of runs) {
    for (const m of findMentions(cast, text, page)) {
      (found[m.actorId] ??= []).push(text.slice(m.start, m.end).replace(/\s+/g, ' '));
    }
  }
  return found;
}

describe('the language fixture pages', () => {
  it.each(PAGE_NAMES)('%s: finds every mention as printed, and nothing else', (lang) => {
    const { html, expected } = loadFixture(lang);
    expect(mentionsOn(html)).toEqual(expected);
  });

  it('has 100% recall and no false mention across all seven languages', () => {
    const totals = PAGE_NAMES.map((lang) => {
      const { html, expected } = loadFixture(lang);
      return score(expected, mentionsOn(html));
    }).reduce((a, b) => ({
      total: a.total + b.total,
      hits: a.hits + b.hits,
      falseHits: a.falseHits + b.falseHits,
    }));
    expect(totals.hits).toBe(totals.total);
    expect(totals.falseHits).toBe(0);
    expect(totals.total).toBeGreaterThan(300);
  });

  it('covers every actor of the bundled cast in every language', () => {
    const ids = bundledDataset().actors.map((a) => a.id);
    for (const lang of LANGUAGES) {
      const { expected } = loadFixture(lang);
      const missing = ids.filter((id) => !expected[id]?.length);
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });
});
