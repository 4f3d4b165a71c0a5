// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleDate } from '../../utils/content/articleDate';
import { textRunsOf } from '../../utils/content/highlight/textRunsOf';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { PageContext } from '../../utils/shared/matching/PageContext';
import { decideStories, type PageEvidence } from '../../utils/shared/story/decideStories';
import { compileKeywords } from '../../utils/shared/story/keywords';
import { STORY_FIXTURES, type StoryFixture } from '../fixtures/stories';
import { bundledStories } from '../support/storyMetas';

const { stories, datasets } = bundledStories();
const cast = compileCast(datasets.flatMap((d) => d.actors));
const keywords = compileKeywords(stories);

/**
 * What one read of a fixture page gives the rule, as the page reads it: the title and the text
 * of each block (code, forms and editable regions left out), the actors found by the
 * highlighter's own matcher (the whole page read once for full names first), the keywords of
 * every story, and the date the page states.
 */
function evidenceOf(html: string): PageEvidence {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const texts = [doc.title, ...[...textRunsOf(doc.body)].map((s) => s.text)];
  const page = new PageContext();
  for (const text of texts) findMentions(cast, text, page);
  const actors = new Map<string, number>();
  for (const text of texts) {
    for (const { actorId } of findMentions(cast, text, page)) {
      actors.set(actorId, (actors.get(actorId) ?? 0) + 1);
    }
  }
  const date = readArticleDate(doc, 'today');
  return {
    keywords: keywords.find(texts.join('\n\n')),
    actors,
    ...(date.from === 'today' ? {} : { day: date.day }),
  };
}

/** The table cells a fixture counts in: its language and kind, each across all, and the total. */
const keysOf = ({ lang, kind }: StoryFixture) => [
  `${lang} ${kind}`,
  `${lang} all`,
  `all ${kind}`,
  'all all',
];

const aboutOf = (fixture: StoryFixture) =>
  decideStories(stories, evidenceOf(fixture.html))
    .filter((v) => v.about)
    .map((v) => v.id);

/**
 * Pages the rule gets wrong and cannot get right without breaking others (docs/story-rule.md):
 * name → what the rule says. Asserted, so a change that fixes or moves one is seen.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  // Two place keywords (Alaska, Anchorage) and no actor: the rule that lets a short wire item
  // about the Istanbul talks through on "Istanbul" + "Gefangenenaustausch" lets this through too.
  'en-alaska-quake': ['alaska-summit-2025'],
  // A keyword and core actors in one closing sentence: the evidence of a page about the summit.
  'en-drones-mention': ['alaska-summit-2025'],
};

describe('which story each fixture page is about', () => {
  it.each(STORY_FIXTURES.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    expect(aboutOf(fixture)).toEqual(KNOWN_MISSES[name] ?? fixture.about);
  });

  it('every known miss is still a fixture', () => {
    const names = new Set(STORY_FIXTURES.map((f) => f.name));
    expect(Object.keys(KNOWN_MISSES).filter((n) => !names.has(n))).toEqual([]);
  });

  it('covers seven languages, each with an article about each story, and every kind', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk']) {
      for (const id of stories.map((s) => s.id)) {
        const found = STORY_FIXTURES.some(
          (f) => f.lang === lang && f.kind === 'article' && f.about.includes(id),
        );
        expect({ lang, id, found }).toEqual({ lang, id, found: true });
      }
    }
    const kinds = new Set(STORY_FIXTURES.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['article', 'both', 'live', 'off', 'wire']);
  });

  it('prints the results per language and kind', () => {
    const table = new Map<string, { right: number; total: number }>();
    for (const fixture of STORY_FIXTURES) {
      const right = JSON.stringify(aboutOf(fixture)) === JSON.stringify(fixture.about);
      for (const key of keysOf(fixture)) {
        const cell = table.get(key) ?? { right: 0, total: 0 };
        table.set(key, { right: cell.right + (right ? 1 : 0), total: cell.total + 1 });
      }
    }
    const kinds = ['article', 'wire', 'live', 'off', 'both', 'all'];
    const rows = ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk', 'all'].map((lang) => {
      const cells = kinds.map((kind) => {
        const cell = table.get(`${lang} ${kind}`);
        return cell ? `${cell.right}/${cell.total}` : '–';
      });
      return `| ${lang} | ${cells.join(' | ')} |`;
    });
    console.log([`| lang | ${kinds.join(' | ')} |`, ...rows].join('\n'));
    expect(table.get('all all')?.total).toBe(STORY_FIXTURES.length);
  });
});
