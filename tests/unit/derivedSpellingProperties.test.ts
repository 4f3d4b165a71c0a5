import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellingsOf } from '../../utils/dataset/withDerivedNames';
import { compileCast } from '../../utils/matching/compile';
import { findMentions } from '../../utils/matching/findMentions';
import { dataWithAdditions, servedDataset } from '../support/servedDataset';

const served = servedDataset();
const cast = compileCast(served.actors);

/** Every spelling the generator added to the served data, with its actor. */
const derived = dataWithAdditions().actors.flatMap((actor) => {
  const kept = new Set(
    served.actors
      .find((a) => a.id === actor.id)
      ?.names.map((n) => (typeof n === 'string' ? n : n.text)),
  );
  return spellingsOf(actor)
    .filter((s) => kept.has(s))
    .map((spelling) => ({ id: actor.id, spelling }));
});
const latinSurnames = derived.filter(
  ({ spelling }) => !/\s/.test(spelling) && /\p{Script=Latin}/u.test(spelling),
);

const found = (text: string) =>
  findMentions(cast, text).map((m) => ({ id: m.actorId, text: text.slice(m.start, m.end) }));

describe('every derived spelling, on a page', () => {
  it('there are hundreds of them', () => {
    expect(derived.length).toBeGreaterThan(300);
  });

  it('is matched as printed, in running text, for its actor', () => {
    for (const { id, spelling } of derived) {
      expect(found(`Am Montag sagte ${spelling}, die Gespräche gingen weiter.`)).toEqual([
        { id, text: spelling },
      ]);
    }
  });

  it('is matched with a possessive or genitive and at a line end', () => {
    for (const { id, spelling } of latinSurnames) {
      expect(found(`${spelling}’s delegation`)).toEqual([{ id, text: `${spelling}’s` }]);
      expect(found(`(${spelling})\n`)).toEqual([{ id, text: spelling }]);
    }
  });

  it('never matches inside a longer word', () => {
    const spelling = fc.constantFrom(...latinSurnames);
    const suffix = fc.stringMatching(/^[a-zäöüéèàłńśżź]{2,6}$/);
    // Not ending in O: "O" + "Umerov" is the French spelling "Oumerov", a name of its own.
    const prefix = fc.stringMatching(/^[A-Za-zÄÜäöü]{0,4}[A-NP-ZÄÜ]$/);
    fc.assert(
      fc.property(spelling, suffix, prefix, ({ id, spelling: s }, after, before) => {
        const ids = (text: string) => found(text).map((m) => m.id);
        expect(ids(`Das Wort ${s}${after} ist kein Name.`)).not.toContain(id);
        expect(ids(`Das Wort ${before}${s} ist kein Name.`)).not.toContain(id);
      }),
      { numRuns: 300 },
    );
  });

  it('never matches in lower case: slugs, hashtags, e-mail addresses', () => {
    for (const { id, spelling } of latinSurnames) {
      const lower = spelling.toLowerCase();
      const ids = found(`/2025/05/16/${lower}-istanbul #${lower} ${lower}@example.org`).map(
        (m) => m.id,
      );
      expect(ids).not.toContain(id);
    }
  });
});
