import { describe, expect, it } from 'vitest';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { PageContext } from '../../utils/shared/matching/PageContext';
import { servedDataset } from '../support/servedDataset';

const cast = compileCast(servedDataset().actors);

/** The mentions of a page read block by block, as the highlighter reads it (full names first). */
function read(blocks: readonly string[]): string[] {
  const page = new PageContext();
  for (const block of blocks) findMentions(cast, block, page);
  return blocks.flatMap((block) =>
    findMentions(cast, block, page).map((m) => `${m.actorId}:${block.slice(m.start, m.end)}`),
  );
}

/**
 * The "Kellogg" rule, decided on evidence (issue 15). A short name that is also a brand counts
 * where the page names the actor in full, or where the same block names another actor of the
 * cast. Counting it anywhere on a page that names the cast would not do: an agency report on
 * the cereal maker's sale names "President Donald Trump" in one paragraph and "Kellogg" bare in
 * nine others (https://www.daily8.com/en/article/5b75a4a7ee0a75bb9368535d38188720).
 */
describe('a name that needs the full name', () => {
  it('counts beside another actor of the cast in the same block: a wire item without first names', () => {
    // as in https://italy.news-pravda.com/world/2025/03/12/136672.html (Kellogg, Trump, no full name)
    expect(read(['Gli inviati Witkoff e Kellogg sono attesi a Mosca.'])).toEqual([
      'steve-witkoff:Witkoff',
      'keith-kellogg:Kellogg',
    ]);
  });

  it('does not count on a page about the cereal maker that names Trump in another paragraph', () => {
    expect(
      read([
        'Ferrero agreed to buy WK Kellogg, the maker of Frosted Flakes.',
        'Kellogg was founded in Battle Creek in 1906.',
        "Deals were slow this year as President Donald Trump's trade policy unsettled buyers.",
      ]),
    ).toEqual(["donald-trump:Donald Trump's"]);
  });

  it('is not confirmed by another conditional name alone ("Kellogg", "Xi")', () => {
    expect(read(["Kellogg's plan. Xi's plan."])).toEqual([]);
  });
});
