// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { textRunsOf } from '../../utils/content/highlight/textRunsOf';
import { compileCast, type CompiledCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { PageContext } from '../../utils/shared/matching/PageContext';
import { score, type ExpectedMentions } from '../fixtures/languages/fixtures';
import { PRESS_PAGES, type PressLang } from '../fixtures/press/pressFixtures';
import { servedDataset } from '../support/servedDataset';

const EXPECTED = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/;
const LANGS = Object.keys(PRESS_PAGES) as PressLang[];

/** The cast tabs receive now (derived spellings, case rule), and the bundled data as listed. */
const served = compileCast(servedDataset().actors);
const listedOnly = compileCast(bundledDataset().actors);

/** The mentions on a page, read block by block as the highlighter reads it. */
function mentionsOn(cast: CompiledCast, html: string): ExpectedMentions {
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

function expectedOn(lang: PressLang): ExpectedMentions {
  const json = EXPECTED.exec(PRESS_PAGES[lang])?.[1];
  if (json === undefined) throw new Error(`press/${lang}.html has no expected mentions`);
  return JSON.parse(json) as ExpectedMentions;
}

type Score = ReturnType<typeof score>;
const add = (a: Score, b: Score): Score => ({
  total: a.total + b.total,
  hits: a.hits + b.hits,
  falseHits: a.falseHits + b.falseHits,
});
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
const line = (name: string, s: Score) =>
  `${name.padEnd(8)} recall ${pct(s.hits, s.total).padStart(6)}  precision ${pct(s.hits, s.hits + s.falseHits).padStart(6)}  (${s.hits}/${s.total} found, ${s.falseHits} false)`;

describe('outside reporting in seven languages (issue 15)', () => {
  it.each(LANGS)('%s: finds every mention as printed, and nothing else', (lang) => {
    expect(mentionsOn(served, PRESS_PAGES[lang])).toEqual(expectedOn(lang));
  });

  it('prints recall and precision, before (listed names) and after (derived spellings)', () => {
    const zero: Score = { total: 0, hits: 0, falseHits: 0 };
    let before = zero;
    let after = zero;
    const rows: string[] = [];
    for (const lang of LANGS) {
      const expected = expectedOn(lang);
      const b = score(expected, mentionsOn(listedOnly, PRESS_PAGES[lang]));
      const a = score(expected, mentionsOn(served, PRESS_PAGES[lang]));
      rows.push(`${line(`${lang} was`, b)}\n${line(`${lang} now`, a)}`);
      before = add(before, b);
      after = add(after, a);
    }
    console.log([...rows, line('all was', before), line('all now', after)].join('\n'));
    expect(after.total).toBeGreaterThanOrEqual(140);
    expect(after.hits / after.total).toBeGreaterThanOrEqual(0.98);
    expect(after.hits / (after.hits + after.falseHits)).toBeGreaterThanOrEqual(0.99);
  });
});
